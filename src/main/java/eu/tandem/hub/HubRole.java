package eu.tandem.hub;

/** The part a person plays in a hub. */
public enum HubRole {

	COORDINATOR("Coordinator"), STANDING_MEMBER("Standing member"), ADVISOR("Advisor");

	private final String label;

	HubRole(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
