package eu.tandem.person.matching;

import java.util.List;

/** One reason a candidate was scored as it was, with its argument: "given name is a variant of Mohammed". */
public record Explanation(Reason reason, List<String> arguments) {

	public Explanation {
		arguments = List.copyOf(arguments);
	}

	/** In the matcher's English words. */
	public String inEnglish() {
		var text = reason.english();
		for (int i = 0; i < arguments.size(); i++) {
			text = text.replace("{" + i + "}", arguments.get(i));
		}
		return text;
	}
}
