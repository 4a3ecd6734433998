package eu.tandem.hub;

/**
 * How many of a hub's cases have a case owner: the fourth step of the hub's set-up ("appoint a case owner and
 * intervene") is done when one has. The case work module answers; the hub module cannot read cases.
 */
public interface CaseOwnership {

	int casesWithAnOwner(HubId hub);
}
