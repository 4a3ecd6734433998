package eu.tandem.agency;

import java.util.Objects;

import eu.tandem.kernel.ContactText;
import eu.tandem.kernel.PlainText;
import eu.tandem.web.Words;
import org.jspecify.annotations.Nullable;

/** What describes an agency. Built from a form, it is valid or it does not exist. */
public record AgencyDetails(String name, Sector sector, Country country, @Nullable String region,
		@Nullable String contactEmail, @Nullable String contactPhone, @Nullable String postalAddress) {

	public AgencyDetails {
		name = name(name);
		Objects.requireNonNull(sector, "sector");
		Objects.requireNonNull(country, "country");
		region = region(region);
		contactEmail = contactEmail(contactEmail);
		contactPhone = contactPhone(contactPhone);
		postalAddress = postalAddress(postalAddress);
	}

	static String name(String value) {
		return PlainText.required("name", Words.of("agency.name"), value, 200);
	}

	static @Nullable String region(@Nullable String value) {
		return PlainText.optional("region", Words.of("agency.region"), value, 120);
	}

	static @Nullable String contactEmail(@Nullable String value) {
		return ContactText.email("contactEmail", Words.of("agency.email"), value);
	}

	static @Nullable String contactPhone(@Nullable String value) {
		return ContactText.phone("contactPhone", Words.of("agency.phone"), value);
	}

	static @Nullable String postalAddress(@Nullable String value) {
		return PlainText.optional("postalAddress", Words.of("agency.show.postalAddress"), value, 300);
	}
}
