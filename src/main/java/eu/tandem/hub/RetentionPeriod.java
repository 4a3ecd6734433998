package eu.tandem.hub;

import java.time.Period;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How long after a case closes its shared data is kept, read from an agreement's retention clause as the parties
 * wrote it: "24 months after the case is closed, then deleted", "2 years after closure".
 */
public record RetentionPeriod(Period afterClosure) {

	private static final Pattern PERIOD = Pattern.compile("(\\d{1,3})\\s*(months?|years?)\\b");

	public static Optional<RetentionPeriod> parse(String clause) {
		var match = PERIOD.matcher(clause == null ? "" : clause.toLowerCase(Locale.ROOT));
		if (!match.find()) {
			return Optional.empty();
		}
		var count = Integer.parseInt(match.group(1));
		return Optional.of(new RetentionPeriod(match.group(2).startsWith("month") ? Period.ofMonths(count) : Period.ofYears(count)));
	}

	/** In months, to compare periods written in months with periods written in years. */
	public long months() {
		return afterClosure.toTotalMonths();
	}
}
