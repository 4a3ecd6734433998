package eu.tandem.kernel;

import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * What an e-mail address and a phone number that people can use look like, wherever one is given: an
 * agency's contact details and contact points, a hub's single point of contact.
 */
public final class ContactText {

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
	private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()./-]{5,40}");

	private ContactText() {
	}

	public static @Nullable String email(String field, String label, @Nullable String value) {
		var email = PlainText.optional(field, label, value, 254);
		if (email != null && !EMAIL.matcher(email).matches()) {
			throw new InvalidInput(field, "Enter an e-mail address like prevention@agency.example.");
		}
		return email;
	}

	public static @Nullable String phone(String field, String label, @Nullable String value) {
		var phone = PlainText.optional(field, label, value, 40);
		if (phone != null && !PHONE.matcher(phone).matches()) {
			throw new InvalidInput(field, "Enter a phone number with digits, spaces and an optional leading +.");
		}
		return phone;
	}
}
