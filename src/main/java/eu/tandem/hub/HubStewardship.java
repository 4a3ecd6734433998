package eu.tandem.hub;

import eu.tandem.identity.CurrentUser;
import eu.tandem.identity.Role;

/**
 * Who runs a hub: its coordinators (people appointed to it as coordinator, who hold the hub coordinator
 * role) and system administrators. Everyone else signed in may look at it.
 */
public final class HubStewardship {

	private HubStewardship() {
	}

	public static boolean mayEdit(CurrentUser actor, Hub hub) {
		return actor.has(Role.SYSTEM_ADMINISTRATOR) || (actor.has(Role.HUB_COORDINATOR)
				&& hub.member(actor.id()).map(member -> member.role() == HubRole.COORDINATOR).orElse(false));
	}

	public static boolean mayCreateHubs(CurrentUser actor) {
		return actor.has(Role.SYSTEM_ADMINISTRATOR);
	}
}
