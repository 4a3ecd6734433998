package eu.tandem.person.matching;

/**
 * Weights of evidence for each level of name agreement, with the words a coordinator reads. Surnames weigh more
 * than given names: strangers share a given name far more often than a surname.
 */
final class NameWeights {

	private NameWeights() {
	}

	static void given(NameAgreement agreement, Evidence evidence) {
		String variantOf = agreement.variantOf();
		switch (agreement.level()) {
			case EXACT -> evidence.add(4.0, Reason.SAME_GIVEN_NAME);
			case PARTICLE -> evidence.add(3.5, Reason.SAME_GIVEN_NAME);
			case VARIANT -> variant(evidence, 3.5, Reason.GIVEN_NAME_VARIANT_OF, Reason.GIVEN_NAME_OTHER_SPELLING, variantOf);
			case PART -> variant(evidence, 3.0, Reason.ONE_GIVEN_NAME_VARIANT_OF, Reason.ONE_GIVEN_NAME_AGREES, variantOf);
			case TYPO -> evidence.add(2.5, Reason.GIVEN_NAME_ONE_LETTER_OFF);
			case CLOSE -> evidence.add(2.5, Reason.GIVEN_NAME_ALMOST_THE_SAME);
			case SIMILAR -> evidence.add(1.0, Reason.SIMILAR_GIVEN_NAME);
			case INITIAL -> evidence.add(1.0, Reason.GIVEN_NAME_AGREES_WITH_INITIAL);
			case DIFFERENT -> evidence.add(-1.5, Reason.DIFFERENT_GIVEN_NAME);
			case MISSING -> evidence.add(0, null);
		}
	}

	static void surname(NameAgreement agreement, Evidence evidence) {
		String variantOf = agreement.variantOf();
		switch (agreement.level()) {
			case EXACT -> evidence.add(5.5, Reason.SAME_SURNAME);
			case PARTICLE -> evidence.add(5.0, Reason.SAME_SURNAME_BUT_PARTICLE);
			case VARIANT -> variant(evidence, 5.0, Reason.SURNAME_VARIANT_OF, Reason.SURNAME_OTHER_SPELLING, variantOf);
			case PART -> variant(evidence, 4.0, Reason.SURNAME_PART_VARIANT_OF, Reason.SURNAME_PART_AGREES, variantOf);
			case TYPO -> evidence.add(4.0, Reason.SURNAME_ONE_LETTER_OFF);
			case CLOSE -> evidence.add(4.0, Reason.SURNAME_ALMOST_THE_SAME);
			case SIMILAR -> evidence.add(1.5, Reason.SIMILAR_SURNAME);
			case INITIAL -> evidence.add(0.5, Reason.SURNAME_AGREES_WITH_INITIAL);
			case DIFFERENT -> evidence.add(-2.0, Reason.DIFFERENT_SURNAME);
			case MISSING -> evidence.add(0, null);
		}
	}

	/** "a variant of Mohammed" where the variant is known by a name, else "another spelling". */
	private static void variant(Evidence evidence, double weight, Reason ofName, Reason otherwise, String variantOf) {
		if (variantOf != null) {
			evidence.add(weight, ofName, variantOf);
		}
		else {
			evidence.add(weight, otherwise);
		}
	}
}
