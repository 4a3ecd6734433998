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
			throw new InvalidInput(field, "A password is at least " + MIN_LENGTH + " characters long. A few words make a good one.");
		}
		if (length > MAX_LENGTH) {
			throw new InvalidInput(field, "A password can be at most " + MAX_LENGTH + " characters long.");
		}
		if (value.strip().equalsIgnoreCase(username.value())) {
			throw new InvalidInput(field, "The password cannot be the username.");
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
