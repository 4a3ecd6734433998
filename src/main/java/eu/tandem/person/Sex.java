package eu.tandem.person;

/**
 * Sex as recorded; gender is recorded separately, in the person's own words. Screens write it as
 * {@code person.sex.<NAME>}; {@link #label()} is the English of the subject access export.
 */
public enum Sex {

	FEMALE("Female"), MALE("Male"), INTERSEX("Intersex"), NOT_KNOWN("Not known");

	private final String label;

	Sex(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
