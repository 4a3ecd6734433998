package eu.tandem.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Counts sign-in attempts per username in the database, so that every node sees the same count. An attempt
 * is counted when it is admitted, under a row lock and before the password or code is checked, so that
 * parallel attempts cannot slip past the count; a completed sign-in clears it. Names that match no account
 * are counted the same way, so the answer never tells whether an account exists.
 */
@Component
class SignInThrottle {

	/** After a day without attempts, the count starts again. */
	private static final Duration MEMORY = Duration.ofHours(24);

	private final JdbcClient jdbc;
	private final TransactionOperations transactions;
	private final Clock clock;
	private final SignInBackoff backoff;

	SignInThrottle(JdbcClient jdbc, TransactionOperations transactions, Clock clock,
			@Value("${tandem.sign-in.lockout:15m}") Duration lockout) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
		this.backoff = new SignInBackoff(lockout);
	}

	/**
	 * Lets one attempt for this username go ahead and counts it, or refuses it with the time from which the
	 * next attempt may be made.
	 */
	Optional<Instant> admit(String username) {
		var key = key(username);
		return transactions.execute(tx -> {
			// PostgreSQL keeps microseconds and rounds; a rounded-up "now" would pause the very first attempt
			var now = clock.instant().truncatedTo(ChronoUnit.MICROS);
			jdbc.sql("""
					insert into identity.sign_in_throttle (username_key, failures, last_failure_at)
					values (:key, 0, :now) on conflict (username_key) do nothing
					""")
				.param("key", key)
				.param("now", Timestamp.from(now))
				.update();
			var counted = jdbc.sql("select failures, last_failure_at from identity.sign_in_throttle where username_key = :key for update")
				.param("key", key)
				.query((rs, row) -> new Counted(rs.getInt("failures"), rs.getTimestamp("last_failure_at").toInstant()))
				.single();
			var paused = backoff.pausedUntil(counted.failures(), counted.last(), now);
			if (paused.isPresent()) {
				return paused;
			}
			var forgotten = counted.last().isBefore(now.minus(MEMORY));
			jdbc.sql("update identity.sign_in_throttle set failures = :failures, last_failure_at = :now where username_key = :key")
				.param("key", key)
				.param("failures", forgotten ? 1 : counted.failures() + 1)
				.param("now", Timestamp.from(now))
				.update();
			return Optional.<Instant>empty();
		});
	}

	private record Counted(int failures, Instant last) {
	}

	void clear(String username) {
		jdbc.sql("delete from identity.sign_in_throttle where username_key = :key").param("key", key(username)).update();
	}

	/** The stored key: a SHA-256 digest of the normalised name, so attempted names are not kept. */
	static String key(String username) {
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
