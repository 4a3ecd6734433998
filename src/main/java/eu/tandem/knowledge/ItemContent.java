package eu.tandem.knowledge;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
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

	enum QuestionStatus {
		OPEN("Open"), EXPLORING("Being explored at a meeting"), ANSWERED("Answered");

		private final String label;

		QuestionStatus(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}

	/** The date as precisely as the paper gives it: "10–11 April 2018", "April 2019", "2016". */
	public @Nullable String dateInWords() {
		if (startDate == null) {
			return null;
		}
		var precision = datePrecision == null ? DatePrecision.DAY : datePrecision;
		return switch (precision) {
			case YEAR -> String.valueOf(startDate.getYear());
			case MONTH -> startDate.format(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH));
			case DAY -> endDate == null || endDate.equals(startDate) ? startDate.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH))
					: range(startDate, endDate);
		};
	}

	private static String range(LocalDate from, LocalDate to) {
		var end = to.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH));
		if (from.getYear() != to.getYear()) {
			return from.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)) + " – " + end;
		}
		if (from.getMonth() != to.getMonth()) {
			return from.format(DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH)) + " – " + end;
		}
		return from.getDayOfMonth() + "–" + end;
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
