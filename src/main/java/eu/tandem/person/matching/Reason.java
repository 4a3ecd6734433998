package eu.tandem.person.matching;

/**
 * A kind of evidence for or against "one person", as a coordinator reads it. The English words are the matcher's
 * own, for the linkage benchmark and the tests; screens write a reason in the reader's language from the message
 * key {@code person.match.<NAME>}, with the same arguments (a name the other is a variant of, an identifier's kind).
 */
public enum Reason {

	SAME_GIVEN_NAME("same given name"),
	GIVEN_NAME_VARIANT_OF("given name is a variant of {0}"),
	GIVEN_NAME_OTHER_SPELLING("given name is another spelling of the same name"),
	ONE_GIVEN_NAME_VARIANT_OF("one of the given names is a variant of {0}"),
	ONE_GIVEN_NAME_AGREES("one of the given names agrees"),
	GIVEN_NAME_ONE_LETTER_OFF("given name differs by one letter"),
	GIVEN_NAME_ALMOST_THE_SAME("given name spelt almost the same"),
	SIMILAR_GIVEN_NAME("similar given name"),
	GIVEN_NAME_AGREES_WITH_INITIAL("given name agrees with the initial"),
	DIFFERENT_GIVEN_NAME("different given name"),
	SAME_SURNAME("same surname"),
	SAME_SURNAME_BUT_PARTICLE("same surname apart from the particle"),
	SURNAME_VARIANT_OF("surname is a variant of {0}"),
	SURNAME_OTHER_SPELLING("surname is another spelling of the same name"),
	SURNAME_PART_VARIANT_OF("one part of the surname is a variant of {0}"),
	SURNAME_PART_AGREES("one part of the surname agrees"),
	SURNAME_ONE_LETTER_OFF("surname differs by one letter"),
	SURNAME_ALMOST_THE_SAME("surname spelt almost the same"),
	SIMILAR_SURNAME("similar surname"),
	SURNAME_AGREES_WITH_INITIAL("surname agrees with the initial"),
	DIFFERENT_SURNAME("different surname"),
	NAMES_SWAPPED("given name and surname swapped"),
	SAME_DATE_OF_BIRTH("same date of birth"),
	DAY_AND_MONTH_SWAPPED("day and month of birth swapped"),
	DATE_OF_BIRTH_ONE_DIGIT_OFF("date of birth differs by one digit"),
	SAME_MONTH_AND_YEAR_OTHER_DAY("same month and year of birth, other day"),
	YEAR_OF_BIRTH_ONE_DIGIT_OFF("year of birth differs by one digit"),
	DIFFERENT_DATE_OF_BIRTH("different date of birth"),
	SAME_YEAR_OF_BIRTH("same year of birth"),
	SAME_YEAR_OTHER_MONTH("same year of birth, other month"),
	SAME_MONTH_AND_YEAR("same month and year of birth"),
	SEX_DIFFERS("sex recorded differently"),
	SAME_POSTCODE("same postcode"),
	POSTCODE_ONE_OFF("postcode differs by one character"),
	DIFFERENT_POSTCODE("different postcode"),
	SAME_LOCALITY("same locality"),
	SIMILAR_LOCALITY("similar locality"),
	SAME_STREET("same street"),
	SIMILAR_STREET("similar street name"),
	SAME_PREMISES("same premises"),
	STREET_AND_PREMISES_CROSSED("street and premises recorded in each other's place"),
	SAME_HOUSE_NUMBER("same house number"),
	SAME_IDENTIFIER("same {0}"),
	IDENTIFIER_ONE_OFF("{0} differs by one character"),
	DIFFERENT_IDENTIFIER("different {0}");

	private final String english;

	Reason(String english) {
		this.english = english;
	}

	/** The words in English with {@code {0}} where the argument goes, as the message bundle's English text has them. */
	public String english() {
		return english;
	}

	/** The reason with its argument, if it takes one. */
	public Explanation with(String... arguments) {
		return new Explanation(this, java.util.List.of(arguments));
	}
}
