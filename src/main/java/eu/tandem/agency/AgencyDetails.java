package eu.tandem.agency;

import java.util.Objects;

import eu.tandem.kernel.ContactText;
import eu.tandem.kernel.PlainText;
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
		return PlainText.required("name", "the agency's name", value, 200);
	}

	static @Nullable String region(@Nullable String value) {
		return PlainText.optional("region", "the region", value, 120);
	}

	static @Nullable String contactEmail(@Nullable String value) {
		return ContactText.email("contactEmail", "the contact e-mail address", value);
	}

	static @Nullable String contactPhone(@Nullable String value) {
		return ContactText.phone("contactPhone", "the contact phone number", value);
	}

	static @Nullable String postalAddress(@Nullable String value) {
		return PlainText.optional("postalAddress", "the postal address", value, 300);
	}
}
