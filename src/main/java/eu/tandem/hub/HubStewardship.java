package eu.tandem.hub;

import java.util.Collection;
import java.util.List;

import eu.tandem.identity.CurrentUser;
import eu.tandem.identity.Role;

/**
 * Who runs a hub: its coordinators (people appointed to it as coordinator, who hold the hub coordinator
 * role) and system administrators. Everyone else signed in may look at it.
 */
public final class HubStewardship {

	private HubStewardship() {
	}

	/** COORDINATOR OF THE HUB: holds the hub coordinator role and is appointed coordinator of this hub. */
	public static boolean coordinates(CurrentUser actor, Hub hub) {
		return actor.has(Role.HUB_COORDINATOR)
				&& hub.member(actor.id()).map(member -> member.role() == HubRole.COORDINATOR).orElse(false);
	}

	/** The hubs among these that the user coordinates: their triage queue, their cases, their public-contact channels. */
	public static List<HubId> coordinatedBy(CurrentUser actor, Collection<Hub> hubs) {
		return hubs.stream().filter(hub -> coordinates(actor, hub)).map(Hub::id).toList();
	}

	/** STEWARD OF THE HUB: its coordinators, and system administrators. */
	public static boolean mayEdit(CurrentUser actor, Hub hub) {
		return actor.has(Role.SYSTEM_ADMINISTRATOR) || coordinates(actor, hub);
	}

	/**
	 * WORKS IN THE HUB: appointed to it, or on the staff of one of its member agencies (the practitioners who make its
	 * plans), and its stewards. They read what the hub offers its cases, such as its catalogue of interventions.
	 */
	public static boolean worksIn(CurrentUser actor, Hub hub) {
		return mayEdit(actor, hub) || hub.member(actor.id()).isPresent() || hub.hasMemberAgency(actor.agencyId());
	}

	public static boolean mayCreateHubs(CurrentUser actor) {
		return actor.has(Role.SYSTEM_ADMINISTRATOR);
	}
}
