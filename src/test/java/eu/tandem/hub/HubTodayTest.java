package eu.tandem.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import eu.tandem.agency.Country;
import eu.tandem.web.TimeZones;
import org.junit.jupiter.api.Test;

/**
 * A hub's today is the day where it works, in its own time zone, not in UTC: the day its agreements are judged on and
 * the year its references count in.
 */
class HubTodayTest {

	static Hub hubIn(String country) {
		return new Hub(HubId.random(), "HUB", new HubDetails("Hub", HubLevel.LOCAL, new Country(country), null, null, null, null,
				null, null, null, null, null, null), List.of(), List.of(), false, 0);
	}

	@Test
	void halfPastElevenInTheEveningInLondonIsAlreadyTomorrowInAugsburg() {
		var lateInTheEvening = Clock.fixed(Instant.parse("2026-12-03T23:30:00Z"), ZoneOffset.UTC);

		assertThat(hubIn("DE").today(lateInTheEvening)).isEqualTo(LocalDate.of(2026, 12, 4));
		assertThat(hubIn("GB").today(lateInTheEvening)).isEqualTo(LocalDate.of(2026, 12, 3));
	}

	static Clock at(String instant) {
		return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
	}

	@Test
	void aReferralFiledInAGermanHubAtHalfPastElevenUtcOnNewYearsEveIsOfTheNewYear() {
		var newYearInBerlin = at("2026-12-31T23:30:00Z");

		assertThat(hubIn("DE").today(newYearInBerlin)).isEqualTo(LocalDate.of(2027, 1, 1));
		assertThat(hubIn("DE").today(newYearInBerlin).getYear()).as("the year of the reference").isEqualTo(2027);
	}

	@Test
	void aHubOnUtcInWinterCountsTheOldYearUntilMidnight() {
		assertThat(hubIn("GB").today(at("2026-12-31T23:30:00Z"))).isEqualTo(LocalDate.of(2026, 12, 31));
		assertThat(hubIn("IE").today(at("2027-01-01T00:00:00Z"))).isEqualTo(LocalDate.of(2027, 1, 1));
	}

	@Test
	void summerTimeCountsToo() {
		// 22:30 UTC on 30 June is already 1 July in Copenhagen (UTC+2), still 30 June in Lisbon (UTC+1)
		assertThat(hubIn("DK").today(at("2026-06-30T22:30:00Z"))).isEqualTo(LocalDate.of(2026, 7, 1));
		assertThat(hubIn("PT").today(at("2026-06-30T22:30:00Z"))).isEqualTo(LocalDate.of(2026, 6, 30));
	}

	@Test
	void aHubInACountryWithoutAKnownZoneUsesCentralEuropeanTime() {
		assertThat(hubIn("US").zone()).isEqualTo(TimeZones.DEFAULT);
	}
}
