package eu.tandem.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import eu.tandem.agency.Country;
import org.junit.jupiter.api.Test;

/** A hub's today is the day where it works, which its agreements are judged on. */
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
}
