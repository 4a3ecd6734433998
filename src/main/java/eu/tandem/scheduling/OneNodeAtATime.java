package eu.tandem.scheduling;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;

/**
 * Runs a job's work only where nobody else is running the same job: the first node to take the job's PostgreSQL
 * advisory lock runs it, and a node (or thread) that comes while it runs skips its turn instead of waiting to do the
 * same work again. The lock is taken with {@code pg_try_advisory_xact_lock} in a transaction of its own, on a
 * connection held for as long as the work runs; the work keeps its own transactions (a job erasing case by case
 * commits case by case). Ending that transaction releases the lock — after the work, when the work fails, and when
 * the node or its connection dies — so a lock is never left behind.
 * <p>
 * It excludes overlapping runs, not a second run soon after the first (a node whose clock is a second late): the jobs
 * are written so that running again finds nothing left to do. If the database drops the lock's connection mid-run,
 * another node may start while this one finishes; the jobs stay safe then too (retention claims each case under a row
 * lock before erasing it).
 */
@Component
public class OneNodeAtATime {

	private static final Logger log = LoggerFactory.getLogger(OneNodeAtATime.class);

	private final DataSource dataSource;

	OneNodeAtATime(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	/** Runs the work unless the job is running elsewhere; whether it ran. */
	public boolean run(String job, Runnable work) {
		return call(job, () -> {
			work.run();
			return Boolean.TRUE;
		}).isPresent();
	}

	/** The work's result (never null), or empty when the job was running elsewhere and the work did not run. */
	public <T> Optional<T> call(String job, Supplier<T> work) {
		try (var connection = dataSource.getConnection(); var transaction = LockTransaction.begin(connection)) {
			if (!transaction.tryLock(keyOf(job))) {
				log.info("Job {} is running on another node or thread; this turn is skipped", job);
				return Optional.empty();
			}
			return Optional.of(work.get());
		}
		catch (SQLException e) {
			throw new DataAccessResourceFailureException("Cannot take the lock of job " + job + ": " + e.getMessage(), e);
		}
	}

	/**
	 * The advisory lock's key: the first 8 bytes of SHA-256 over the job's name. Stable across JVMs and versions, so that
	 * nodes of different releases (a rolling upgrade) still exclude each other; {@link String#hashCode} would be stable
	 * too, but 32 bits of it collide more readily with other locks of the database.
	 */
	static long keyOf(String job) {
		try {
			var digest = MessageDigest.getInstance("SHA-256").digest(("tandem job " + job).getBytes(StandardCharsets.UTF_8));
			return ByteBuffer.wrap(digest).getLong();
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("Every JDK has SHA-256", e);
		}
	}

	/** The lock's own transaction: rolled back on close, which ends it and releases the lock; nothing else is done in it. */
	private record LockTransaction(Connection connection) implements AutoCloseable {

		static LockTransaction begin(Connection connection) throws SQLException {
			connection.setAutoCommit(false);
			return new LockTransaction(connection);
		}

		boolean tryLock(long key) throws SQLException {
			try (var statement = connection.prepareStatement("select pg_try_advisory_xact_lock(?)")) {
				statement.setLong(1, key);
				try (var result = statement.executeQuery()) {
					return result.next() && result.getBoolean(1);
				}
			}
		}

		@Override
		public void close() throws SQLException {
			connection.rollback();
		}
	}
}
