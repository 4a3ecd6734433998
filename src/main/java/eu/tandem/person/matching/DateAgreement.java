package eu.tandem.person.matching;

/**
 * Evidence from two dates of birth. A full date agreeing is strong (one day in some 30,000); a date one keystroke
 * away (a digit changed, two digits or day and month swapped) is still evidence for, since that is how dates
 * are mistyped; a partial date agrees as far as it goes.
 */
final class DateAgreement {

	static final double SAME = 7.0;
	static final double ONE_KEYSTROKE = 3.5;
	static final double SAME_YEAR_AND_MONTH = 3.0;
	static final double SAME_YEAR = 1.8;
	static final double SAME_YEAR_AND_MONTH_OTHER_DAY = 0.0;
	static final double SAME_YEAR_OTHER_MONTH = -1.5;
	static final double DIFFERENT = -2.5;

	private DateAgreement() {
	}

	static Evidence of(PartialDate a, PartialDate b) {
		var evidence = new Evidence();
		if (a == null || b == null) {
			return evidence;
		}
		if (a.isComplete() && b.isComplete()) {
			if (a.equals(b)) {
				return evidence.add(SAME, Reason.SAME_DATE_OF_BIRTH);
			}
			String s = digits(a);
			String t = digits(b);
			if (a.year().equals(b.year()) && a.month().equals(b.day()) && a.day().equals(b.month())) {
				return evidence.add(ONE_KEYSTROKE, Reason.DAY_AND_MONTH_SWAPPED);
			}
			if (Similarity.editDistance(s, t, 1) == 1) {
				return evidence.add(ONE_KEYSTROKE, Reason.DATE_OF_BIRTH_ONE_DIGIT_OFF);
			}
			if (a.year().equals(b.year()) && a.month().equals(b.month())) {
				return evidence.add(SAME_YEAR_AND_MONTH_OTHER_DAY, Reason.SAME_MONTH_AND_YEAR_OTHER_DAY);
			}
		}
		if (!a.year().equals(b.year())) {
			boolean oneDigit = Similarity.editDistance(String.valueOf(a.year()), String.valueOf(b.year()), 1) == 1;
			boolean restAgrees = a.month() != null && a.month().equals(b.month());
			if (oneDigit && restAgrees && (a.day() == null || b.day() == null)) {
				return evidence.add(ONE_KEYSTROKE / 2, Reason.YEAR_OF_BIRTH_ONE_DIGIT_OFF);
			}
			return evidence.add(DIFFERENT, Reason.DIFFERENT_DATE_OF_BIRTH);
		}
		if (a.month() == null || b.month() == null) {
			return evidence.add(SAME_YEAR, Reason.SAME_YEAR_OF_BIRTH);
		}
		if (!a.month().equals(b.month())) {
			return evidence.add(SAME_YEAR_OTHER_MONTH, Reason.SAME_YEAR_OTHER_MONTH);
		}
		return evidence.add(SAME_YEAR_AND_MONTH, Reason.SAME_MONTH_AND_YEAR);
	}

	private static String digits(PartialDate date) {
		return "%04d%02d%02d".formatted(date.year(), date.month(), date.day());
	}
}
