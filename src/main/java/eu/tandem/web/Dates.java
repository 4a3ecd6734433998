package eu.tandem.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Dates and times as the reader's language writes them ("3 December 2026", "3. Dezember 2026"), and moments in the
 * reader's time zone: the request's locale and zone, which {@code LocaleContextHolder} holds. Templates call it as
 * {@code ${@dates.day(file.openedAt)}}; an absent value is written as nothing.
 */
@Component("dates")
public class Dates {

	/** "3 December 2026": a date, or the day of a moment. */
	public String day(@Nullable Object value) {
		return format(value, DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG));
	}

	/** "3 Dec 2026": a date in a table or a list. */
	public String shortDay(@Nullable Object value) {
		return format(value, DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM));
	}

	/** "3 December 2026, 14:05": a moment. */
	public String dayAndTime(@Nullable Object value) {
		return value == null ? "" : day(value) + ", " + time(value);
	}

	/** "3 Dec 2026, 14:05": a moment in a table or a list. */
	public String shortDayAndTime(@Nullable Object value) {
		return value == null ? "" : shortDay(value) + ", " + time(value);
	}

	/** "14:05": the time of a moment. */
	public String time(@Nullable Object value) {
		return format(value, DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT));
	}

	/** "December 2026". */
	public String month(@Nullable Object value) {
		return format(value, DateTimeFormatter.ofPattern("LLLL yyyy"));
	}

	private static String format(@Nullable Object value, DateTimeFormatter style) {
		if (value == null) {
			return "";
		}
		var formatter = style.withLocale(locale()).withZone(zone());
		return switch (value) {
			case Instant moment -> formatter.format(moment);
			case LocalDate date -> formatter.format(date);
			case TemporalAccessor other -> formatter.format(other);
			default -> throw new IllegalArgumentException("Not a date or a moment: " + value.getClass().getName());
		};
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

	/** The reader's time zone, in which screens show times and a day begins; the default zone where a request has none. */
	public static ZoneId zone() {
		var zone = LocaleContextHolder.getTimeZone();
		return zone == null ? TimeZones.DEFAULT : zone.toZoneId();
	}
}
