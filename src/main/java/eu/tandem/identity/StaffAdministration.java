package eu.tandem.identity;

import java.util.Set;

/**
 * Who may manage whose accounts. An agency administrator manages the staff of their own agency only; a
 * system administrator manages any agency's staff, so that a new agency can get its first administrator.
 * Only a system administrator may hand out the system administrator role.
 */
public final class StaffAdministration {

	private StaffAdministration() {
	}

	public static boolean mayManageStaffOf(CurrentUser actor, AgencyId agency) {
		return actor.has(Role.SYSTEM_ADMINISTRATOR)
				|| (actor.has(Role.AGENCY_ADMINISTRATOR) && actor.agencyId().equals(agency));
	}

	public static boolean mayAssign(CurrentUser actor, Set<Role> roles) {
		return actor.has(Role.SYSTEM_ADMINISTRATOR) || !roles.contains(Role.SYSTEM_ADMINISTRATOR);
	}
}
