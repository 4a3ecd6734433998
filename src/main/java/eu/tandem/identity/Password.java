package eu.tandem.identity;

import eu.tandem.kernel.InvalidInput;

/**
 * A new password. Length is the only rule (12 to 128 characters, any characters, spaces included), as
 * OWASP and NIST SP 800-63B advise: composition rules make passwords worse, not stronger.
 */
public final class Password {

	public static final int MIN_LENGTH = 12;
	public static final int MAX_LENGTH = 128;

	private final String value;

	private Password(String value) {
		this.value = value;
	}

	public static Password of(String field, String value, Username username) {
		var length = value == null ? 0 : value.codePointCount(0, value.length());
		if (length < MIN_LENGTH) {
			throw InvalidInput.of(field, "identity.error.passwordTooShort", MIN_LENGTH);
		}
		if (length > MAX_LENGTH) {
			throw InvalidInput.of(field, "identity.error.passwordTooLong", MAX_LENGTH);
		}
		if (value.strip().equalsIgnoreCase(username.value())) {
			throw InvalidInput.of(field, "identity.error.passwordIsUsername");
		}
		return new Password(value);
	}

	String reveal() {
		return value;
	}

	@Override
	public String toString() {
		return "Password[hidden]";
	}
}
