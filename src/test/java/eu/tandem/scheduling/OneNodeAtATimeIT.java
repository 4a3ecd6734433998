package eu.tandem.scheduling;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import eu.tandem.support.TandemIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Two nodes, each with connections of its own, on the application's PostgreSQL. */
@TandemIntegrationTest
class OneNodeAtATimeIT {

	@Autowired
	DataSource application;

	OneNodeAtATime node() {
		var database = (HikariDataSource) application;
		return new OneNodeAtATime(new DriverManagerDataSource(database.getJdbcUrl(), database.getUsername(), database.getPassword()));
	}

	@Test
	void aJobRunsOnOneNodeAtATimeAndTheOtherSkipsItsTurn() throws Exception {
		var first = node();
		var second = node();
		var started = new CountDownLatch(1);
		var finish = new CountDownLatch(1);
		var runs = new AtomicInteger();
		var pool = Executors.newSingleThreadExecutor();
		try {
			var running = pool.submit(() -> first.run("test.job", () -> {
				runs.incrementAndGet();
				started.countDown();
				await(finish);
			}));
			assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();

			assertThat(second.run("test.job", runs::incrementAndGet)).as("skipped while the first node runs it").isFalse();
			assertThat(second.call("test.other-job", () -> "ran")).as("another job is not held up").contains("ran");
			finish.countDown();
			assertThat(running.get(30, TimeUnit.SECONDS)).isTrue();
			assertThat(second.run("test.job", runs::incrementAndGet)).as("free again once the run ended").isTrue();
		}
		finally {
			finish.countDown();
			pool.shutdownNow();
		}
		assertThat(runs).hasValue(2);
	}

	@Test
	void aFailedRunLeavesNoLockBehind() {
		var first = node();

		assertThatThrownBy(() -> first.run("test.failing-job", () -> {
			throw new IllegalStateException("the job failed");
		})).hasMessage("the job failed");

		assertThat(node().run("test.failing-job", () -> {
		})).isTrue();
	}

	@Test
	void everyNodeAndEveryReleaseDerivesTheSameKeyFromTheJobsName() {
		assertThat(OneNodeAtATime.keyOf("casework.retention")).isEqualTo(OneNodeAtATime.keyOf("casework.retention"))
			.isNotEqualTo(OneNodeAtATime.keyOf("sharing.resealing"));
		// a node of the next release must compute the same key, or both would run the job during a rolling upgrade
		assertThat(OneNodeAtATime.keyOf("casework.retention")).isEqualTo(KEY_OF_RETENTION);
	}

	static final long KEY_OF_RETENTION = 0xb1968eb8eeba3db3L;

	private static void await(CountDownLatch latch) {
		try {
			latch.await(1, TimeUnit.MINUTES);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
