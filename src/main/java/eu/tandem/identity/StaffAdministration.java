package eu.tandem.identity;

import java.util.Set;

/**
 * Who may manage whose accounts. An agency administrator manages the staff of their own agency only; a
 * system administrator manages any agency's staff, so that a new agency can get its first administrator.
 * Only a system administrator may hand out the system administrator role or touch a system administrator's
 * account, and only a system administrator may change their own roles: nobody grants themselves access.
 */
public final class StaffAdministration {

	private StaffAdministration() {
	}

	/** ADMINISTRATOR OF THE AGENCY: a system administrator, or an agency administrator of that agency. */
	public static boolean administers(CurrentUser actor, AgencyId agency) {
		return actor.has(Role.SYSTEM_ADMINISTRATOR)
				|| (actor.has(Role.AGENCY_ADMINISTRATOR) && actor.agencyId().equals(agency));
	}

	/** The agency's administrators manage its staff. */
	public static boolean mayManageStaffOf(CurrentUser actor, AgencyId agency) {
		return administers(actor, agency);
	}

	/** May the actor change, deactivate or reset this account? */
	public static boolean mayManage(CurrentUser actor, AccountView account) {
		return mayManageStaffOf(actor, account.agencyId())
				&& (actor.has(Role.SYSTEM_ADMINISTRATOR) || !account.roles().contains(Role.SYSTEM_ADMINISTRATOR));
	}

	/** May the actor change this account's roles from what they are to {@code roles}? */
	public static boolean mayChangeRoles(CurrentUser actor, AccountView account, Set<Role> roles) {
		if (account.roles().equals(roles)) {
			return true;
		}
		return actor.has(Role.SYSTEM_ADMINISTRATOR) || (!account.id().equals(actor.id()) && mayAssign(actor, roles));
	}

	public static boolean mayAssign(CurrentUser actor, Set<Role> roles) {
		return actor.has(Role.SYSTEM_ADMINISTRATOR) || !roles.contains(Role.SYSTEM_ADMINISTRATOR);
	}
}
