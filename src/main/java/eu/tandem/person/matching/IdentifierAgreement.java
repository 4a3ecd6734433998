package eu.tandem.person.matching;

/**
 * Evidence from an identifier both records carry, used only when the caller asks for it. A one-character slip
 * still counts for, so that a mistyped number does not hide a person.
 */
final class IdentifierAgreement {

	static final double SAME = 9.0;
	static final double ONE_KEYSTROKE = 3.0;
	static final double DIFFERENT = -5.0;

	private IdentifierAgreement() {
	}

	static Evidence of(String kind, String a, String b) {
		var evidence = new Evidence();
		String s = PreparedAddress.squeeze(a);
		String t = PreparedAddress.squeeze(b);
		if (s == null || t == null) {
			return evidence;
		}
		if (s.equals(t)) {
			return evidence.add(SAME, Reason.SAME_IDENTIFIER, kind);
		}
		if (Similarity.editDistance(s, t, 1) == 1) {
			return evidence.add(ONE_KEYSTROKE, Reason.IDENTIFIER_ONE_OFF, kind);
		}
		return evidence.add(DIFFERENT, Reason.DIFFERENT_IDENTIFIER, kind);
	}
}
