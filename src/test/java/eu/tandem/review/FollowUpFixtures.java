package eu.tandem.review;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import eu.tandem.casework.CaseId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * For tests outside the review module: brings a closed case's first follow-up check due and started, as the job would
 * once its day came, and says which it is.
 */
@Component
public class FollowUpFixtures {

	private final FollowUps followUps;
	private final JdbcClient jdbc;

	FollowUpFixtures(FollowUps followUps, JdbcClient jdbc) {
		this.followUps = followUps;
		this.jdbc = jdbc;
	}

	/** Waits for the closure's follow-ups to be planned (an event after commit), brings them due and starts them. */
	public UUID firstStarted(CaseId caseId) {
		var until = Instant.now().plus(Duration.ofSeconds(20));
		while (jdbc.sql("select count(*) from review.follow_up where case_id = :case").param("case", caseId.value())
			.query(Long.class).single() == 0) {
			if (Instant.now().isAfter(until)) {
				throw new AssertionError("no follow-up planned within 20 seconds");
			}
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException interrupted) {
				Thread.currentThread().interrupt();
				throw new AssertionError(interrupted);
			}
		}
		jdbc.sql("update review.follow_up set due_at = now() - interval '1 minute' where case_id = :case").param("case", caseId.value())
			.update();
		followUps.startDue();
		return jdbc.sql("select id from review.follow_up where case_id = :case order by months limit 1").param("case", caseId.value())
			.query(UUID.class).single();
	}
}
