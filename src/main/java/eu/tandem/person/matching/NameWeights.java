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
			case EXACT -> evidence.add(4.0, "same given name");
			case PARTICLE -> evidence.add(3.5, "same given name");
			case VARIANT -> evidence.add(3.5, variantOf != null ? "given name is a variant of " + variantOf
					: "given name is another spelling of the same name");
			case PART -> evidence.add(3.0, variantOf != null ? "one of the given names is a variant of " + variantOf
					: "one of the given names agrees");
			case TYPO -> evidence.add(2.5, "given name differs by one letter");
			case CLOSE -> evidence.add(2.5, "given name spelt almost the same");
			case SIMILAR -> evidence.add(1.0, "similar given name");
			case INITIAL -> evidence.add(1.0, "given name agrees with the initial");
			case DIFFERENT -> evidence.add(-1.5, "different given name");
			case MISSING -> evidence.add(0, null);
		}
	}

	static void surname(NameAgreement agreement, Evidence evidence) {
		String variantOf = agreement.variantOf();
		switch (agreement.level()) {
			case EXACT -> evidence.add(5.5, "same surname");
			case PARTICLE -> evidence.add(5.0, "same surname apart from the particle");
			case VARIANT -> evidence.add(5.0, variantOf != null ? "surname is a variant of " + variantOf
					: "surname is another spelling of the same name");
			case PART -> evidence.add(4.0, variantOf != null ? "one part of the surname is a variant of " + variantOf
					: "one part of the surname agrees");
			case TYPO -> evidence.add(4.0, "surname differs by one letter");
			case CLOSE -> evidence.add(4.0, "surname spelt almost the same");
			case SIMILAR -> evidence.add(1.5, "similar surname");
			case INITIAL -> evidence.add(0.5, "surname agrees with the initial");
			case DIFFERENT -> evidence.add(-2.0, "different surname");
			case MISSING -> evidence.add(0, null);
		}
	}
}
