package eu.tandem.person.matching;

/**
 * One way a person's name is written: given names (all of them, in the order recorded) and surname (with its
 * particles, as in "van der Berg" or "El Amrani", and both parts of a compound such as "García López").
 * Either may be unknown.
 */
public record PersonName(String givenNames, String surname) {

	public PersonName {
		givenNames = blankToNull(givenNames);
		surname = blankToNull(surname);
	}

	public boolean isEmpty() {
		return givenNames == null && surname == null;
	}

	@Override
	public String toString() {
		return ((givenNames == null ? "" : givenNames) + " " + (surname == null ? "" : surname)).strip();
	}

	static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
