package eu.tandem.casework;

import eu.tandem.hub.Hub;
import eu.tandem.hub.HubRole;
import eu.tandem.identity.CurrentUser;
import eu.tandem.identity.Role;

/**
 * Who sees a case: its case team (the owner included) and the coordinators of its hub. Nobody else, whatever
 * their role: a system administrator runs the system, not the case.
 */
public final class CaseAccess {

	private CaseAccess() {
	}

	public static boolean maySee(CurrentUser actor, CaseFile file, Hub hub) {
		return file.onTeam(actor.id()) || coordinates(actor, hub);
	}

	public static boolean coordinates(CurrentUser actor, Hub hub) {
		return actor.has(Role.HUB_COORDINATOR)
				&& hub.member(actor.id()).map(member -> member.role() == HubRole.COORDINATOR).orElse(false);
	}
}
