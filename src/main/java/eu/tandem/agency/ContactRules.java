package eu.tandem.agency;

import java.util.regex.Pattern;

import eu.tandem.web.InvalidInput;
import eu.tandem.web.PlainText;
import org.jspecify.annotations.Nullable;

/**
 * What an e-mail address and a phone number that people can use look like, wherever an agency gives one:
 * its main contact details or one of its contact points.
 */
final class ContactRules {

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
	private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()./-]{5,40}");

	private ContactRules() {
	}

	static @Nullable String email(String field, String label, @Nullable String value) {
		var email = PlainText.optional(field, label, value, 254);
		if (email != null && !EMAIL.matcher(email).matches()) {
			throw new InvalidInput(field, "Enter an e-mail address like prevention@agency.example.");
		}
		return email;
	}

	static @Nullable String phone(String field, String label, @Nullable String value) {
		var phone = PlainText.optional(field, label, value, 40);
		if (phone != null && !PHONE.matcher(phone).matches()) {
			throw new InvalidInput(field, "Enter a phone number with digits, spaces and an optional leading +.");
		}
		return phone;
	}
}
