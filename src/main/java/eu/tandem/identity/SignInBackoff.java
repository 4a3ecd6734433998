package eu.tandem.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How long sign-in pauses after failed attempts for one username: the first {@value #FREE_ATTEMPTS}
 * failures cost nothing (people mistype), then each further failure doubles the wait from one second, and
 * from {@value #LOCK_AFTER} failures on the username is locked for the lockout period. A success clears it.
 */
record SignInBackoff(Duration lockout) {

	static final int FREE_ATTEMPTS = 3;
	static final int LOCK_AFTER = 10;

	Duration pauseAfter(int failures) {
		if (failures < FREE_ATTEMPTS) {
			return Duration.ZERO;
		}
		if (failures >= LOCK_AFTER) {
			return lockout;
		}
		return Duration.ofSeconds(1L << (failures - FREE_ATTEMPTS));
	}

	/** When the next attempt may be made, if that is later than {@code now}. */
	Optional<Instant> pausedUntil(int failures, Instant lastFailure, Instant now) {
		var until = lastFailure.plus(pauseAfter(failures));
		return until.isAfter(now) ? Optional.of(until) : Optional.empty();
	}
}
