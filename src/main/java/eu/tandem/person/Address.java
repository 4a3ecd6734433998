package eu.tandem.person;

import java.time.LocalDate;

import eu.tandem.kernel.InvalidInput;
import eu.tandem.kernel.PlainText;
import org.jspecify.annotations.Nullable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/** Where a person lived, and when if known. */
public record Address(@Nullable String street, @Nullable String postcode, @Nullable String locality,
		@Nullable String country, @Nullable LocalDate validFrom, @Nullable LocalDate validTo) {

	public Address {
		street = PlainText.optional("street", new DefaultMessageSourceResolvable("person.field.street"), street, 200);
		postcode = PlainText.optional("postcode", new DefaultMessageSourceResolvable("person.field.postcode"), postcode, 20);
		locality = PlainText.optional("locality", new DefaultMessageSourceResolvable("person.field.locality"), locality, 120);
		country = PlainText.optional("country", new DefaultMessageSourceResolvable("person.field.country"), country, 2);
		if (street == null && postcode == null && locality == null) {
			throw InvalidInput.of("street", "person.error.addressEmpty");
		}
		if (validFrom != null && validTo != null && validTo.isBefore(validFrom)) {
			throw InvalidInput.of("validTo", "person.error.movedOutBeforeMovingIn");
		}
	}

	/** On one line as a reader writes it: "Hauptstraße 4, 86150 Augsburg, DE". */
	public String inWords() {
		return java.util.stream.Stream.of(street, postcode == null ? locality : locality == null ? postcode : postcode + " " + locality, country)
			.filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.joining(", "));
	}
}
