package eu.tandem.person.matching;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.util.Comparator;

/**
 * A date of birth as far as it is known: year only, year and month, or a full date. Referrals often arrive with
 * "born 1998" or "about 17 years old", so the parts after the first unknown one are unknown too. A date that
 * cannot exist (31 February, month 13, a month without a year) is refused with a message a user can read.
 * Whether a date lies in the future is for the caller to decide, with {@link #isAfter(LocalDate)}.
 */
public record PartialDate(Integer year, Integer month, Integer day) implements Comparable<PartialDate> {

	private static final Comparator<Integer> UNKNOWN_FIRST = Comparator.nullsFirst(Comparator.naturalOrder());
	private static final Comparator<PartialDate> ORDER = Comparator.comparing(PartialDate::year, UNKNOWN_FIRST)
		.thenComparing(PartialDate::month, UNKNOWN_FIRST)
		.thenComparing(PartialDate::day, UNKNOWN_FIRST);

	public PartialDate {
		if (year == null) {
			throw new IllegalArgumentException(month == null && day == null
					? "A date of birth needs at least a year."
					: "A date of birth with a month or day needs a year too.");
		}
		if (year < 1 || year > 9999) {
			throw new IllegalArgumentException("The year " + year + " is not a year of birth.");
		}
		if (month == null && day != null) {
			throw new IllegalArgumentException("A date of birth with a day needs a month too.");
		}
		if (month != null && (month < 1 || month > 12)) {
			throw new IllegalArgumentException("There is no month " + month + "; months run from 1 to 12.");
		}
		if (day != null) {
			int days = Month.of(month).length(Year.isLeap(year));
			if (day < 1 || day > days) {
				throw new IllegalArgumentException("There is no " + day + " " + monthName(month) + " " + year + ": "
						+ monthName(month) + " " + year + " has " + days + " days.");
			}
		}
	}

	public static PartialDate ofYear(int year) {
		return new PartialDate(year, null, null);
	}

	public static PartialDate ofYearMonth(int year, int month) {
		return new PartialDate(year, month, null);
	}

	public static PartialDate of(int year, int month, int day) {
		return new PartialDate(year, month, day);
	}

	public static PartialDate of(LocalDate date) {
		return new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
	}

	/** Reads {@code 1998}, {@code 1998-04} or {@code 1998-04-17}; anything else is refused with a readable message. */
	public static PartialDate parse(String text) {
		String trimmed = text == null ? "" : text.strip();
		if (!trimmed.matches("\\d{4}(-\\d{1,2}(-\\d{1,2})?)?")) {
			throw new IllegalArgumentException("\"" + trimmed + "\" is not a date of birth; write it as 1998, 1998-04 or 1998-04-17.");
		}
		String[] parts = trimmed.split("-");
		return new PartialDate(Integer.valueOf(parts[0]), parts.length > 1 ? Integer.valueOf(parts[1]) : null,
				parts.length > 2 ? Integer.valueOf(parts[2]) : null);
	}

	public boolean isComplete() {
		return day != null;
	}

	/**
	 * Whether this date certainly lies after the given day: a partial date is after it only if its earliest
	 * possible day is, so "2031" is after today but "this year" is not.
	 */
	public boolean isAfter(LocalDate date) {
		LocalDate earliest = LocalDate.of(year, month == null ? 1 : month, day == null ? 1 : day);
		return earliest.isAfter(date);
	}

	/** Orders by year, then month, then day, a missing part before any known one. */
	@Override
	public int compareTo(PartialDate other) {
		return ORDER.compare(this, other);
	}

	@Override
	public String toString() {
		if (month == null) {
			return "%04d".formatted(year);
		}
		return day == null ? "%04d-%02d".formatted(year, month) : "%04d-%02d-%02d".formatted(year, month, day);
	}

	private static String monthName(int month) {
		try {
			String name = Month.of(month).name();
			return name.charAt(0) + name.substring(1).toLowerCase(java.util.Locale.ROOT);
		}
		catch (DateTimeException e) {
			return "month " + month;
		}
	}
}
