package eu.tandem.casework;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import eu.tandem.hub.HubId;
import eu.tandem.identity.UserId;
import eu.tandem.kernel.ReferralId;
import eu.tandem.person.PersonId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Closed cases awaiting the end of their retention, legal holds, and the record of each retention run. */
@Repository
class RetentionStore {

	record ClosedCase(CaseId id, ReferralId referral, HubId hub, @Nullable PersonId person, Instant closedAt, @Nullable String legalHold) {
	}

	private final JdbcClient jdbc;

	RetentionStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<ClosedCase> closedNotErased() {
		return jdbc.sql("""
				select id, referral_id, hub_id, person_id, closed_at, legal_hold_reason from casework.case_file
				 where closed_at is not null and erased_at is null order by closed_at
				""")
			.query((rs, n) -> new ClosedCase(new CaseId(rs.getObject("id", UUID.class)),
					new ReferralId(rs.getObject("referral_id", UUID.class)), new HubId(rs.getObject("hub_id", UUID.class)),
					Optional.ofNullable(rs.getObject("person_id", UUID.class)).map(PersonId::new).orElse(null),
					rs.getTimestamp("closed_at").toInstant(), rs.getString("legal_hold_reason")))
			.list();
	}

	record Claim(boolean held) {
	}

	/**
	 * Holds the case's row until the transaction ends, so that a hold being set, or another erasure, waits for this
	 * one; empty when the case was erased meanwhile.
	 */
	Optional<Claim> claimForErasure(CaseId id) {
		return jdbc.sql("select legal_hold_reason is not null from casework.case_file where id = :id and erased_at is null for update")
			.param("id", id.value()).query((rs, n) -> new Claim(rs.getBoolean(1))).optional();
	}

	/** Whether any case about the person, other than this one, is not erased yet. */
	boolean otherCasesOf(PersonId person, CaseId except) {
		return jdbc.sql("select exists (select 1 from casework.case_file where person_id = :person and id <> :id and erased_at is null)")
			.param("person", person.value()).param("id", except.value()).query(Boolean.class).single();
	}

	/** The case keeps its dates, hub and team, and loses the link to the person. */
	void pseudonymise(CaseId id, Instant now) {
		jdbc.sql("update casework.case_file set person_id = null, closed_reason = null, erased_at = :now, version = version + 1 where id = :id")
			.param("id", id.value()).param("now", Timestamp.from(now)).update();
		jdbc.sql("delete from casework.emergency_access where case_id = :id").param("id", id.value()).update();
		jdbc.sql("delete from casework.case_attribute where case_id = :id").param("id", id.value()).update();
		jdbc.sql("update casework.case_transition set reason = null where case_id = :id").param("id", id.value()).update();
	}

	boolean hold(CaseId id, String reason, UserId by, Instant now) {
		return jdbc.sql("""
				update casework.case_file set legal_hold_reason = :reason, legal_hold_set_by = :by, legal_hold_set_at = :now,
				       version = version + 1
				 where id = :id and erased_at is null
				""")
			.param("id", id.value()).param("reason", reason).param("by", by.value()).param("now", Timestamp.from(now)).update() == 1;
	}

	boolean lift(CaseId id) {
		return jdbc.sql("""
				update casework.case_file set legal_hold_reason = null, legal_hold_set_by = null, legal_hold_set_at = null,
				       version = version + 1
				 where id = :id and legal_hold_reason is not null
				""")
			.param("id", id.value()).update() == 1;
	}

	Optional<String> holdOf(CaseId id) {
		return jdbc.sql("select legal_hold_reason from casework.case_file where id = :id").param("id", id.value())
			.query((rs, n) -> Optional.ofNullable(rs.getString(1))).optional().flatMap(reason -> reason);
	}

	void recordRun(Retention.Run run) {
		jdbc.sql("""
				insert into casework.retention_run (id, ran_at, ran_by, erased, held, kept)
				values (:id, :at, :by, :erased, :held, :kept)
				""")
			.param("id", run.id()).param("at", Timestamp.from(run.ranAt())).param("by", run.ranBy() == null ? null : run.ranBy().value())
			.param("erased", run.erased()).param("held", run.held()).param("kept", run.kept())
			.update();
	}

	List<Retention.Run> runs(int limit) {
		return jdbc.sql("select * from casework.retention_run order by ran_at desc limit :limit").param("limit", limit)
			.query((rs, n) -> {
				var by = rs.getObject("ran_by", UUID.class);
				return new Retention.Run(rs.getObject("id", UUID.class), rs.getTimestamp("ran_at").toInstant(),
						by == null ? null : new UserId(by), rs.getInt("erased"), rs.getInt("held"), rs.getInt("kept"));
			})
			.list();
	}
}
