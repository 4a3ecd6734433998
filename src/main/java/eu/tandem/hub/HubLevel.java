package eu.tandem.hub;

/** Where a hub works: a town or district, a region, or a whole country supporting local hubs. */
public enum HubLevel {

	LOCAL("Local"), REGIONAL("Regional"), NATIONAL("National");

	private final String label;

	HubLevel(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
