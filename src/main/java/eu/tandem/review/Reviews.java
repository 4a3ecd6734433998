package eu.tandem.review;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import eu.tandem.audit.AuditAction;
import eu.tandem.audit.AuditEvent;
import eu.tandem.audit.AuditLog;
import eu.tandem.audit.AuditSubject;
import eu.tandem.casework.CaseFile;
import eu.tandem.casework.CaseFiles;
import eu.tandem.casework.CaseId;
import eu.tandem.casework.CaseStanding;
import eu.tandem.casework.CaseState;
import eu.tandem.hub.Hub;
import eu.tandem.hub.HubId;
import eu.tandem.hub.HubStewardship;
import eu.tandem.hub.Hubs;
import eu.tandem.identity.CurrentUser;
import eu.tandem.kernel.InputProblems;
import eu.tandem.kernel.InvalidInput;
import eu.tandem.kernel.NotFound;
import eu.tandem.kernel.PlainText;
import eu.tandem.web.Words;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reviews of a case under support: whoever sees the case reads them and its follow-ups; the case owner and the hub's
 * coordinators record them. Recording a review moves the case through {@link CaseFiles#move} as its decision says, by
 * the one rule of a case's life: a move that rule refuses saves nothing of the review. Every read and change is traced.
 */
@Service
public class Reviews {

	static final AuditAction VIEWED = AuditAction.of("review.viewed");
	static final AuditAction RECORDED = AuditAction.of("review.recorded");
	static final AuditAction SCHEDULE_CHANGED = AuditAction.of("review.schedule-changed");

	static final int LONGEST_MEASURE = 300;
	static final int LONGEST_TEXT = 2000;

	private static final PlanMeasures NO_MEASURES = id -> List.of();

	private final ReviewStore store;
	private final CaseFiles cases;
	private final Hubs hubs;
	private final ObjectProvider<PlanMeasures> measures;
	private final AuditLog audit;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	Reviews(ReviewStore store, CaseFiles cases, Hubs hubs, ObjectProvider<PlanMeasures> measures, AuditLog audit,
			ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.cases = cases;
		this.hubs = hubs;
		this.measures = measures;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/** What the review page shows: the standing, the reviews and follow-ups, the plan's measures, and when the next review is due. */
	record Sight(CaseStanding standing, List<Review> reviews, List<FollowUp> followUps, List<PlanMeasures.Measure> measures,
			@Nullable LocalDate nextReview, ReviewSchedule schedule) {

		/** The owner and the coordinators record a review while the case is under support or in review. */
		public boolean mayReview() {
			return records(standing) && underSupport(standing.file());
		}

		public boolean mayRecordFollowUp() {
			return records(standing);
		}
	}

	/**
	 * The case's follow-up checks not cancelled, for whoever sees the case, earliest first. Not traced: the JSON view asks
	 * it beside {@link #read}, which traces the view.
	 */
	@Transactional(readOnly = true)
	List<FollowUp> followUpsOf(CaseId id, CurrentUser actor) {
		sight(id, actor, VIEWED);
		return store.followUps(id);
	}

	/** The case's reviews and follow-ups, for whoever sees the case; traced. */
	@Transactional
	Sight read(CaseId id, CurrentUser actor) {
		var standing = sight(id, actor, VIEWED);
		audit.record(AuditEvent.success(actor.asAuditActor(), VIEWED, subject(id)));
		var file = standing.file();
		return new Sight(standing, store.reviews(id), store.followUps(id), measuresOf(id), nextReview(file).orElse(null),
				schedule(file.hub()));
	}

	/**
	 * Records a review: moves a case under support into review, then on as decided (continue or change the plan: back to
	 * support; close: closed, with the reason), and keeps the review with what each goal measured that day. Refused,
	 * with nothing saved, when the case is not under support or in review, when what was typed does not do, or when the
	 * case's life refuses the move (tasks still open, no agreed plan …): each reason next to its field.
	 */
	@Transactional
	public UUID record(CaseId id, ReviewInput typed, CurrentUser actor) {
		var standing = recorder(id, actor, RECORDED);
		var file = standing.file();
		if (!underSupport(file)) {
			throw InvalidInput.of("decision", "review.error.notUnderSupport", Words.named("casework.state.", file.state()));
		}
		var measured = measuresOf(id);
		var review = check(id, typed, measured, actor);
		if (file.state() == CaseState.SUPPORT) {
			moveOrSay(() -> cases.move(id, CaseState.REVIEW, null, actor));
		}
		moveOrSay(() -> cases.move(id, review.decision().next(), review.closeReason(), actor));
		store.insert(review);
		audit.record(AuditEvent.success(actor.asAuditActor(), RECORDED, subject(id)));
		events.publishEvent(new ReviewRecorded(id, review.decision(), review.recordedAt()));
		return review.id();
	}

	private Review check(CaseId id, ReviewInput typed, List<PlanMeasures.Measure> measured, CurrentUser actor) {
		var problems = new InputProblems();
		var progress = new ArrayList<Review.Progress>();
		for (int i = 0; i < measured.size(); i++) {
			var measure = measured.get(i);
			var position = i;
			var now = problems.check(() -> PlainText.required("valuesNow[" + position + "]", Words.of("review.goal.valueNow", position + 1),
					at(typed.valuesNow(), position), LONGEST_MEASURE));
			var note = problems.check(() -> PlainText.optionalMultiLine("notes[" + position + "]", Words.of("review.goal.note", position + 1),
					at(typed.notes(), position), LONGEST_TEXT));
			if (now != null) {
				progress.add(new Review.Progress(i + 1, measure.statement(), measure.indicator(), measure.baseline(), measure.target(), now,
						note));
			}
		}
		var worked = problems.check(() -> PlainText.optionalMultiLine("whatWorked", Words.of("review.field.whatWorked"), typed.whatWorked(),
				LONGEST_TEXT));
		var didNot = problems.check(() -> PlainText.optionalMultiLine("whatDidNot", Words.of("review.field.whatDidNot"), typed.whatDidNot(),
				LONGEST_TEXT));
		var decision = typed.decision();
		if (decision == null) {
			problems.add(InvalidInput.of("decision", "review.error.decisionMissing"));
		}
		String reason = null;
		Outcome outcome = null;
		String outcomeWords = null;
		if (decision == Decision.CLOSE) {
			reason = problems.check(() -> PlainText.optionalMultiLine("closeReason", Words.of("review.field.closeReason"), typed.closeReason(),
					LONGEST_TEXT));
			outcome = typed.outcome();
			if (outcome == null) {
				problems.add(InvalidInput.of("outcome", "review.error.outcomeMissing"));
			}
			outcomeWords = problems.check(() -> PlainText.optional("outcomeWords", Words.of("review.field.outcomeWords"), typed.outcomeWords(),
					LONGEST_MEASURE));
			if (outcome != null && outcome.needsWords() && (outcomeWords == null || outcomeWords.isBlank()) && !problems.about("outcomeWords")) {
				problems.add(InvalidInput.of("outcomeWords", outcome == Outcome.TRANSFERRED ? "review.error.serviceMissing"
						: "review.error.otherMissing"));
			}
		}
		problems.throwIfAny();
		return new Review(UUID.randomUUID(), id, actor.id(), clock.instant(), blankless(worked), blankless(didNot), decision, blankless(reason),
				outcome, outcome != null && outcome.needsWords() ? outcomeWords : blankless(outcomeWords), progress);
	}

	/**
	 * Makes a move of the case's life; a refusal comes back with each reason next to the review's field for it: the move
	 * itself is the decision, its reason the closing reason.
	 */
	static void moveOrSay(Runnable move) {
		try {
			move.run();
		}
		catch (InvalidInput refused) {
			throw InvalidInput.together(refused.each().stream()
				.map(problem -> InvalidInput.of(switch (problem.field()) {
					case "reason" -> "closeReason";
					case "to" -> "decision";
					default -> problem.field();
				}, problem.getCodes()[0], problem.getArguments()))
				.toList());
		}
	}

	/** When the case's next review is due: the hub's interval after the last review, or after support began. Empty for a case not under support. */
	@Transactional(readOnly = true)
	public Optional<LocalDate> nextReviewDue(CaseId id, CurrentUser actor) {
		var file = sight(id, actor, VIEWED).file();
		return nextReview(file);
	}

	private Optional<LocalDate> nextReview(CaseFile file) {
		if (!underSupport(file)) {
			return Optional.empty();
		}
		var zone = zone(file.hub());
		if (file.state() == CaseState.REVIEW) {
			// the team moved it into review: the review is due from that day, whatever the schedule said
			return cases.lastEntered(file.id(), CaseState.REVIEW).map(at -> LocalDate.ofInstant(at, zone));
		}
		var since = store.lastReviewAt(file.id()).or(() -> cases.lastEntered(file.id(), CaseState.SUPPORT));
		return since.map(at -> schedule(file.hub()).nextReview(LocalDate.ofInstant(at, zone)));
	}

	/**
	 * The reviews and follow-up checks falling due on the cases the user records them for (those they own, and those of
	 * the hubs they coordinate), earliest first: a review on the day it is due (which may be ahead), each follow-up check
	 * not yet recorded on the day it falls due (ahead too). Each case listed is traced as casework's "my cases" list is.
	 */
	@Transactional
	public List<DueWork> dueFor(CurrentUser actor) {
		var mine = cases.mine(actor).stream().filter(file -> actor.id().equals(file.owner())
				|| hubs.find(file.hub()).map(hub -> HubStewardship.coordinates(actor, hub)).orElse(false)).toList();
		var due = new ArrayList<DueWork>();
		for (var file : mine) {
			nextReview(file).ifPresent(day -> due.add(new DueWork(file.id(), file.reference(), DueWork.Kind.REVIEW, day)));
		}
		var references = mine.stream().collect(java.util.stream.Collectors.toMap(CaseFile::id, CaseFile::reference));
		store.followUps(references.keySet()).stream()
			.filter(check -> check.status() == FollowUp.Status.STARTED || check.status() == FollowUp.Status.PLANNED)
			.forEach(check -> due.add(new DueWork(check.caseId(), references.get(check.caseId()), DueWork.Kind.FOLLOW_UP, check.dueOn())));
		due.sort(Comparator.comparing(DueWork::due).thenComparing(DueWork::reference));
		return due;
	}

	/** The hub's schedule: its own, or every three months with follow-ups at six and twelve. */
	@Transactional(readOnly = true)
	ReviewSchedule schedule(HubId hub) {
		return store.schedule(hub).orElse(ReviewSchedule.DEFAULT);
	}

	/** The hub's coordinators (and system administrators, who may change any hub) set its schedule. */
	@Transactional
	void changeSchedule(HubId hubId, ReviewSchedule schedule, CurrentUser actor) {
		var hub = hubs.forSteward(hubId, actor);
		store.saveSchedule(hub.id(), schedule, actor.id(), clock.instant());
		audit.record(AuditEvent.success(actor.asAuditActor(), SCHEDULE_CHANGED, AuditSubject.of("hub", hub.id())));
	}

	private List<PlanMeasures.Measure> measuresOf(CaseId id) {
		return measures.getIfAvailable(() -> NO_MEASURES).of(id);
	}

	private ZoneId zone(HubId hub) {
		return hubs.find(hub).map(Hub::zone).orElse(java.time.ZoneOffset.UTC);
	}

	static boolean underSupport(CaseFile file) {
		return file.state() == CaseState.SUPPORT || file.state() == CaseState.REVIEW;
	}

	/** The rule for recording reviews and follow-ups: the case owner and the hub's coordinators, as for moving the case. */
	static boolean records(CaseStanding standing) {
		return standing.owner() || standing.coordinator();
	}

	/** Whoever does not see the case is told it does not exist, and the attempt is traced. */
	CaseStanding sight(CaseId id, CurrentUser actor, AuditAction action) {
		var standing = cases.standing(id, actor).filter(CaseStanding::seesCase);
		if (standing.isEmpty()) {
			audit.recordRefusal(AuditEvent.denied(actor.asAuditActor(), action, subject(id), "not-entitled"));
			throw new NotFound();
		}
		return standing.get();
	}

	/** Someone who sees the case but may not record is refused with 403, traced like any refusal. */
	CaseStanding recorder(CaseId id, CurrentUser actor, AuditAction action) {
		var standing = sight(id, actor, action);
		if (!records(standing)) {
			audit.recordRefusal(AuditEvent.denied(actor.asAuditActor(), action, subject(id), "not-owner-or-coordinator"));
			throw new AccessDeniedException("Only the case owner and the hub's coordinators record reviews and follow-ups");
		}
		return standing;
	}

	static AuditSubject subject(CaseId id) {
		return AuditSubject.of("review", id);
	}

	static String at(List<String> typed, int index) {
		return index < typed.size() && typed.get(index) != null ? typed.get(index) : "";
	}

	private static @Nullable String blankless(@Nullable String text) {
		return text == null || text.isBlank() ? null : text;
	}
}
