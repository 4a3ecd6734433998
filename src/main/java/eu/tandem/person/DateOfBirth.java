package eu.tandem.person;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.Period;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;

import eu.tandem.kernel.InvalidInput;
import org.jspecify.annotations.Nullable;

/**
 * A date of birth as far as it is known: a year, a year and month, or a whole date. Concerns arrive
 * incomplete; a date that cannot exist (31 February) or lies in the future is refused.
 */
public record DateOfBirth(int year, @Nullable Integer month, @Nullable Integer day) {

	public DateOfBirth {
		if (day != null && month == null) {
			throw new InvalidInput("dateOfBirth", "A day of birth needs its month too.");
		}
		if (year < 1900) {
			throw new InvalidInput("dateOfBirth", "Enter a year of birth from 1900 on.");
		}
		if (month != null && (month < 1 || month > 12)) {
			throw new InvalidInput("dateOfBirth", "A month is 1 to 12.");
		}
		if (day != null) {
			try {
				LocalDate.of(year, month, day);
			}
			catch (DateTimeException impossible) {
				throw new InvalidInput("dateOfBirth", "There is no " + day + " " + YearMonth.of(year, month).getMonth()
					.getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + year + ". Check the date.");
			}
		}
	}

	/** Reads what a form gives: each part may be blank; nothing at all is no date of birth. */
	public static @Nullable DateOfBirth of(@Nullable String year, @Nullable String month, @Nullable String day, LocalDate today) {
		var y = number(year, "year");
		var m = number(month, "month");
		var d = number(day, "day");
		if (y == null && m == null && d == null) {
			return null;
		}
		if (y == null) {
			throw new InvalidInput("dateOfBirth", "Enter at least the year of birth, or leave the date empty.");
		}
		var date = new DateOfBirth(y, m, d);
		if (date.earliest().isAfter(today)) {
			throw new InvalidInput("dateOfBirth", "The date of birth is in the future. Check it.");
		}
		return date;
	}

	private static @Nullable Integer number(@Nullable String text, String part) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(text.strip());
		}
		catch (NumberFormatException notANumber) {
			throw new InvalidInput("dateOfBirth", "The " + part + " of birth is a number.");
		}
	}

	/** The first day it could be. */
	public LocalDate earliest() {
		return LocalDate.of(year, month == null ? 1 : month, day == null ? 1 : day);
	}

	/** Age in whole years on a day, as far as it can be known (assuming the latest possible birthday). */
	public int ageOn(LocalDate day) {
		var latest = this.day != null ? LocalDate.of(year, month, this.day)
				: month != null ? YearMonth.of(year, month).atEndOfMonth() : LocalDate.of(year, 12, 31);
		return Math.max(0, Period.between(latest, day).getYears());
	}

	/** Whether someone born on this day could be the person: the year agrees, and the month and day where known. */
	public boolean couldBe(LocalDate date) {
		return year == date.getYear() && (month == null || month == date.getMonthValue())
				&& (day == null || day == date.getDayOfMonth());
	}

	/** "14 March 2011", "March 2011" or "2011". */
	public String inWords() {
		var months = Month.of(month == null ? 1 : month).getDisplayName(TextStyle.FULL,
				Locale.ENGLISH);
		return day != null ? day + " " + months + " " + year : month != null ? months + " " + year : String.valueOf(year);
	}
}
