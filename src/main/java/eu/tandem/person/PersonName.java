package eu.tandem.person;

import java.util.Objects;

import eu.tandem.web.InvalidInput;
import eu.tandem.web.PlainText;
import org.jspecify.annotations.Nullable;

/**
 * One name a person goes by: their name, an alias, or their name in another script (with the script named,
 * e.g. "Arabic", "Cyrillic"). Either part may be unknown, not both.
 */
public record PersonName(Kind kind, @Nullable String givenNames, @Nullable String surname, @Nullable String script) {

	public enum Kind {
		NAME("Name"), ALIAS("Alias"), OTHER_SCRIPT("In another script");

		private final String label;

		Kind(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}

	public PersonName {
		Objects.requireNonNull(kind, "kind");
		givenNames = PlainText.optional("givenNames", "the given names", givenNames, 200);
		surname = PlainText.optional("surname", "the surname", surname, 200);
		script = PlainText.optional("script", "the script", script, 60);
		if (givenNames == null && surname == null) {
			throw new InvalidInput("givenNames", "Enter a given name or a surname.");
		}
	}

	public String full() {
		return ((givenNames == null ? "" : givenNames) + " " + (surname == null ? "" : surname)).strip();
	}
}
