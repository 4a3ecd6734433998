package eu.tandem.hub;

/** The part a person plays in a hub. */
public enum HubRole {

	COORDINATOR("Coordinator"), STANDING_MEMBER("Standing member"), ADVISOR("Advisor");

	private final String label;

	HubRole(String label) {
		this.label = label;
	}

	/** In English, for what stays in English; screens say {@code #{${'hub.role.' + constant.name()}}} in the reader's language. */
	public String label() {
		return label;
	}
}
