package eu.tandem.hub;

/** Where a hub works: a town or district, a region, or a whole country supporting local hubs. */
public enum HubLevel {

	LOCAL("Local"), REGIONAL("Regional"), NATIONAL("National");

	private final String label;

	HubLevel(String label) {
		this.label = label;
	}

	/** In English, for what stays in English; screens say {@code #{${'hub.level.' + constant.name()}}} in the reader's language. */
	public String label() {
		return label;
	}
}
