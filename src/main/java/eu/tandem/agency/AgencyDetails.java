package eu.tandem.agency;

import java.util.Objects;
import java.util.regex.Pattern;

import eu.tandem.web.InvalidInput;
import eu.tandem.web.PlainText;
import org.jspecify.annotations.Nullable;

/** What describes an agency. Built from a form, it is valid or it does not exist. */
public record AgencyDetails(String name, Sector sector, Country country, @Nullable String region,
		@Nullable String contactEmail, @Nullable String contactPhone, @Nullable String postalAddress) {

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
	private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()./-]{5,40}");

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
		var email = PlainText.optional("contactEmail", "the contact e-mail address", value, 254);
		if (email != null && !EMAIL.matcher(email).matches()) {
			throw new InvalidInput("contactEmail", "Enter an e-mail address like prevention@agency.example.");
		}
		return email;
	}

	static @Nullable String contactPhone(@Nullable String value) {
		var phone = PlainText.optional("contactPhone", "the contact phone number", value, 40);
		if (phone != null && !PHONE.matcher(phone).matches()) {
			throw new InvalidInput("contactPhone", "Enter a phone number with digits, spaces and an optional leading +.");
		}
		return phone;
	}

	static @Nullable String postalAddress(@Nullable String value) {
		return PlainText.optional("postalAddress", "the postal address", value, 300);
	}
}
