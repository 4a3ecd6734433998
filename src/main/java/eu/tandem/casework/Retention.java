package eu.tandem.casework;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import eu.tandem.audit.AuditAction;
import eu.tandem.audit.AuditActor;
import eu.tandem.audit.AuditEvent;
import eu.tandem.audit.AuditLog;
import eu.tandem.audit.AuditOutcome;
import eu.tandem.audit.AuditSubject;
import eu.tandem.hub.Agreements;
import eu.tandem.hub.Hub;
import eu.tandem.hub.Hubs;
import eu.tandem.hub.RetentionPeriod;
import eu.tandem.identity.CurrentUser;
import eu.tandem.identity.UserId;
import eu.tandem.kernel.InvalidInput;
import eu.tandem.kernel.NotFound;
import eu.tandem.kernel.PlainText;
import eu.tandem.person.Persons;
import eu.tandem.scheduling.OneNodeAtATime;
import eu.tandem.web.Words;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Retention: a closed case is kept as long as the hub's agreement in force when it closed says (the longest such
 * clause), or {@code tandem.retention.default-after-closure} where no clause states a period; then every module
 * erases or pseudonymises what it holds about it, each case in a transaction of its own — unless a data protection
 * officer put it under legal hold. A daily job does it and records what it did; the audit trail is never touched,
 * so its chain still verifies. One run at a time across all nodes, whether the schedule or an officer started it, and
 * each case is claimed under its row lock before it is erased: a case is erased once, and never after a hold is set.
 */
@Service
public class Retention {

	private static final Logger log = LoggerFactory.getLogger(Retention.class);
	static final AuditAction ERASED = AuditAction.of("casework.erased");
	static final AuditAction SWEPT = AuditAction.of("casework.retention-swept");
	static final AuditAction HOLD_SET = AuditAction.of("casework.legal-hold-set");
	static final AuditAction HOLD_LIFTED = AuditAction.of("casework.legal-hold-lifted");
	private static final AuditActor JOB = new AuditActor(null, "retention-job", null, Set.of());
	static final String JOB_NAME = "casework.retention";

	/** One run of the retention job, as the data protection officer reads it (the screen words it). */
	public record Run(UUID id, java.time.Instant ranAt, @Nullable UserId ranBy, int erased, int held, int kept) {
	}

	private final RetentionStore store;
	private final CaseStore cases;
	private final Hubs hubs;
	private final Persons persons;
	private final Agreements agreements;
	private final ApplicationEventPublisher events;
	private final TransactionOperations transactions;
	private final AuditLog audit;
	private final Clock clock;
	private final Period fallback;
	private final OneNodeAtATime oneNodeAtATime;

	Retention(RetentionStore store, CaseStore cases, Hubs hubs, Persons persons, Agreements agreements, ApplicationEventPublisher events,
			TransactionOperations transactions, AuditLog audit, Clock clock,
			@Value("${tandem.retention.default-after-closure:P2Y}") Period fallback, OneNodeAtATime oneNodeAtATime) {
		this.store = store;
		this.cases = cases;
		this.hubs = hubs;
		this.persons = persons;
		this.agreements = agreements;
		this.events = events;
		this.transactions = transactions;
		this.audit = audit;
		this.clock = clock;
		this.fallback = fallback;
		this.oneNodeAtATime = oneNodeAtATime;
	}

	/** Every day at 02:30 UTC by default ({@code tandem.retention.cron}), on whichever node comes first. */
	@Scheduled(cron = "${tandem.retention.cron:0 30 2 * * *}", zone = "UTC")
	void daily() {
		sweep(null).ifPresent(run -> log.info("Retention: {} closed cases erased, {} kept under legal hold, {} still within their "
				+ "retention", run.erased(), run.held(), run.kept()));
	}

	/**
	 * Erases what is due now; {@code actor} is the officer who asked, or null for the daily job. Empty, having done
	 * nothing, while another run goes on (the daily job, or another officer's, on any node).
	 */
	public Optional<Run> sweep(@Nullable CurrentUser actor) {
		return oneNodeAtATime.call(JOB_NAME, () -> sweepNow(actor));
	}

	private Run sweepNow(@Nullable CurrentUser actor) {
		var now = clock.instant();
		int erased = 0;
		int held = 0;
		int kept = 0;
		// the days as each hub counts them, in its own time zone; a hub is never deleted, so every case's is here
		var zones = hubs.all().stream().collect(Collectors.toMap(Hub::id, Hub::zone));
		for (var closed : store.closedNotErased()) {
			var zone = zones.get(closed.hub());
			var today = LocalDate.ofInstant(now, zone);
			var closedOn = LocalDate.ofInstant(closed.closedAt(), zone);
			var period = agreements.retentionAfterClosure(closed.hub(), closedOn).map(RetentionPeriod::afterClosure).orElse(fallback);
			if (!closedOn.plus(period).isBefore(today)) {
				kept++;
			}
			else if (closed.legalHold() != null) {
				held++;
			}
			else {
				switch (Objects.requireNonNull(transactions.execute(tx -> erase(closed, actor)))) {
					case ERASED -> erased++;
					case HELD -> held++;
					case GONE -> {
						// erased meanwhile by a run that lost its lock: counted there
					}
				}
			}
		}
		var run = new Run(UUID.randomUUID(), now, actor == null ? null : actor.id(), erased, held, kept);
		transactions.executeWithoutResult(tx -> {
			store.recordRun(run);
			audit.record(new AuditEvent(actor == null ? JOB : actor.asAuditActor(), SWEPT, AuditOutcome.SUCCESS, null, null, null));
		});
		return run;
	}

	private enum Erasure {
		ERASED, HELD, GONE
	}

	/** Claims the case under its row lock first: a hold set since the list was read keeps it. */
	private Erasure erase(RetentionStore.ClosedCase closed, @Nullable CurrentUser actor) {
		var claimed = store.claimForErasure(closed.id());
		if (claimed.isEmpty()) {
			return Erasure.GONE;
		}
		if (claimed.get().held()) {
			return Erasure.HELD;
		}
		var last = closed.person() != null && !store.otherCasesOf(closed.person(), closed.id());
		events.publishEvent(new CaseErasureDue(closed.id(), closed.referral(), closed.person(), last));
		if (last) {
			persons.eraseAtRetentionEnd(closed.person());
		}
		store.pseudonymise(closed.id(), clock.instant());
		audit.record(new AuditEvent(actor == null ? JOB : actor.asAuditActor(), ERASED, AuditOutcome.SUCCESS,
				AuditSubject.of("case", closed.id()), "retention ended", null));
		return Erasure.ERASED;
	}

	/** A data protection officer of the case's hub stops its erasure, with the reason (a claim, an inquiry). */
	@Transactional
	public void hold(CaseId id, String reason, CurrentUser officer) {
		officerOfCase(id, officer);
		var why = holdReason(reason);
		if (!store.hold(id, why, officer.id(), clock.instant())) {
			throw InvalidInput.of("reference", "casework.error.erasedAlready");
		}
		audit.record(new AuditEvent(officer.asAuditActor(), HOLD_SET, AuditOutcome.SUCCESS, AuditSubject.of("case", id), null, null));
	}

	/** The reason a legal hold needs; the form checks it by itself too where there is no case to ask about. */
	static String holdReason(String reason) {
		return PlainText.required("reason", Words.of("casework.field.holdReason"), reason, 500);
	}

	@Transactional
	public void lift(CaseId id, CurrentUser officer) {
		officerOfCase(id, officer);
		if (store.lift(id)) {
			audit.record(AuditEvent.success(officer.asAuditActor(), HOLD_LIFTED, AuditSubject.of("case", id)));
		}
	}

	@Transactional(readOnly = true)
	public List<Run> runs(int limit) {
		return store.runs(limit);
	}

	/** Only a data protection officer of an agency of the case's hub; for anyone else the case does not exist. */
	private void officerOfCase(CaseId id, CurrentUser officer) {
		var officerOfHub = cases.byId(id).flatMap(file -> hubs.find(file.hub()))
			.map(hub -> CaseAccess.dataProtectionOfficerOfTheHub(officer, hub)).orElse(false);
		if (!officerOfHub) {
			audit.recordRefusal(AuditEvent.denied(officer.asAuditActor(), HOLD_SET, AuditSubject.of("case", id), "not-entitled"));
			throw new NotFound();
		}
	}
}
