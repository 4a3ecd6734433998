package eu.tandem.hub;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import eu.tandem.kernel.InvalidInput;
import eu.tandem.kernel.PlainText;
import eu.tandem.web.Words;
import org.jspecify.annotations.Nullable;

/**
 * What a coordinator writes about an intervention of the hub's own: a name, what it is, and the practice it follows if
 * it follows one. Valid, or it does not exist; every problem is found in one look, so the form shows them all.
 */
record InterventionWords(String name, String description, @Nullable String practice) {

	static final int NAME_LENGTH = 120;
	static final int DESCRIPTION_LENGTH = 2000;
	static final int PRACTICE_LENGTH = 120;

	InterventionWords {
		var problems = new ArrayList<InvalidInput>();
		var typedName = name;
		var typedDescription = description;
		var typedPractice = practice;
		name = checked(problems, () -> PlainText.required("name", Words.of("hub.interventions.name"), typedName, NAME_LENGTH));
		description = checked(problems, () -> PlainText.requiredMultiLine("description", Words.of("hub.interventions.description"),
				typedDescription, DESCRIPTION_LENGTH));
		practice = checked(problems, () -> PlainText.optional("practice", Words.of("hub.interventions.practice"), typedPractice,
				PRACTICE_LENGTH));
		if (!problems.isEmpty()) {
			throw InvalidInput.together(problems);
		}
	}

	/**
	 * The name as two names are compared: without the case of its letters or the width of its spaces, so that
	 * "Family  counselling" is the same name as "family counselling".
	 */
	static String comparable(String name) {
		return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
	}

	private static @Nullable String checked(List<InvalidInput> problems, Supplier<@Nullable String> value) {
		try {
			return value.get();
		}
		catch (InvalidInput problem) {
			problems.add(problem);
			return null;
		}
	}
}
