package eu.tandem.identity;

/**
 * What an account may do in Tandem. A role never grants sight of a person or a case by itself: that comes
 * from a relationship to the case, checked per record.
 */
public enum Role {

	PRACTITIONER("Practitioner"),
	HUB_COORDINATOR("Hub coordinator"),
	AGENCY_ADMINISTRATOR("Agency administrator"),
	DATA_PROTECTION_OFFICER("Data protection officer"),
	KNOWLEDGE_CURATOR("Knowledge curator"),
	ANALYST("Analyst"),
	SYSTEM_ADMINISTRATOR("System administrator");

	private final String label;

	Role(String label) {
		this.label = label;
	}

	/**
	 * The name in English. Screens write it in the reader's language from the identity bundle instead:
	 * {@code #{${'identity.role.' + role.name()}}}.
	 */
	public String label() {
		return label;
	}

	/** The authority name Spring Security checks, e.g. {@code ROLE_AGENCY_ADMINISTRATOR}. */
	public String authority() {
		return "ROLE_" + name();
	}
}
