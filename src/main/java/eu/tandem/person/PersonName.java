package eu.tandem.person;

import java.util.Objects;
import java.util.regex.Pattern;

import eu.tandem.kernel.InvalidInput;
import eu.tandem.kernel.PlainText;
import org.jspecify.annotations.Nullable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

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

	/**
	 * What a name is. Screens write it as {@code person.name.kind.<NAME>}; a refusal names the part as
	 * {@code person.namePart.<NAME>.givenNames} or {@code .surname} ("The surname"). {@link #label()} and the labels
	 * given to {@link PlainText} are the English words of the subject access export and of the text rules.
	 */
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
		givenNames = part(kind, "givenNames", kind.givenNamesLabel, givenNames);
		surname = part(kind, "surname", kind.surnameLabel, surname);
		script = PlainText.optional("script", "the script", script, 60);
		if (givenNames == null && surname == null) {
			throw InvalidInput.of("givenNames", "person.error.nameMissing");
		}
	}

	public String full() {
		return ((givenNames == null ? "" : givenNames) + " " + (surname == null ? "" : surname)).strip();
	}

	/** One part of a name, or null when blank; a no-break space pasted from a document counts as a space. */
	private static @Nullable String part(Kind kind, String field, String label, @Nullable String value) {
		var text = PlainText.optional(field, label, value == null ? null : SPACE.matcher(value).replaceAll(" "), 200);
		if (text == null) {
			return null;
		}
		// the part is named in the reader's language: "The surname", "Der Nachname"
		var part = new DefaultMessageSourceResolvable("person.namePart." + kind.name() + "." + field);
		if (!NAME.matcher(text).matches()) {
			throw InvalidInput.of(field, "person.error.nameLetters", part);
		}
		if (!LETTER.matcher(text).find()) {
			throw InvalidInput.of(field, "person.error.nameNeedsALetter", part);
		}
		return text;
	}
}
