package eu.tandem.identity;

import java.util.Objects;
import java.util.Set;

import eu.tandem.kernel.InvalidInput;

/** What an administrator may change on an existing account. The username and agency stay as they are. */
public record AccountChanges(String displayName, Profession profession, Set<Role> roles) {

	public AccountChanges {
		Objects.requireNonNull(displayName, "displayName");
		Objects.requireNonNull(profession, "profession");
		roles = requireRoles(roles);
	}

	static Set<Role> requireRoles(Set<Role> roles) {
		if (roles == null || roles.isEmpty()) {
			throw InvalidInput.of("roles", "identity.error.noRole");
		}
		return Set.copyOf(roles);
	}
}
