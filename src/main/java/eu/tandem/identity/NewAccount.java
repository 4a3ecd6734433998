package eu.tandem.identity;

import java.util.Objects;
import java.util.Set;

/** What it takes to open an account: who, for which agency, in which profession and roles, first password. */
public record NewAccount(Username username, String displayName, AgencyId agencyId, Profession profession,
		Set<Role> roles, Password initialPassword) {

	public NewAccount {
		Objects.requireNonNull(username, "username");
		Objects.requireNonNull(displayName, "displayName");
		Objects.requireNonNull(agencyId, "agencyId");
		Objects.requireNonNull(profession, "profession");
		Objects.requireNonNull(initialPassword, "initialPassword");
		roles = AccountChanges.requireRoles(roles);
	}
}
