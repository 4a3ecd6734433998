package eu.tandem.privacy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.i18n.SimpleTimeZoneAwareLocaleContext;

/**
 * Dates and times as a person reads them in an answer to their request: "2 December 2026", "2. Dezember 2026 10:23",
 * in the request's language, English where it asks for none of Tandem's. An answer is compiled in the language the
 * officer chose for the person ({@link #compiling}), which every holder's words and dates follow; elsewhere (the
 * access history a data protection officer reads) it is the officer's screen language. Times are UTC, as everywhere in
 * the answer; the answer says so once.
 */
public final class InWords {

	/** The languages Tandem writes in; the web module's list, repeated here because this module may not depend on it. */
	private static final Set<String> LANGUAGES = Set.of("en", "de", "da", "fr", "nl");

	private InWords() {
	}

	public static @Nullable String date(@Nullable LocalDate date) {
		return date == null ? null : day(locale()).format(date);
	}

	/** A month of a year, for a date known only so far: "March 2011", "März 2011". */
	public static String month(YearMonth month) {
		return DateTimeFormatter.ofPattern("LLLL yyyy", locale()).format(month);
	}

	public static @Nullable String date(@Nullable Instant moment) {
		return date(moment, locale());
	}

	/** The day of a moment in a given language, for an answer written in the language it was compiled in. */
	public static @Nullable String date(@Nullable Instant moment, Locale language) {
		return moment == null ? null : day(language).format(moment.atZone(ZoneOffset.UTC));
	}

	public static @Nullable String moment(@Nullable Instant moment) {
		return moment(moment, locale());
	}

	/** A moment in a given language, for an answer written in the language it was compiled in. */
	public static @Nullable String moment(@Nullable Instant moment, Locale language) {
		return moment == null ? null : date(moment, language) + " " + clock(moment, language);
	}

	/** Only the time of day, for a range within one day: "10:23" ("10.23" in Danish). */
	public static String clock(Instant moment) {
		return clock(moment, locale());
	}

	private static String clock(Instant moment, Locale language) {
		return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(language).withZone(ZoneOffset.UTC).format(moment);
	}

	private static DateTimeFormatter day(Locale language) {
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language);
	}

	/**
	 * Compiles an answer in its language: the holders' words and dates, which each looks up in the request's language,
	 * are written in the answer's whatever the officer's screens are in, and the officer's screens are theirs again
	 * afterwards.
	 */
	public static <T> T compiling(Locale language, Supplier<T> answer) {
		var request = LocaleContextHolder.getLocaleContext();
		// the language only: the request's time zone stays, for whatever formats a time while the answer is compiled
		LocaleContextHolder.setLocaleContext(new SimpleTimeZoneAwareLocaleContext(language, LocaleContextHolder.getTimeZone()));
		try {
			return answer.get();
		}
		finally {
			LocaleContextHolder.setLocaleContext(request);
		}
	}

	/** The locale dates are written in for a language's two-letter code; British English for none or one Tandem lacks. */
	public static Locale locale(@Nullable String language) {
		return language == null || !LANGUAGES.contains(language) || language.equals("en") ? Locale.UK : Locale.of(language);
	}

	/**
	 * The request's language, British English for English and for a language Tandem does not write; English too where
	 * no request asks (a job, a test), rather than the server's own language.
	 */
	private static Locale locale() {
		var asked = LocaleContextHolder.getLocaleContext() == null ? null : LocaleContextHolder.getLocale();
		return asked == null || !LANGUAGES.contains(asked.getLanguage()) || asked.getLanguage().equals("en") ? Locale.UK
				: Locale.of(asked.getLanguage(), asked.getCountry());
	}
}
