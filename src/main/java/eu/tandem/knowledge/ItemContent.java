package eu.tandem.knowledge;

import java.time.LocalDate;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * What one version of an item says. Which fields an item uses depends on its type: a meeting has a working group
 * and dates, a practice a country, a lesson only its text (in {@link #body()}).
 */
record ItemContent(@Nullable String themeKey, @Nullable String subthemeKey, @Nullable String section, @Nullable String title,
		@Nullable String body, @Nullable MeetingKind kind, @Nullable String workingGroup, @Nullable LocalDate startDate,
		@Nullable LocalDate endDate, @Nullable DatePrecision datePrecision, @Nullable String place, @Nullable String country,
		@Nullable String countryCode, @Nullable Scope scope, @Nullable String sourceUrl, @Nullable QuestionStatus questionStatus,
		List<String> meetingKeys) {

	ItemContent {
		meetingKeys = List.copyOf(meetingKeys);
	}

	enum MeetingKind {
		MEETING, PAPER
	}

	enum DatePrecision {
		DAY, MONTH, YEAR
	}

	enum Scope {
		LOCAL, NATIONAL
	}

	/** Where an open question stands; screens name it with the bundle's {@code knowledge.question.OPEN}. */
	enum QuestionStatus {
		OPEN, EXPLORING, ANSWERED
	}

	/**
	 * The date as precisely as the paper gives it, as the reader's language writes it: "10–11 April 2018",
	 * "10.–11. April 2018", "April 2019", "2016". The day and month of a range's start are the language's long date
	 * without what the end repeats.
	 */
	public @Nullable String dateInWords(Locale locale) {
		if (startDate == null) {
			return null;
		}
		var precision = datePrecision == null ? DatePrecision.DAY : datePrecision;
		return switch (precision) {
			case YEAR -> String.valueOf(startDate.getYear());
			case MONTH -> startDate.format(DateTimeFormatter.ofPattern("LLLL yyyy", locale));
			case DAY -> endDate == null || endDate.equals(startDate) ? startDate.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
				.withLocale(locale)) : range(startDate, endDate, locale);
		};
	}

	private static String range(LocalDate from, LocalDate to, Locale locale) {
		var whole = DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.LONG, null, IsoChronology.INSTANCE, locale);
		// "d. MMMM y" without the year is the day and month, without the month too the day: "d. MMMM", "d."
		var dayAndMonth = whole.replaceAll("[\\s,]*y+\\s*$", "");
		var day = dayAndMonth.replaceAll("\\s*M+\\s*", "");
		var end = to.format(DateTimeFormatter.ofPattern(whole, locale));
		if (from.getYear() != to.getYear()) {
			return from.format(DateTimeFormatter.ofPattern(whole, locale)) + " – " + end;
		}
		if (from.getMonth() != to.getMonth()) {
			return from.format(DateTimeFormatter.ofPattern(dayAndMonth, locale)) + " – " + end;
		}
		return from.format(DateTimeFormatter.ofPattern(day, locale)) + "–" + end;
	}

	/** The heading of the item: its title, or the start of its text for lessons and open questions. */
	public String heading() {
		if (title != null && !title.isBlank()) {
			return title;
		}
		var text = body == null ? "" : body;
		return text.length() <= 140 ? text : text.substring(0, text.lastIndexOf(' ', 140) > 0 ? text.lastIndexOf(' ', 140) : 140) + "…";
	}
}
