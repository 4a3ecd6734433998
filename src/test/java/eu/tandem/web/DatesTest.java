package eu.tandem.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.TimeZone;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.i18n.SimpleTimeZoneAwareLocaleContext;

/** Dates as each language writes them; moments in the reader's time zone, so "today" is the hub's today. */
class DatesTest {

	final Dates dates = new Dates();
	/** Half past eleven at night in London is already the next day in Berlin and Copenhagen. */
	final Instant lateEvening = Instant.parse("2026-12-03T23:30:00Z");

	@AfterEach
	void forget() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void eachLanguageWritesTheDateItsOwnWay() {
		var day = LocalDate.of(2026, 12, 3);
		assertThat(in(Language.ENGLISH, "Europe/London").day(day)).isEqualTo("3 December 2026");
		assertThat(in(Language.GERMAN, "Europe/Berlin").day(day)).isEqualTo("3. Dezember 2026");
		assertThat(in(Language.DANISH, "Europe/Copenhagen").day(day)).isEqualTo("3. december 2026");
		assertThat(in(Language.FRENCH, "Europe/Paris").day(day)).isEqualTo("3 décembre 2026");
		assertThat(in(Language.DUTCH, "Europe/Amsterdam").day(day)).isEqualTo("3 december 2026");
	}

	@Test
	void aMomentIsShownInTheReadersTimeZone() {
		assertThat(in(Language.ENGLISH, "Europe/London").dayAndTime(lateEvening)).isEqualTo("3 December 2026, 23:30");
		assertThat(in(Language.GERMAN, "Europe/Berlin").dayAndTime(lateEvening)).isEqualTo("4. Dezember 2026, 00:30");
		assertThat(in(Language.DANISH, "Europe/Copenhagen").time(lateEvening)).isEqualTo("00.30");
	}

	@Test
	void nothingIsWrittenForNoValue() {
		assertThat(in(Language.GERMAN, "Europe/Berlin").shortDayAndTime(null)).isEmpty();
	}

	private Dates in(Language language, String zone) {
		LocaleContextHolder.setLocaleContext(new SimpleTimeZoneAwareLocaleContext(language.locale(), TimeZone.getTimeZone(zone)));
		return dates;
	}
}
