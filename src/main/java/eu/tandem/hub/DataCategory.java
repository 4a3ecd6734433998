package eu.tandem.hub;

/**
 * What kind of information about a person: access and sharing rules are written against these, so that a
 * new screen cannot forget them (DESIGN.md, "Data categories").
 */
public enum DataCategory {

	IDENTITY("Identity", "identity data"),
	HEALTH("Health", "health data"),
	SECURITY("Security", "security information"),
	SOCIAL("Social", "social information"),
	EDUCATION("Education", "education information"),
	JUSTICE("Justice", "justice information");

	private final String label;
	private final String inWords;

	DataCategory(String label, String inWords) {
		this.label = label;
		this.inWords = inWords;
	}

	/** In English, for what stays in English; screens say {@code #{${'hub.category.' + constant.name()}}} in the reader's language. */
	public String label() {
		return label;
	}

	/** As it reads in a sentence: "health data". */
	public String inWords() {
		return inWords;
	}

	/** Health data needs a condition of GDPR Art. 9(2) on top of an Art. 6 basis. */
	public boolean isSpecialCategory() {
		return this == HEALTH;
	}

	/** Police and justice information is criminal-offence data: GDPR Art. 10 or national law. */
	public boolean isCriminalOffenceData() {
		return this == SECURITY || this == JUSTICE;
	}
}
