package eu.tandem.privacy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Dates and times as a person reads them in an answer to their request: "2 December 2026", "2 December 2026 10:23".
 * Times are UTC, as everywhere in Tandem; the answer says so once.
 */
public final class InWords {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
	private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", Locale.ENGLISH)
		.withZone(ZoneOffset.UTC);
	private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH).withZone(ZoneOffset.UTC);

	private InWords() {
	}

	public static @Nullable String date(@Nullable LocalDate date) {
		return date == null ? null : DAY.format(date);
	}

	public static @Nullable String date(@Nullable Instant moment) {
		return moment == null ? null : DAY.format(moment.atZone(ZoneOffset.UTC));
	}

	public static @Nullable String moment(@Nullable Instant moment) {
		return moment == null ? null : MOMENT.format(moment);
	}

	/** Only the time of day, for a range within one day: "10:23". */
	public static String clock(Instant moment) {
		return CLOCK.format(moment);
	}

	/** "Yes" or "No". */
	public static String yesNo(boolean value) {
		return value ? "Yes" : "No";
	}
}
