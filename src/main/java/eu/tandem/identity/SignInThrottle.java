package eu.tandem.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per username in the database, so that every node sees the same count. Names that
 * match no account are counted the same way, so the answer never tells whether an account exists.
 */
@Component
class SignInThrottle {

	/** After a day without failures, the count starts again. */
	private static final Duration MEMORY = Duration.ofHours(24);

	private final JdbcClient jdbc;
	private final Clock clock;
	private final SignInBackoff backoff;

	SignInThrottle(JdbcClient jdbc, Clock clock, @Value("${tandem.sign-in.lockout:15m}") Duration lockout) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.backoff = new SignInBackoff(lockout);
	}

	Optional<Instant> pausedUntil(String username) {
		var now = clock.instant();
		return jdbc.sql("select failures, last_failure_at from identity.sign_in_throttle where username_key = :key")
			.param("key", key(username))
			.query((rs, row) -> backoff.pausedUntil(rs.getInt("failures"), rs.getTimestamp("last_failure_at").toInstant(), now))
			.optional()
			.flatMap(until -> until);
	}

	void recordFailure(String username) {
		var now = clock.instant();
		jdbc.sql("""
				insert into identity.sign_in_throttle (username_key, failures, last_failure_at)
				values (:key, 1, :now)
				on conflict (username_key) do update
				   set failures = case when identity.sign_in_throttle.last_failure_at < :forgetBefore then 1
				                       else identity.sign_in_throttle.failures + 1 end,
				       last_failure_at = excluded.last_failure_at
				""")
			.param("key", key(username))
			.param("now", Timestamp.from(now))
			.param("forgetBefore", Timestamp.from(now.minus(MEMORY)))
			.update();
	}

	void clear(String username) {
		jdbc.sql("delete from identity.sign_in_throttle where username_key = :key").param("key", key(username)).update();
	}

	private static String key(String username) {
		try {
			var normalised = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
			var digest = MessageDigest.getInstance("SHA-256").digest(normalised.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is missing from this JVM", e);
		}
	}
}
