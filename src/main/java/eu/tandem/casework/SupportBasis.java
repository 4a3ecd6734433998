package eu.tandem.casework;

import eu.tandem.hub.HubId;

/**
 * Whether support may be planned for the person in a case: the hub's information-sharing agreement in force names a
 * legal basis for planning and delivering support, or the person (for a minor, the guardian) consented to it and has
 * not withdrawn. The module that keeps consent answers it; without an answer there is no basis.
 */
public interface SupportBasis {

	/** Whether a basis is recorded today for support in this case of this hub. */
	boolean recorded(CaseId id, HubId hub);
}
