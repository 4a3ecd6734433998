package eu.tandem.knowledge;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A checklist from the paper: the five steps of setting up multi-agency work, the four Rs of trauma-informed care.
 *
 * @param sourceItem the key of the lesson in the library that the steps come from
 * @param hintSource where the hints come from, where not from the paper itself
 */
public record Checklist(String key, String title, String sourceItem, @Nullable String hintSource, List<Step> steps) {

	public static final String FIVE_STEPS = "five-steps-multi-agency-structure";
	public static final String FOUR_RS = "four-rs-trauma-informed-care";

	public Checklist {
		steps = List.copyOf(steps);
	}

	public record Step(String key, String text, @Nullable String hint) {
	}

	/** Where the checklist is shown in the library. */
	public String path() {
		return "/knowledge/checklists/" + key;
	}
}
