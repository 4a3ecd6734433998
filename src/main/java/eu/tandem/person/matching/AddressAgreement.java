package eu.tandem.person.matching;

/**
 * Evidence from two addresses. Postcode and locality agreeing are common among strangers, street and house
 * number together far less so. The street and the premises line (building, estate) are compared both ways,
 * because records put them in either order.
 */
final class AddressAgreement {

	static final double SAME_POSTCODE = 3.5;
	static final double POSTCODE_ONE_OFF = 1.0;
	static final double OTHER_POSTCODE = -1.5;
	static final double SAME_LOCALITY = 2.0;
	static final double SIMILAR_LOCALITY = 1.2;
	static final double OTHER_LOCALITY = -1.0;
	static final double SAME_LINE = 2.5;
	static final double SIMILAR_LINE = 1.5;
	static final double OTHER_LINE = -0.7;
	static final double SAME_NUMBER = 1.8;
	static final double OTHER_NUMBER = -0.8;

	private AddressAgreement() {
	}

	static Evidence of(PreparedAddress a, PreparedAddress b) {
		var evidence = new Evidence();
		postcode(a.postcode(), b.postcode(), evidence);
		locality(a.locality(), b.locality(), evidence);
		Evidence direct = lines(a.street(), b.street(), a.premises(), b.premises(), false);
		Evidence crossed = lines(a.street(), b.premises(), a.premises(), b.street(), true);
		evidence.addAll(crossed.total() > direct.total() + 0.5 ? crossed : direct);
		if (a.number() != null && b.number() != null) {
			if (a.number().equals(b.number())) {
				evidence.add(SAME_NUMBER, Reason.SAME_HOUSE_NUMBER);
			}
			else {
				evidence.add(OTHER_NUMBER, null);
			}
		}
		return evidence;
	}

	private static void postcode(String a, String b, Evidence evidence) {
		if (a == null || b == null) {
			return;
		}
		if (a.equals(b)) {
			evidence.add(SAME_POSTCODE, Reason.SAME_POSTCODE);
		}
		else if (Similarity.editDistance(a, b, 1) == 1) {
			evidence.add(POSTCODE_ONE_OFF, Reason.POSTCODE_ONE_OFF);
		}
		else {
			evidence.add(OTHER_POSTCODE, Reason.DIFFERENT_POSTCODE);
		}
	}

	private static void locality(String a, String b, Evidence evidence) {
		if (a == null || b == null) {
			return;
		}
		if (a.equals(b)) {
			evidence.add(SAME_LOCALITY, Reason.SAME_LOCALITY);
		}
		else if (similar(a, b)) {
			evidence.add(SIMILAR_LOCALITY, Reason.SIMILAR_LOCALITY);
		}
		else {
			evidence.add(OTHER_LOCALITY, null);
		}
	}

	private static Evidence lines(String street1, String street2, String premises1, String premises2, boolean crossed) {
		var evidence = new Evidence();
		line(street1, street2, crossed ? Reason.STREET_AND_PREMISES_CROSSED : Reason.SAME_STREET,
				crossed ? null : Reason.SIMILAR_STREET, evidence);
		line(premises1, premises2, crossed ? null : Reason.SAME_PREMISES, null, evidence);
		return evidence;
	}

	private static void line(String a, String b, Reason same, Reason similarReason, Evidence evidence) {
		if (a == null || b == null) {
			return;
		}
		if (a.equals(b)) {
			evidence.add(SAME_LINE, same);
		}
		else if (similar(a, b)) {
			evidence.add(SIMILAR_LINE, similarReason);
		}
		else {
			evidence.add(OTHER_LINE, null);
		}
	}

	static boolean similar(String a, String b) {
		int shorter = Math.min(a.length(), b.length());
		int allowed = shorter >= 8 ? 2 : shorter >= 4 ? 1 : 0;
		return (allowed > 0 && Similarity.editDistance(a, b, allowed) <= allowed) || Similarity.jaroWinkler(a, b) >= 0.92;
	}
}
