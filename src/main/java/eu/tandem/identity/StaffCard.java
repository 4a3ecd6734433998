package eu.tandem.identity;

import java.util.Set;

/** A staff member as colleagues see them on shared screens: who, from which agency, in which profession. */
public record StaffCard(UserId id, String displayName, AgencyId agencyId, Profession profession, Set<Role> roles,
		boolean active) {

	public StaffCard {
		roles = Roles.ordered(roles);
	}

	static StaffCard of(AccountView account) {
		return new StaffCard(account.id(), account.displayName(), account.agencyId(), account.profession(),
				account.roles(), account.active());
	}
}
