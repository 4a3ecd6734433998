package eu.tandem.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import eu.tandem.agency.Country;
import eu.tandem.hub.Hub;
import eu.tandem.hub.HubDetails;
import eu.tandem.hub.HubId;
import eu.tandem.hub.HubLevel;
import org.junit.jupiter.api.Test;

/** A hub's "today", and so the year of its references, is the day in the hub's own time zone, not in UTC. */
class HubCalendarTest {

	static Hub hubIn(String country) {
		return new Hub(new HubId(UUID.randomUUID()), "HUB", new HubDetails("Hub", HubLevel.LOCAL, new Country(country), null, null,
				null, null, null, null, null, null, null, null), List.of(), List.of(), false, 0);
	}

	static Clock at(String instant) {
		return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
	}

	@Test
	void aReferralFiledInAGermanHubAtHalfPastElevenUtcOnNewYearsEveIsOfTheNewYear() {
		var newYearInBerlin = at("2026-12-31T23:30:00Z");

		assertThat(HubCalendar.today(hubIn("DE"), newYearInBerlin)).isEqualTo(LocalDate.of(2027, 1, 1));
		assertThat(HubCalendar.today(hubIn("DE"), newYearInBerlin).getYear()).as("the year of the reference").isEqualTo(2027);
	}

	@Test
	void aHubOnUtcInWinterCountsTheOldYearUntilMidnight() {
		assertThat(HubCalendar.today(hubIn("GB"), at("2026-12-31T23:30:00Z"))).isEqualTo(LocalDate.of(2026, 12, 31));
		assertThat(HubCalendar.today(hubIn("IE"), at("2027-01-01T00:00:00Z"))).isEqualTo(LocalDate.of(2027, 1, 1));
	}

	@Test
	void summerTimeCountsToo() {
		// 22:30 UTC on 30 June is already 1 July in Copenhagen (UTC+2), still 30 June in Lisbon (UTC+1)
		assertThat(HubCalendar.today(hubIn("DK"), at("2026-06-30T22:30:00Z"))).isEqualTo(LocalDate.of(2026, 7, 1));
		assertThat(HubCalendar.today(hubIn("PT"), at("2026-06-30T22:30:00Z"))).isEqualTo(LocalDate.of(2026, 6, 30));
	}

	@Test
	void aHubInACountryWithoutAKnownZoneUsesCentralEuropeanTime() {
		assertThat(HubCalendar.zoneOf(hubIn("US"))).isEqualTo(eu.tandem.web.TimeZones.DEFAULT);
	}
}
