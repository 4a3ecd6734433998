package eu.tandem.kernel;

import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSourceResolvable;

/**
 * What an e-mail address and a phone number that people can use look like, wherever one is given: an
 * agency's contact details and contact points, a hub's single point of contact. The {@code label} names the
 * field as {@link PlainText} does.
 */
public final class ContactText {

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
	private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()./-]{5,40}");

	private ContactText() {
	}

	public static @Nullable String email(String field, MessageSourceResolvable label, @Nullable String value) {
		var email = PlainText.optional(field, label, value, 254);
		if (email != null && !EMAIL.matcher(email).matches()) {
			throw InvalidInput.of(field, "kernel.contact.email");
		}
		return email;
	}

	public static @Nullable String phone(String field, MessageSourceResolvable label, @Nullable String value) {
		var phone = PlainText.optional(field, label, value, 40);
		if (phone != null && !PHONE.matcher(phone).matches()) {
			throw InvalidInput.of(field, "kernel.contact.phone");
		}
		return phone;
	}
}
