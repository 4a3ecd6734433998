package eu.tandem.identity;

/**
 * What an account may do in Tandem. A role never grants sight of a person or a case by itself: that comes
 * from a relationship to the case, checked per record. Screens write its name in the reader's language from the
 * identity bundle: {@code #{${'identity.role.' + role.name()}}}.
 */
public enum Role {

	PRACTITIONER,
	HUB_COORDINATOR,
	AGENCY_ADMINISTRATOR,
	DATA_PROTECTION_OFFICER,
	KNOWLEDGE_CURATOR,
	ANALYST,
	SYSTEM_ADMINISTRATOR;

	/** The authority name Spring Security checks, e.g. {@code ROLE_AGENCY_ADMINISTRATOR}. */
	public String authority() {
		return "ROLE_" + name();
	}
}
