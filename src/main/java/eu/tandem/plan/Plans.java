package eu.tandem.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import eu.tandem.audit.AuditAction;
import eu.tandem.audit.AuditEvent;
import eu.tandem.audit.AuditLog;
import eu.tandem.audit.AuditSubject;
import eu.tandem.casework.CaseFiles;
import eu.tandem.casework.CaseId;
import eu.tandem.casework.CaseStanding;
import eu.tandem.hub.Hubs;
import eu.tandem.hub.InterventionCatalogue;
import eu.tandem.identity.CurrentUser;
import eu.tandem.kernel.EditConflict;
import eu.tandem.kernel.InvalidInput;
import eu.tandem.kernel.NotFound;
import eu.tandem.person.Persons;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A case's support plan: whoever sees the case reads it, every version; the case owner and the hub's coordinators
 * draw it up (goals, the interventions from the hub's catalogue that serve them, and tasks on either), record the
 * person's (for a minor, the guardian's) agreement and revise it. Every change is made against
 * the version the form was loaded with ({@link TypedAgainst}) and refused as an {@link EditConflict} when someone
 * changed the plan meanwhile; every read and change is traced.
 */
@Service
public class Plans {

	static final AuditAction VIEWED = AuditAction.of("plan.viewed");
	static final AuditAction VERSION_VIEWED = AuditAction.of("plan.version-viewed");
	static final AuditAction GOAL_ADDED = AuditAction.of("plan.goal-added");
	static final AuditAction GOAL_CHANGED = AuditAction.of("plan.goal-changed");
	static final AuditAction TASK_ADDED = AuditAction.of("plan.task-added");
	static final AuditAction TASK_CHANGED = AuditAction.of("plan.task-changed");
	static final AuditAction TASK_MARKED = AuditAction.of("plan.task-marked");
	static final AuditAction AGREED = AuditAction.of("plan.agreed");
	static final AuditAction REVISED = AuditAction.of("plan.revised");
	static final AuditAction INTERVENTION_ADDED = AuditAction.of("plan.intervention-added");
	static final AuditAction INTERVENTION_CHANGED = AuditAction.of("plan.intervention-changed");
	static final AuditAction INTERVENTION_MARKED = AuditAction.of("plan.intervention-marked");

	/** Traced as the reason the person's date of birth is read when an agreement is recorded. */
	static final String MINOR_CHECK = "support plan agreement: whether the person is a minor";

	private final PlanStore store;
	private final CaseFiles cases;
	private final Hubs hubs;
	private final Persons persons;
	private final InterventionCatalogue catalogue;
	private final AuditLog audit;
	private final Clock clock;

	Plans(PlanStore store, CaseFiles cases, Hubs hubs, Persons persons, InterventionCatalogue catalogue, AuditLog audit, Clock clock) {
		this.store = store;
		this.catalogue = catalogue;
		this.cases = cases;
		this.hubs = hubs;
		this.persons = persons;
		this.audit = audit;
		this.clock = clock;
	}

	/** What the plan page shows: how the user stands to the case, and every version of the plan, oldest first. */
	record Sight(CaseStanding standing, List<PlanVersion> versions, LocalDate today) {

		Optional<PlanVersion> current() {
			return versions.isEmpty() ? Optional.empty() : Optional.of(versions.getLast());
		}

		/** The case owner and the hub's coordinators change the plan, while the case is open. */
		boolean mayChange() {
			return Plans.changes(standing) && standing.file().open();
		}
	}

	/** The case's plan, every version, for whoever sees the case; traced. */
	@Transactional
	Sight read(CaseId id, CurrentUser actor) {
		var standing = sight(id, actor, VIEWED);
		trace(actor, VIEWED, id);
		return new Sight(standing, store.versions(id), today(standing));
	}

	/**
	 * What a change made now would be typed against: the current version as it stands, as an edit form would carry it
	 * ({@link TypedAgainst#NO_PLAN_YET} before the first goal). For callers without a form, such as the demo data;
	 * traced as a read of the plan.
	 */
	@Transactional
	public TypedAgainst against(CaseId id, CurrentUser actor) {
		return read(id, actor).current().map(PlanVersion::typedAgainst).orElse(TypedAgainst.NO_PLAN_YET);
	}

	/** The case's plan to show one version of it, for whoever sees the case; a version that does not exist is not found. Traced. */
	@Transactional
	Sight version(CaseId id, int number, CurrentUser actor) {
		var standing = sight(id, actor, VERSION_VIEWED);
		var versions = store.versions(id);
		if (versions.stream().noneMatch(found -> found.number() == number)) {
			throw new NotFound();
		}
		trace(actor, VERSION_VIEWED, id);
		return new Sight(standing, versions, today(standing));
	}

	/** Adds a goal to the draft; the first goal starts the plan, as version 1. */
	@Transactional
	public UUID addGoal(CaseId id, GoalInput typed, TypedAgainst against, CurrentUser actor) {
		var standing = changer(id, actor, GOAL_ADDED);
		var goal = SmartGoal.check(typed, standing.file()::onTeam, today(standing), null);
		claim(id, against, false, actor);
		var goalId = UUID.randomUUID();
		store.insertGoal(id, against.number(), goalId, goal);
		trace(actor, GOAL_ADDED, id);
		return goalId;
	}

	/** Changes a goal of the draft. */
	@Transactional
	public void changeGoal(CaseId id, UUID goalId, GoalInput typed, TypedAgainst against, CurrentUser actor) {
		var standing = changer(id, actor, GOAL_CHANGED);
		var saved = currentGoal(id, goalId);
		var goal = SmartGoal.check(typed, standing.file()::onTeam, today(standing), saved.due());
		claim(id, against, false, actor);
		store.updateGoal(goalId, goal);
		trace(actor, GOAL_CHANGED, id);
	}

	/** Adds a task to a goal of the draft. */
	@Transactional
	public UUID addTask(CaseId id, UUID goalId, TaskInput typed, TypedAgainst against, CurrentUser actor) {
		var standing = changer(id, actor, TASK_ADDED);
		currentGoal(id, goalId);
		var task = PlannedTask.check(typed, standing.file()::onTeam);
		claim(id, against, false, actor);
		var taskId = UUID.randomUUID();
		store.insertTask(goalId, null, taskId, task, null);
		trace(actor, TASK_ADDED, id);
		return taskId;
	}

	/** Adds a task to an intervention of the draft. */
	@Transactional
	public UUID addInterventionTask(CaseId id, UUID interventionId, TaskInput typed, TypedAgainst against, CurrentUser actor) {
		var standing = changer(id, actor, TASK_ADDED);
		currentIntervention(id, interventionId);
		var task = PlannedTask.check(typed, standing.file()::onTeam);
		claim(id, against, false, actor);
		var taskId = UUID.randomUUID();
		store.insertTask(null, interventionId, taskId, task, null);
		trace(actor, TASK_ADDED, id);
		return taskId;
	}

	/**
	 * Adds an intervention to the draft, chosen from the hub's catalogue as it is offered now, provided by a member agency
	 * of the case's hub, serving goals of the draft.
	 */
	@Transactional
	public UUID addIntervention(CaseId id, InterventionInput typed, TypedAgainst against, CurrentUser actor) {
		var standing = changer(id, actor, INTERVENTION_ADDED);
		var intervention = checked(standing, typed, goalsOfLatest(id), null);
		claim(id, against, false, actor);
		var interventionId = UUID.randomUUID();
		store.insertIntervention(id, against.number(), interventionId, intervention);
		trace(actor, INTERVENTION_ADDED, id);
		return interventionId;
	}

	/** Changes an intervention of the draft; one whose catalogue entry was retired since may keep it. */
	@Transactional
	public void changeIntervention(CaseId id, UUID interventionId, InterventionInput typed, TypedAgainst against, CurrentUser actor) {
		var standing = changer(id, actor, INTERVENTION_CHANGED);
		var saved = currentIntervention(id, interventionId);
		var intervention = checked(standing, typed, goalsOfLatest(id), saved.code());
		claim(id, against, false, actor);
		store.updateIntervention(interventionId, intervention);
		trace(actor, INTERVENTION_CHANGED, id);
	}

	/**
	 * Marks where an intervention of the current version stands. Like a task's progress, it is not a change of what was
	 * agreed, so it is marked on an agreed version too.
	 */
	@Transactional
	public void markIntervention(CaseId id, UUID interventionId, InterventionStatus status, TypedAgainst against, CurrentUser actor) {
		changer(id, actor, INTERVENTION_MARKED);
		currentIntervention(id, interventionId);
		if (status == null) {
			throw InvalidInput.of("status", "plan.error.statusMissing");
		}
		claim(id, against, true, actor);
		store.markIntervention(interventionId, status);
		trace(actor, INTERVENTION_MARKED, id);
	}

	private PlannedIntervention checked(CaseStanding standing, InterventionInput typed, Set<UUID> goals, String savedCode) {
		var hubId = standing.file().hub();
		var hub = hubs.find(hubId);
		return PlannedIntervention.check(typed, code -> catalogue.find(hubId, code),
				agency -> hub.map(found -> found.hasMemberAgency(agency)).orElse(false), standing.file()::onTeam, goals, savedCode);
	}

	private Set<UUID> goalsOfLatest(CaseId id) {
		return store.latest(id).map(version -> version.goals().stream().map(Goal::id).collect(Collectors.toSet())).orElse(Set.of());
	}

	/** Changes a task of the draft. */
	@Transactional
	public void changeTask(CaseId id, UUID taskId, TaskInput typed, TypedAgainst against, CurrentUser actor) {
		var standing = changer(id, actor, TASK_CHANGED);
		currentTask(id, taskId);
		var task = PlannedTask.check(typed, standing.file()::onTeam);
		claim(id, against, false, actor);
		store.updateTask(taskId, task);
		trace(actor, TASK_CHANGED, id);
	}

	/**
	 * Marks a task of the current version done, or open again. Progress is not a change of what was agreed, so it is
	 * marked on an agreed version too.
	 */
	@Transactional
	public void markTask(CaseId id, UUID taskId, boolean done, TypedAgainst against, CurrentUser actor) {
		changer(id, actor, TASK_MARKED);
		currentTask(id, taskId);
		claim(id, against, true, actor);
		store.markTask(taskId, done ? clock.instant() : null);
		trace(actor, TASK_MARKED, id);
	}

	/**
	 * Records the person's agreement to the draft, or for a minor the guardian's: the version is agreed from now on and
	 * no longer changes. A plan without goals has nothing to agree to.
	 */
	@Transactional
	public void agree(CaseId id, AgreementInput typed, TypedAgainst against, CurrentUser actor) {
		var standing = changer(id, actor, AGREED);
		var latest = store.latest(id);
		if (latest.isEmpty() || !latest.get().agreed() && latest.get().goals().isEmpty()) {
			throw InvalidInput.of("plan", "plan.error.nothingToAgree");
		}
		var day = typed.decidedOn() == null ? today(standing) : typed.decidedOn();
		var agreement = Agreement.check(typed, minorOn(standing, day, actor), today(standing));
		claim(id, against, false, actor);
		store.agree(id, against.number(), agreement, actor.id(), clock.instant());
		trace(actor, AGREED, id);
	}

	/**
	 * Starts a new draft from the agreed plan, with its goals, interventions (serving the copies of their goals) and tasks
	 * as they are; the agreed version stays readable.
	 */
	@Transactional
	public int revise(CaseId id, TypedAgainst against, CurrentUser actor) {
		changer(id, actor, REVISED);
		var agreed = store.latest(id).orElseThrow(() -> InvalidInput.of("plan", "plan.error.nothingToRevise"));
		if (!agreed.agreed() || agreed.number() != against.number()) {
			throw EditConflict.of(agreed.agreed() ? "plan.conflict.changed" : "plan.conflict.revisedMeanwhile");
		}
		var next = agreed.number() + 1;
		if (!store.startVersion(id, next, actor.id(), clock.instant())) {
			throw EditConflict.of("plan.conflict.revisedMeanwhile");
		}
		var copies = new HashMap<UUID, UUID>();
		for (var goal : agreed.goals()) {
			var copy = UUID.randomUUID();
			copies.put(goal.id(), copy);
			store.insertGoal(id, next, copy, new SmartGoal(goal.statement(), goal.indicator(), goal.baseline(), goal.target(),
					goal.responsible(), goal.due()));
			goal.tasks().forEach(task -> store.insertTask(copy, null, UUID.randomUUID(),
					new PlannedTask(task.title(), task.assignee(), task.starts(), task.due()), task.doneAt()));
		}
		for (var intervention : agreed.interventions()) {
			var copy = UUID.randomUUID();
			var planned = intervention.asPlanned();
			store.insertIntervention(id, next, copy, new PlannedIntervention(planned.code(), planned.provider(), planned.responsible(),
					planned.starts(), planned.frequency(), planned.ends(), planned.status(),
					planned.goals().stream().map(copies::get).collect(Collectors.toSet())));
			intervention.tasks().forEach(task -> store.insertTask(null, copy, UUID.randomUUID(),
					new PlannedTask(task.title(), task.assignee(), task.starts(), task.due()), task.doneAt()));
		}
		trace(actor, REVISED, id);
		return next;
	}

	/** The goal in the case's current version; a goal of an earlier version, or of another case, is not found. */
	private Goal currentGoal(CaseId id, UUID goalId) {
		return store.latest(id).flatMap(version -> version.goal(goalId)).orElseThrow(NotFound::new);
	}

	private Intervention currentIntervention(CaseId id, UUID interventionId) {
		return store.latest(id).flatMap(version -> version.intervention(interventionId)).orElseThrow(NotFound::new);
	}

	private Task currentTask(CaseId id, UUID taskId) {
		return store.latest(id).flatMap(version -> version.task(taskId)).orElseThrow(NotFound::new);
	}

	private void claim(CaseId id, TypedAgainst against, boolean progress, CurrentUser actor) {
		if (!store.claim(id, against, progress, actor.id(), clock.instant())) {
			var agreedMeanwhile = !progress && store.latest(id).map(PlanVersion::agreed).orElse(false);
			throw EditConflict.of(agreedMeanwhile ? "plan.conflict.agreedMeanwhile" : "plan.conflict.changed");
		}
	}

	/**
	 * Whether the person is a minor on the day of the agreement, as far as their date of birth is known: a person
	 * whose date of birth nobody recorded agrees for themselves. Reading it is traced.
	 */
	private boolean minorOn(CaseStanding standing, LocalDate day, CurrentUser actor) {
		var person = standing.file().person();
		if (person == null) {
			return false;
		}
		var born = persons.view(person, actor, MINOR_CHECK).details().dateOfBirth();
		return born != null && born.ageOn(day) < 18;
	}

	/** The rule for changing the plan: the case owner and the hub's coordinators. */
	static boolean changes(CaseStanding standing) {
		return standing.owner() || standing.coordinator();
	}

	/** The day it is where the case's hub works: the day a goal's date may not be before. */
	private LocalDate today(CaseStanding standing) {
		return hubs.find(standing.file().hub()).map(hub -> hub.today(clock)).orElseGet(() -> LocalDate.now(clock));
	}

	/** Whoever does not see the case is told it does not exist, and the attempt is traced. */
	private CaseStanding sight(CaseId id, CurrentUser actor, AuditAction action) {
		var standing = cases.standing(id, actor).filter(CaseStanding::seesCase);
		if (standing.isEmpty()) {
			audit.recordRefusal(AuditEvent.denied(actor.asAuditActor(), action, subject(id), "not-entitled"));
			throw new NotFound();
		}
		return standing.get();
	}

	/** Someone who sees the case but may not change its plan is refused with 403, traced like any refusal. */
	private CaseStanding changer(CaseId id, CurrentUser actor, AuditAction action) {
		var standing = sight(id, actor, action);
		if (!changes(standing)) {
			audit.recordRefusal(AuditEvent.denied(actor.asAuditActor(), action, subject(id), "not-owner-or-coordinator"));
			throw new AccessDeniedException("Only the case owner and the hub's coordinators change the support plan");
		}
		if (!standing.file().open()) {
			throw InvalidInput.of("plan", "plan.error.caseClosed");
		}
		return standing;
	}

	private void trace(CurrentUser actor, AuditAction action, CaseId id) {
		audit.record(AuditEvent.success(actor.asAuditActor(), action, subject(id)));
	}

	static AuditSubject subject(CaseId id) {
		return AuditSubject.of("plan", id);
	}
}
