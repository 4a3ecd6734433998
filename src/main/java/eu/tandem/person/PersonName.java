package eu.tandem.person;

import java.util.Objects;
import java.util.regex.Pattern;

import eu.tandem.kernel.InvalidInput;
import eu.tandem.kernel.PlainText;
import org.jspecify.annotations.Nullable;

/**
 * One name a person goes by: their name, an alias, or their name in another script (with the script named,
 * e.g. "Arabic", "Cyrillic"). Either part may be unknown, not both.
 * <p>
 * A name holds what names hold: letters of any script with their accents, spaces, hyphens, apostrophes and
 * full stops ("Niamh O'Brien", "Jean-Luc", "St. John", "محمد"). The joiners that Persian and Indic names
 * need between letters count as part of the letters. Anything else (digits, brackets, symbols) is a typing
 * slip or not a name, and would only spoil the search for the person later.
 */
public record PersonName(Kind kind, @Nullable String givenNames, @Nullable String surname, @Nullable String script) {

	/** Letters and accents (any script), the zero-width joiners, space, hyphens, apostrophes, full stop. */
	private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{M}\\u200c\\u200d \\-\\u2010'\\u2019.]+");
	private static final Pattern LETTER = Pattern.compile("\\p{L}");
	private static final Pattern SPACE = Pattern.compile("\\p{Zs}");

	public enum Kind {
		NAME("Name", "the given names", "the surname"),
		ALIAS("Alias", "the other name", "the other name's surname"),
		OTHER_SCRIPT("In another script", "the name in another script", "the surname in another script");

		private final String label;
		private final String givenNamesLabel;
		private final String surnameLabel;

		Kind(String label, String givenNamesLabel, String surnameLabel) {
			this.label = label;
			this.givenNamesLabel = givenNamesLabel;
			this.surnameLabel = surnameLabel;
		}

		public String label() {
			return label;
		}
	}

	public PersonName {
		Objects.requireNonNull(kind, "kind");
		givenNames = part("givenNames", kind.givenNamesLabel, givenNames);
		surname = part("surname", kind.surnameLabel, surname);
		script = PlainText.optional("script", "the script", script, 60);
		if (givenNames == null && surname == null) {
			throw new InvalidInput("givenNames", "Enter a given name or a surname.");
		}
	}

	public String full() {
		return ((givenNames == null ? "" : givenNames) + " " + (surname == null ? "" : surname)).strip();
	}

	/** One part of a name, or null when blank; a no-break space pasted from a document counts as a space. */
	private static @Nullable String part(String field, String label, @Nullable String value) {
		var text = PlainText.optional(field, label, value == null ? null : SPACE.matcher(value).replaceAll(" "), 200);
		if (text == null) {
			return null;
		}
		if (!NAME.matcher(text).matches()) {
			throw new InvalidInput(field,
					capitalise(label) + " can contain only letters, spaces, hyphens, apostrophes and full stops.");
		}
		if (!LETTER.matcher(text).find()) {
			throw new InvalidInput(field, capitalise(label) + " needs at least one letter.");
		}
		return text;
	}

	private static String capitalise(String label) {
		return Character.toUpperCase(label.charAt(0)) + label.substring(1);
	}
}
