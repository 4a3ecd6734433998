package eu.tandem.audit;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Unusual patterns in the trail for the data protection officer: one user reading many different persons,
 * cases or items in a short time — how browsing out of curiosity, or a stolen session, looks from here.
 */
@Service
public class AccessPatterns {

	/** Someone who read {@code records} different records within {@code window} from {@code from}. */
	public record ManyReads(UUID userId, String username, int records, Instant from, Instant to) {
	}

	/** The actions that are reads of personal data; their subjects are what a user looked at. */
	static final List<String> READS = List.of("person.viewed", "person.listed", "casework.viewed", "casework.listed",
			"sharing.item-viewed", "referral.viewed");

	private final JdbcClient jdbc;

	AccessPatterns(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Users of the agency who, since the given moment, read at least {@code threshold} different records within
	 * any {@code window}; each user once, at their busiest window.
	 */
	@Transactional(readOnly = true)
	public List<ManyReads> manyReads(UUID agency, Instant since, Duration window, int threshold) {
		return jdbc.sql("""
				with reads as (
				    select actor_user_id, actor_username, subject_type || ':' || subject_id as record, occurred_at
				      from audit.event
				     where occurred_at >= :since and actor_agency_id = :agency and outcome = 'SUCCESS'
				       and action = any(:reads) and subject_id is not null),
				windows as (
				    select r.actor_user_id, r.actor_username, r.occurred_at as started,
				           (select count(distinct w.record) from reads w
				             where w.actor_user_id = r.actor_user_id
				               and w.occurred_at >= r.occurred_at and w.occurred_at < r.occurred_at + :window) as records
				      from reads r)
				select distinct on (actor_user_id) actor_user_id, actor_username, records, started
				  from windows where records >= :threshold
				 order by actor_user_id, records desc, started
				""")
			.param("since", Timestamp.from(since)).param("agency", agency).param("reads", READS.toArray(String[]::new))
			.param("window", new org.postgresql.util.PGInterval(0, 0, 0, 0, 0, window.toSeconds()))
			.param("threshold", threshold)
			.query((rs, n) -> {
				var started = rs.getTimestamp("started").toInstant();
				return new ManyReads(rs.getObject("actor_user_id", UUID.class), rs.getString("actor_username"), rs.getInt("records"),
						started, started.plus(window));
			})
			.list();
	}
}
