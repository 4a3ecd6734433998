package eu.tandem.hub;

/** The lawful bases of GDPR Art. 6(1). */
public enum Art6Basis {

	CONSENT("Art. 6(1)(a) consent"),
	CONTRACT("Art. 6(1)(b) contract"),
	LEGAL_OBLIGATION("Art. 6(1)(c) legal obligation"),
	VITAL_INTERESTS("Art. 6(1)(d) vital interests"),
	PUBLIC_TASK("Art. 6(1)(e) public task"),
	LEGITIMATE_INTERESTS("Art. 6(1)(f) legitimate interests");

	private final String label;

	Art6Basis(String label) {
		this.label = label;
	}

	/** In English, for what stays in English; screens say {@code #{${'hub.art6.' + constant.name()}}} in the reader's language. */
	public String label() {
		return label;
	}
}
