package eu.tandem.identity;

import java.util.Locale;

import eu.tandem.kernel.InvalidInput;

/**
 * A sign-in name: 3 to 64 lower-case letters, digits, dots, hyphens or underscores, starting with a
 * letter. Compared without regard to case, so "Amira.Haddad" and "amira.haddad" are one account.
 */
public record Username(String value) {

	public Username {
		if (value == null || value.isBlank()) {
			throw InvalidInput.of("username", "identity.error.usernameMissing");
		}
		value = value.strip().toLowerCase(Locale.ROOT);
		if (value.length() < 3 || value.length() > 64) {
			throw InvalidInput.of("username", "identity.error.usernameLength");
		}
		if (!value.matches("[a-z][a-z0-9._-]*")) {
			throw InvalidInput.of("username", "identity.error.usernameCharacters");
		}
	}

	@Override
	public String toString() {
		return value;
	}
}
