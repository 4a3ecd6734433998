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
			throw new InvalidInput("username", "Enter a username.");
		}
		value = value.strip().toLowerCase(Locale.ROOT);
		if (value.length() < 3 || value.length() > 64) {
			throw new InvalidInput("username", "A username is 3 to 64 characters long.");
		}
		if (!value.matches("[a-z][a-z0-9._-]*")) {
			throw new InvalidInput("username",
					"A username starts with a letter and uses only letters a-z, digits, dots, hyphens and underscores.");
		}
	}

	@Override
	public String toString() {
		return value;
	}
}
