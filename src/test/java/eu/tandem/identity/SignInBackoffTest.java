package eu.tandem.identity;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SignInBackoffTest {

	final SignInBackoff backoff = new SignInBackoff(Duration.ofMinutes(15));
	final Instant lastFailure = Instant.parse("2026-11-26T10:00:00Z");

	@Test
	void firstFailuresCostNothing() {
		for (int failures = 0; failures < SignInBackoff.FREE_ATTEMPTS; failures++) {
			assertThat(backoff.pauseAfter(failures)).isZero();
			assertThat(backoff.pausedUntil(failures, lastFailure, lastFailure)).isEmpty();
		}
	}

	@Test
	void eachFurtherFailureDoublesThePause() {
		assertThat(backoff.pauseAfter(3)).isEqualTo(Duration.ofSeconds(1));
		assertThat(backoff.pauseAfter(4)).isEqualTo(Duration.ofSeconds(2));
		assertThat(backoff.pauseAfter(5)).isEqualTo(Duration.ofSeconds(4));
		assertThat(backoff.pauseAfter(9)).isEqualTo(Duration.ofSeconds(64));
	}

	@Test
	void tenFailuresLockForTheLockoutPeriod() {
		assertThat(backoff.pauseAfter(10)).isEqualTo(Duration.ofMinutes(15));
		assertThat(backoff.pauseAfter(25)).isEqualTo(Duration.ofMinutes(15));
	}

	@Test
	void pauseEndsOnTime() {
		assertThat(backoff.pausedUntil(5, lastFailure, lastFailure.plusSeconds(3))).contains(lastFailure.plusSeconds(4));
		assertThat(backoff.pausedUntil(5, lastFailure, lastFailure.plusSeconds(4))).isEmpty();
		assertThat(backoff.pausedUntil(12, lastFailure, lastFailure.plus(Duration.ofMinutes(14)))).isPresent();
		assertThat(backoff.pausedUntil(12, lastFailure, lastFailure.plus(Duration.ofMinutes(15)))).isEmpty();
	}
}
