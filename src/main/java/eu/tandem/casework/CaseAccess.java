package eu.tandem.casework;

import eu.tandem.hub.Hub;
import eu.tandem.hub.HubStewardship;
import eu.tandem.identity.CurrentUser;
import eu.tandem.identity.Role;

/**
 * The named rules of who stands in which relation to a hub's cases. With the case team and break-the-glass grants
 * they make a {@link CaseStanding}; nobody sees a case by role alone: a system administrator runs the system, not the
 * case, and a data protection officer answers for a case's records without reading the case.
 */
public final class CaseAccess {

	private CaseAccess() {
	}

	/** COORDINATOR OF THE HUB, as the hub module defines it ({@link HubStewardship#coordinates}): sees the hub's cases. */
	public static boolean coordinates(CurrentUser actor, Hub hub) {
		return HubStewardship.coordinates(actor, hub);
	}

	/**
	 * DATA PROTECTION OFFICER OF THE HUB: holds the data protection officer role in an agency that is a member of the
	 * hub. Such an officer answers for the hub's cases — the ledger, consents, emergency-access reviews, retention and
	 * subject access — and never reads a case for that.
	 */
	public static boolean dataProtectionOfficerOfTheHub(CurrentUser actor, Hub hub) {
		return actor.has(Role.DATA_PROTECTION_OFFICER) && hub.hasMemberAgency(actor.agencyId());
	}
}
