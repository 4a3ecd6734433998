package eu.tandem.review;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import eu.tandem.casework.CaseId;
import eu.tandem.hub.HubId;
import eu.tandem.identity.UserId;
import eu.tandem.kernel.ReferralId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The review module's tables, in plain SQL. */
@Repository
class ReviewStore {

	private final JdbcClient jdbc;

	ReviewStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	// the hub's schedule

	Optional<ReviewSchedule> schedule(HubId hub) {
		return jdbc.sql("select review_every_months, follow_up_months from review.hub_schedule where hub_id = :hub")
			.param("hub", hub.value())
			.query((rs, n) -> new ReviewSchedule(rs.getInt(1), months(rs.getArray(2))))
			.optional();
	}

	void saveSchedule(HubId hub, ReviewSchedule schedule, UserId by, Instant at) {
		jdbc.sql("""
				insert into review.hub_schedule (hub_id, review_every_months, follow_up_months, changed_by, changed_at)
				values (:hub, :every, :months, :by, :at)
				on conflict (hub_id) do update set review_every_months = excluded.review_every_months,
				  follow_up_months = excluded.follow_up_months, changed_by = excluded.changed_by, changed_at = excluded.changed_at""")
			.param("hub", hub.value()).param("every", schedule.reviewEveryMonths())
			.param("months", schedule.followUpMonths().toArray(Integer[]::new)).param("by", by.value()).param("at", utc(at))
			.update();
	}

	private static List<Integer> months(Array array) throws SQLException {
		return Arrays.stream((Integer[]) array.getArray()).toList();
	}

	// reviews

	void insert(Review review) {
		jdbc.sql("""
				insert into review.review (id, case_id, recorded_by, recorded_at, what_worked, what_did_not, decision, close_reason,
				  outcome, outcome_words)
				values (:id, :case, :by, :at, :worked, :didNot, :decision, :reason, :outcome, :words)""")
			.param("id", review.id()).param("case", review.caseId().value()).param("by", review.recordedBy().value())
			.param("at", utc(review.recordedAt())).param("worked", review.whatWorked()).param("didNot", review.whatDidNot())
			.param("decision", review.decision().name()).param("reason", review.closeReason())
			.param("outcome", review.outcome() == null ? null : review.outcome().name()).param("words", review.outcomeWords())
			.update();
		for (var progress : review.progress()) {
			jdbc.sql("""
					insert into review.goal_progress (review_id, position, statement, indicator, baseline, target, value_now, note)
					values (:review, :position, :statement, :indicator, :baseline, :target, :now, :note)""")
				.param("review", review.id()).param("position", progress.position()).param("statement", progress.statement())
				.param("indicator", progress.indicator()).param("baseline", progress.baseline()).param("target", progress.target())
				.param("now", progress.valueNow()).param("note", progress.note())
				.update();
		}
	}

	/** The case's reviews, oldest first. */
	List<Review> reviews(CaseId id) {
		return jdbc.sql("select * from review.review where case_id = :case order by recorded_at, id").param("case", id.value())
			.query((rs, n) -> review(rs)).list().stream()
			.map(review -> new Review(review.id(), review.caseId(), review.recordedBy(), review.recordedAt(), review.whatWorked(),
					review.whatDidNot(), review.decision(), review.closeReason(), review.outcome(), review.outcomeWords(),
					progress(review.id())))
			.toList();
	}

	Optional<Instant> lastReviewAt(CaseId id) {
		return jdbc.sql("select max(recorded_at) from review.review where case_id = :case").param("case", id.value())
			.query((rs, n) -> instant(rs, 1)).optional().filter(java.util.Objects::nonNull);
	}

	private List<Review.Progress> progress(UUID review) {
		return jdbc.sql("select * from review.goal_progress where review_id = :review order by position").param("review", review)
			.query((rs, n) -> new Review.Progress(rs.getInt("position"), rs.getString("statement"), rs.getString("indicator"),
					rs.getString("baseline"), rs.getString("target"), rs.getString("value_now"), rs.getString("note")))
			.list();
	}

	private static Review review(ResultSet rs) throws SQLException {
		var outcome = rs.getString("outcome");
		return new Review(rs.getObject("id", UUID.class), new CaseId(rs.getObject("case_id", UUID.class)),
				new UserId(rs.getObject("recorded_by", UUID.class)), instant(rs, "recorded_at"), rs.getString("what_worked"),
				rs.getString("what_did_not"), Decision.valueOf(rs.getString("decision")), rs.getString("close_reason"),
				outcome == null ? null : Outcome.valueOf(outcome), rs.getString("outcome_words"), List.of());
	}

	// follow-ups

	/** Plans a follow-up; a second delivery of the same closure plans nothing more. */
	void plan(CaseId id, ReferralId referral, HubId hub, Instant closedAt, int months, LocalDate dueOn, Instant dueAt) {
		jdbc.sql("""
				insert into review.follow_up (id, case_id, referral_id, hub_id, closed_at, months, due_on, due_at, status)
				values (:id, :case, :referral, :hub, :closedAt, :months, :dueOn, :dueAt, 'PLANNED')
				on conflict (case_id, closed_at, months) do nothing""")
			.param("id", UUID.randomUUID()).param("case", id.value()).param("referral", referral.value()).param("hub", hub.value())
			.param("closedAt", utc(closedAt)).param("months", months).param("dueOn", dueOn).param("dueAt", utc(dueAt))
			.update();
	}

	/** Cancels the checks not yet recorded: the case was reopened. */
	int cancelUnfinished(CaseId id) {
		return jdbc.sql("update review.follow_up set status = 'CANCELLED' where case_id = :case and status in ('PLANNED', 'STARTED')")
			.param("case", id.value()).update();
	}

	/**
	 * Claims up to {@code limit} follow-ups due by now, locking their rows until the caller's transaction ends; rows
	 * another node or thread has claimed are skipped, not waited for, so that each due follow-up is handled once.
	 */
	List<FollowUp> claimDue(Instant now, int limit) {
		return jdbc.sql("""
				select * from review.follow_up where status = 'PLANNED' and due_at <= :now
				order by due_at, id limit :limit for update skip locked""")
			.param("now", utc(now)).param("limit", limit)
			.query((rs, n) -> followUp(rs, List.of())).list();
	}

	void markStarted(UUID id, Instant at) {
		jdbc.sql("update review.follow_up set status = 'STARTED', started_at = :at where id = :id and status = 'PLANNED'")
			.param("id", id).param("at", utc(at)).update();
	}

	void markCancelled(UUID id) {
		jdbc.sql("update review.follow_up set status = 'CANCELLED' where id = :id").param("id", id).update();
	}

	/** The follow-up, its row locked: two people recording it at once record it once. */
	Optional<FollowUp> lockFollowUp(UUID id) {
		return jdbc.sql("select * from review.follow_up where id = :id for update").param("id", id)
			.query((rs, n) -> followUp(rs, List.of())).optional();
	}

	void record(UUID id, List<FollowUp.Check> checks, @Nullable String note, boolean newReferralNeeded, UserId by, Instant at) {
		jdbc.sql("""
				update review.follow_up set status = 'RECORDED', note = :note, new_referral_needed = :needed, recorded_by = :by,
				  recorded_at = :at where id = :id""")
			.param("id", id).param("note", note).param("needed", newReferralNeeded).param("by", by.value()).param("at", utc(at))
			.update();
		for (var check : checks) {
			jdbc.sql("""
					insert into review.follow_up_measure (follow_up_id, position, indicator, baseline, target, how_now)
					values (:id, :position, :indicator, :baseline, :target, :now)""")
				.param("id", id).param("position", check.position()).param("indicator", check.indicator())
				.param("baseline", check.baseline()).param("target", check.target()).param("now", check.howNow())
				.update();
		}
	}

	/** Whether a check of the case is still to come or to record. */
	boolean unfinished(CaseId id) {
		return jdbc.sql("select exists (select 1 from review.follow_up where case_id = :case and status in ('PLANNED', 'STARTED'))")
			.param("case", id.value()).query(Boolean.class).single();
	}

	/** The case's follow-ups but the cancelled ones, earliest first, with what was recorded. */
	List<FollowUp> followUps(CaseId id) {
		return followUps(List.of(id));
	}

	List<FollowUp> followUps(Collection<CaseId> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select * from review.follow_up where case_id in (:cases) and status <> 'CANCELLED' order by due_at, months")
			.param("cases", ids.stream().map(CaseId::value).toList())
			.query((rs, n) -> followUp(rs, checks(rs.getObject("id", UUID.class)))).list();
	}

	private List<FollowUp.Check> checks(UUID followUp) {
		return jdbc.sql("select * from review.follow_up_measure where follow_up_id = :id order by position").param("id", followUp)
			.query((rs, n) -> new FollowUp.Check(rs.getInt("position"), rs.getString("indicator"), rs.getString("baseline"),
					rs.getString("target"), rs.getString("how_now")))
			.list();
	}

	private static FollowUp followUp(ResultSet rs, List<FollowUp.Check> checks) throws SQLException {
		var by = rs.getObject("recorded_by", UUID.class);
		return new FollowUp(rs.getObject("id", UUID.class), new CaseId(rs.getObject("case_id", UUID.class)),
				new ReferralId(rs.getObject("referral_id", UUID.class)), new HubId(rs.getObject("hub_id", UUID.class)), rs.getInt("months"),
				rs.getObject("due_on", LocalDate.class), FollowUp.Status.valueOf(rs.getString("status")), instant(rs, "started_at"),
				by == null ? null : new UserId(by), instant(rs, "recorded_at"), rs.getString("note"),
				(Boolean) rs.getObject("new_referral_needed"), checks);
	}

	Optional<CaseId> caseOfReview(UUID id) {
		return jdbc.sql("select case_id from review.review where id = :id").param("id", id)
			.query((rs, n) -> new CaseId(rs.getObject(1, UUID.class))).optional();
	}

	Optional<CaseId> caseOfFollowUp(UUID id) {
		return jdbc.sql("select case_id from review.follow_up where id = :id").param("id", id)
			.query((rs, n) -> new CaseId(rs.getObject(1, UUID.class))).optional();
	}

	// erasure

	void erase(CaseId id) {
		jdbc.sql("delete from review.review where case_id = :case").param("case", id.value()).update();
		jdbc.sql("delete from review.follow_up where case_id = :case").param("case", id.value()).update();
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		var value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	private static @Nullable Instant instant(ResultSet rs, int column) throws SQLException {
		var value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	private static OffsetDateTime utc(Instant at) {
		return at.atOffset(ZoneOffset.UTC);
	}
}
