package eu.tandem.casework;

import eu.tandem.hub.Hub;
import eu.tandem.hub.HubRole;
import eu.tandem.identity.CurrentUser;
import eu.tandem.identity.Role;

/**
 * Who coordinates a case: the coordinators of its hub. With the case team and break-the-glass grants this makes
 * a {@link CaseStanding}; nobody else sees a case, whatever their role: a system administrator runs the system,
 * not the case.
 */
public final class CaseAccess {

	private CaseAccess() {
	}

	public static boolean coordinates(CurrentUser actor, Hub hub) {
		return actor.has(Role.HUB_COORDINATOR)
				&& hub.member(actor.id()).map(member -> member.role() == HubRole.COORDINATOR).orElse(false);
	}
}
