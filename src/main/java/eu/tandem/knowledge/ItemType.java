package eu.tandem.knowledge;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What an item of the library is. Its {@link #apiName()} is how the open data and the addresses name it. */
public enum ItemType {

	THEME("Theme", "Themes"),
	SUBTHEME("Subtheme", "Subthemes"),
	/** A meeting or a paper of the working group. */
	MEETING("Meeting or paper", "Meetings and papers"),
	PRACTICE("Practice", "Practices"),
	LESSON("Lesson learned", "Lessons learned"),
	OPEN_QUESTION("Open question", "Open questions");

	private final String label;
	private final String plural;

	ItemType(String label, String plural) {
		this.label = label;
		this.plural = plural;
	}

	public String label() {
		return label;
	}

	public String plural() {
		return plural;
	}

	public String apiName() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** Lessons and open questions are a sentence or more of text; the other items have a title. */
	public boolean titled() {
		return this != LESSON && this != OPEN_QUESTION;
	}

	public static Optional<ItemType> fromApiName(String name) {
		return Arrays.stream(values()).filter(type -> type.apiName().equals(name)).findFirst();
	}
}
