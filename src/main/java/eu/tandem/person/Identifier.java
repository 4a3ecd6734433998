package eu.tandem.person;

import eu.tandem.kernel.PlainText;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/** An identifier another agency uses for the person: a national ID, a case number. */
public record Identifier(String kind, String value) {

	public Identifier {
		kind = PlainText.required("identifierKind", new DefaultMessageSourceResolvable("person.field.identifierKind"), kind, 80);
		value = PlainText.required("identifierValue", new DefaultMessageSourceResolvable("person.field.identifierValue"), value, 80);
	}
}
