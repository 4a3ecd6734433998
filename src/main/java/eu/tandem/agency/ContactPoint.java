package eu.tandem.agency;

import eu.tandem.kernel.ContactText;
import eu.tandem.kernel.InvalidInput;
import eu.tandem.kernel.PlainText;
import eu.tandem.web.Words;
import org.jspecify.annotations.Nullable;

/**
 * One place where practitioners and the public reach an agency for prevention work, such as its
 * prevention desk: the RAN paper asks for a single point of contact that people can actually use, so a
 * contact point has an e-mail address or a phone number, or both.
 */
public record ContactPoint(String label, @Nullable String email, @Nullable String phone,
		@Nullable String openingHours) {

	public ContactPoint {
		label = label(label);
		email = email(email);
		phone = phone(phone);
		openingHours = openingHours(openingHours);
		requireAWayToReachIt(email, phone);
	}

	static String label(String value) {
		return PlainText.required("label", Words.of("agency.name"), value, 100);
	}

	static @Nullable String email(@Nullable String value) {
		return ContactText.email("email", Words.of("agency.email"), value);
	}

	static @Nullable String phone(@Nullable String value) {
		return ContactText.phone("phone", Words.of("agency.phone"), value);
	}

	static @Nullable String openingHours(@Nullable String value) {
		return PlainText.optional("openingHours", Words.of("agency.show.openingHours"), value, 200);
	}

	static void requireAWayToReachIt(@Nullable String email, @Nullable String phone) {
		if (email == null && phone == null) {
			throw InvalidInput.of("email", "agency.error.noWayToReach");
		}
	}
}
