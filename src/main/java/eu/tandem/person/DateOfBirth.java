package eu.tandem.person;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.function.Supplier;

import eu.tandem.kernel.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A date of birth as far as it is known: a year, a year and month, or a whole date. Concerns arrive
 * incomplete; a date that cannot exist (31 February) or lies in the future is refused.
 */
public record DateOfBirth(int year, @Nullable Integer month, @Nullable Integer day) {

	public DateOfBirth {
		if (day != null && month == null) {
			throw InvalidInput.of("dateOfBirth", "person.error.dayWithoutMonth");
		}
		if (year < 1900) {
			throw InvalidInput.of("dateOfBirth", "person.error.yearBefore1900");
		}
		if (month != null && (month < 1 || month > 12)) {
			throw InvalidInput.of("dateOfBirth", "person.error.monthOutOfRange");
		}
		if (day != null) {
			try {
				LocalDate.of(year, month, day);
			}
			catch (DateTimeException impossible) {
				// the month by its name in the reader's language; day and year as typed, not as numbers to format
				throw InvalidInput.of("dateOfBirth", "person.error.noSuchDay", String.valueOf(day),
						new DefaultMessageSourceResolvable("person.month." + month), String.valueOf(year));
			}
		}
	}

	/** Reads what a form gives: each part may be blank; nothing at all is no date of birth. */
	public static @Nullable DateOfBirth of(@Nullable String year, @Nullable String month, @Nullable String day, LocalDate today) {
		var y = number(year, () -> InvalidInput.of("dateOfBirth", "person.error.yearNotANumber"));
		var m = number(month, () -> InvalidInput.of("dateOfBirth", "person.error.monthNotANumber"));
		var d = number(day, () -> InvalidInput.of("dateOfBirth", "person.error.dayNotANumber"));
		if (y == null && m == null && d == null) {
			return null;
		}
		if (y == null) {
			throw InvalidInput.of("dateOfBirth", "person.error.yearMissing");
		}
		var date = new DateOfBirth(y, m, d);
		if (date.earliest().isAfter(today)) {
			throw InvalidInput.of("dateOfBirth", "person.error.bornInTheFuture");
		}
		return date;
	}

	private static @Nullable Integer number(@Nullable String text, Supplier<InvalidInput> notANumber) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(text.strip());
		}
		catch (NumberFormatException refused) {
			throw notANumber.get();
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
}
