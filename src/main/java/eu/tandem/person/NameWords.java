package eu.tandem.person;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A name as the words people type to find it: lower case, without accents, split at spaces, hyphens and
 * apostrophes, so that "al rashid" finds "Al-Rashid" and "muller" finds "Müller".
 */
final class NameWords {

	private NameWords() {
	}

	static List<String> of(String name) {
		if (name == null) {
			return List.of();
		}
		var folded = Normalizer.normalize(name.toLowerCase(Locale.ROOT).replace("ß", "ss").replace("ø", "o").replace("æ", "ae"),
				Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		return Arrays.stream(folded.split("[^\\p{L}\\p{N}]+")).filter(word -> !word.isEmpty()).toList();
	}

	/** Whether every typed word begins some word of the name. */
	static boolean begins(List<String> typed, List<String> name) {
		return typed.stream().allMatch(word -> name.stream().anyMatch(known -> known.startsWith(word)));
	}
}
