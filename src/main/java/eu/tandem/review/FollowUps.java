package eu.tandem.review;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import eu.tandem.audit.AuditAction;
import eu.tandem.audit.AuditActor;
import eu.tandem.audit.AuditEvent;
import eu.tandem.audit.AuditLog;
import eu.tandem.casework.CaseFiles;
import eu.tandem.casework.CaseId;
import eu.tandem.casework.CaseState;
import eu.tandem.casework.SupportPlans;
import eu.tandem.hub.Hub;
import eu.tandem.hub.Hubs;
import eu.tandem.identity.CurrentUser;
import eu.tandem.kernel.InputProblems;
import eu.tandem.kernel.InvalidInput;
import eu.tandem.kernel.NotFound;
import eu.tandem.kernel.PlainText;
import eu.tandem.kernel.ReferralId;
import eu.tandem.scheduling.OneNodeAtATime;
import eu.tandem.web.Words;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Follow-up by design: a supported case's closure plans checks so many months later (the hub's schedule); when one falls
 * due, Tandem moves the case into follow-up ({@link CaseFiles#moveAsTandem}); the owner or a coordinator records how the
 * person is doing on the last plan's indicators and whether a new referral is needed; once no check is left, the case
 * ends. Reopening the case cancels the checks not yet recorded.
 */
@Service
class FollowUps {

	private static final Logger log = LoggerFactory.getLogger(FollowUps.class);
	static final AuditAction STARTED = AuditAction.of("review.follow-up-started");
	static final AuditAction RECORDED = AuditAction.of("review.follow-up-recorded");
	static final String JOB_NAME = "review.follow-ups";
	/** Tandem itself, starting a follow-up as it falls due. */
	private static final AuditActor JOB = new AuditActor(null, "follow-up-job", null, Set.of());
	/** Follow-ups claimed per transaction: a batch commits before the next is claimed, so that a long run holds few locks. */
	static final int BATCH = 20;

	private final ReviewStore store;
	private final Reviews reviews;
	private final CaseFiles cases;
	private final Hubs hubs;
	private final ObjectProvider<SupportPlans> plans;
	private final ObjectProvider<PlanMeasures> measures;
	private final AuditLog audit;
	private final TransactionOperations transactions;
	private final OneNodeAtATime oneNodeAtATime;
	private final Clock clock;

	FollowUps(ReviewStore store, Reviews reviews, CaseFiles cases, Hubs hubs, ObjectProvider<SupportPlans> plans,
			ObjectProvider<PlanMeasures> measures, AuditLog audit, TransactionOperations transactions, OneNodeAtATime oneNodeAtATime,
			Clock clock) {
		this.store = store;
		this.reviews = reviews;
		this.cases = cases;
		this.hubs = hubs;
		this.plans = plans;
		this.measures = measures;
		this.audit = audit;
		this.transactions = transactions;
		this.oneNodeAtATime = oneNodeAtATime;
		this.clock = clock;
	}

	/**
	 * Plans the checks for a case just closed, counted in the hub's days from the day it closed, when the case was
	 * supported under an agreed plan (a case closed at screening was never supported, so there is nothing to follow
	 * up). A case reopened meanwhile gets none; a closure delivered twice plans them once.
	 */
	@Transactional
	void plan(CaseId id, ReferralId referral) {
		var file = cases.ofReferral(referral).filter(found -> found.id().equals(id)).orElse(null);
		if (file == null || file.state() != CaseState.CLOSED || file.closedAt() == null) {
			return;
		}
		var supported = plans.getIfAvailable(() -> null);
		if (supported == null || !supported.agreed(id)) {
			return;
		}
		var hub = hubs.find(file.hub()).orElseThrow();
		var closedOn = LocalDate.ofInstant(file.closedAt(), hub.zone());
		var schedule = reviews.schedule(hub.id());
		for (int months : schedule.followUpMonths()) {
			var due = closedOn.plusMonths(months);
			store.plan(id, referral, hub.id(), file.closedAt(), months, due, due.atStartOfDay(hub.zone()).toInstant());
		}
	}

	/** The case was reopened: its checks not yet recorded will not be made. */
	@Transactional
	void cancel(CaseId id) {
		store.cancelUnfinished(id);
	}

	/** Every quarter of an hour by default, on whichever node comes first; {@link #startDue} stays safe if runs overlap. */
	@Scheduled(fixedDelayString = "${tandem.follow-ups.interval:PT15M}", initialDelayString = "${tandem.follow-ups.initial-delay:PT1M}")
	void onSchedule() {
		oneNodeAtATime.call(JOB_NAME, this::startDue)
			.filter(started -> !started.isEmpty())
			.ifPresent(started -> log.info("Follow-ups: {} fell due and were started", started.size()));
	}

	/**
	 * Starts every follow-up due by now, batch by batch, each batch in a transaction that claims its rows with
	 * {@code FOR UPDATE SKIP LOCKED}: a second run at the same moment (another node whose lock was lost, a thread) claims
	 * other rows or none, so that each due follow-up is started exactly once. A started follow-up moves its closed case
	 * into follow-up; one whose case is in follow-up already joins it; one whose case was reopened is cancelled.
	 *
	 * @return the follow-ups this run started
	 */
	List<UUID> startDue() {
		return startDue(BATCH);
	}

	/** As {@link #startDue()}, claiming so many at a time. */
	List<UUID> startDue(int batchSize) {
		var started = new ArrayList<UUID>();
		while (true) {
			var batch = transactions.execute(tx -> {
				var claimed = store.claimDue(clock.instant(), batchSize);
				var handled = new ArrayList<UUID>();
				for (var due : claimed) {
					if (start(due)) {
						handled.add(due.id());
					}
				}
				return new Batch(claimed.size(), handled);
			});
			started.addAll(batch.started());
			if (batch.claimed() < batchSize) {
				return started;
			}
		}
	}

	private record Batch(int claimed, List<UUID> started) {
	}

	private boolean start(FollowUp due) {
		var file = cases.ofReferral(due.referral()).filter(found -> found.id().equals(due.caseId()));
		var state = file.map(found -> found.state()).orElse(null);
		if (state == CaseState.CLOSED) {
			cases.moveAsTandem(due.caseId(), CaseState.CLOSED, CaseState.FOLLOW_UP);
		}
		else if (state != CaseState.FOLLOW_UP) {
			store.markCancelled(due.id());
			return false;
		}
		store.markStarted(due.id(), clock.instant());
		audit.record(AuditEvent.success(JOB, STARTED, Reviews.subject(due.caseId())));
		return true;
	}

	/** The last plan's measures, which a follow-up asks after. */
	List<PlanMeasures.Measure> measuresOf(CaseId id) {
		return measures.getIfAvailable(() -> caseId -> List.of()).of(id);
	}

	/**
	 * The owner or a coordinator records a started follow-up: how the person is doing on each indicator, a note, whether a
	 * new referral is needed. When it was the last check left, Tandem ends the case. Refused with nothing saved when the
	 * check is not due yet, recorded already or cancelled, or when what was typed does not do.
	 */
	@Transactional
	void record(CaseId id, UUID followUpId, FollowUpInput typed, CurrentUser actor) {
		reviews.recorder(id, actor, RECORDED);
		var followUp = store.lockFollowUp(followUpId).filter(found -> found.caseId().equals(id)).orElseThrow(NotFound::new);
		if (!followUp.started()) {
			throw InvalidInput.of("note", followUp.status() == FollowUp.Status.RECORDED ? "review.error.followUpRecorded"
					: "review.error.followUpNotDue");
		}
		var problems = new InputProblems();
		var checks = new ArrayList<FollowUp.Check>();
		var measured = measuresOf(id);
		for (int i = 0; i < measured.size(); i++) {
			var position = i;
			var measure = measured.get(i);
			var now = problems.check(() -> PlainText.required("howNow[" + position + "]", Words.of("review.followUp.howNow", position + 1),
					Reviews.at(typed.howNow(), position), Reviews.LONGEST_MEASURE));
			if (now != null) {
				checks.add(new FollowUp.Check(i + 1, measure.indicator(), measure.baseline(), measure.target(), now));
			}
		}
		var note = problems.check(() -> PlainText.optionalMultiLine("note", Words.of("review.followUp.note"), typed.note(), Reviews.LONGEST_TEXT));
		problems.throwIfAny();
		store.record(followUpId, checks, note, typed.newReferralNeeded(), actor.id(), clock.instant());
		audit.record(AuditEvent.success(actor.asAuditActor(), RECORDED, Reviews.subject(id)));
		if (!store.unfinished(id)) {
			Reviews.moveOrSay(() -> cases.moveAsTandem(id, CaseState.FOLLOW_UP, CaseState.ENDED));
		}
	}

	/** The hub of a follow-up, for a new referral to the same hub. */
	Hub hubOf(FollowUp followUp) {
		return hubs.find(followUp.hub()).orElseThrow(NotFound::new);
	}
}
