package eu.tandem.person;

/**
 * Sex as recorded; gender is recorded separately, in the person's own words. Screens and the subject access answer
 * write it as {@code person.sex.<NAME>}.
 */
public enum Sex {

	FEMALE, MALE, INTERSEX, NOT_KNOWN
}
