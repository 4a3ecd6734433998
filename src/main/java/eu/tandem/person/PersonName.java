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
	 * {@code person.namePart.<NAME>.givenNames} or {@code .surname} ("The surname"), and the rules for text name its
	 * field as {@code person.field.<NAME>.givenNames} ("Given names").
	 */
	public enum Kind {
		NAME,
		ALIAS,
		OTHER_SCRIPT
	}

	public PersonName {
		Objects.requireNonNull(kind, "kind");
		givenNames = part(kind, "givenNames", givenNames);
		surname = part(kind, "surname", surname);
		script = PlainText.optional("script", new DefaultMessageSourceResolvable("person.field.script"), script, 60);
		if (givenNames == null && surname == null) {
			throw InvalidInput.of("givenNames", "person.error.nameMissing");
		}
	}

	public String full() {
		return ((givenNames == null ? "" : givenNames) + " " + (surname == null ? "" : surname)).strip();
	}

	/** One part of a name, or null when blank; a no-break space pasted from a document counts as a space. */
	private static @Nullable String part(Kind kind, String field, @Nullable String value) {
		var label = new DefaultMessageSourceResolvable("person.field." + kind.name() + "." + field);
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
