package eu.tandem.hub;

/**
 * What kind of information about a person: access and sharing rules are written against these, so that a
 * new screen cannot forget them (DESIGN.md, "Data categories"). Screens name one in the reader's language by key:
 * {@code #{${'hub.category.' + category.name()}}}, and {@code hub.category.phrase.*} inside a sentence ("health data").
 */
public enum DataCategory {

	IDENTITY,
	HEALTH,
	SECURITY,
	SOCIAL,
	EDUCATION,
	JUSTICE;


	/** Health data needs a condition of GDPR Art. 9(2) on top of an Art. 6 basis. */
	public boolean isSpecialCategory() {
		return this == HEALTH;
	}

	/** Police and justice information is criminal-offence data: GDPR Art. 10 or national law. */
	public boolean isCriminalOffenceData() {
		return this == SECURITY || this == JUSTICE;
	}
}
