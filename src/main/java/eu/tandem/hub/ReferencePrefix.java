package eu.tandem.hub;

import java.text.Normalizer;
import java.util.Collection;
import java.util.Locale;

/**
 * The letters that open the references of a hub's referrals and cases ({@code AUG} in {@code AUG-2026-0042}):
 * the first three letters of the hub's name without accents, unique among hubs by a digit where two names begin
 * alike. People say and type them, so they are short, plain capitals and never change once given.
 */
final class ReferencePrefix {

	private static final String WHEN_THE_NAME_HAS_NO_LETTERS = "HUB";

	private ReferencePrefix() {
	}

	/** The prefix for a new hub, given the prefixes other hubs hold already. */
	static String forName(String name, Collection<String> taken) {
		var base = base(name);
		if (!taken.contains(base)) {
			return base;
		}
		for (var n = 2;; n++) {
			var numbered = base + n;
			if (!taken.contains(numbered)) {
				return numbered;
			}
		}
	}

	/** Letters A to Z only, accents dropped (Ærø becomes AERO, Straße STRASSE); the same rule as migration V3. */
	static String base(String name) {
		var folded = Normalizer.normalize(name.replace("Æ", "AE").replace("æ", "ae").replace("Ø", "O").replace("ø", "o")
				.replace("ß", "ss"), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		var letters = folded.replaceAll("[^A-Za-z]", "").toUpperCase(Locale.ROOT);
		return letters.length() < 2 ? WHEN_THE_NAME_HAS_NO_LETTERS : letters.substring(0, Math.min(3, letters.length()));
	}
}
