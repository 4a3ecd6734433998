package eu.tandem.person;

import eu.tandem.kernel.PlainText;

/** An identifier another agency uses for the person: a national ID, a case number. */
public record Identifier(String kind, String value) {

	public Identifier {
		kind = PlainText.required("identifierKind", "what the identifier is", kind, 80);
		value = PlainText.required("identifierValue", "the identifier", value, 80);
	}
}
