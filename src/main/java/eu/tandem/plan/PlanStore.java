package eu.tandem.plan;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import eu.tandem.casework.CaseId;
import eu.tandem.identity.AgencyId;
import eu.tandem.identity.UserId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The plan's tables, in plain SQL. */
@Repository
class PlanStore {

	private final JdbcClient jdbc;

	PlanStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every version of the case's plan, oldest first, each with its goals and interventions and their tasks. */
	List<PlanVersion> versions(CaseId caseId) {
		var tasks = tasksOf(caseId);
		var goals = goalsOf(caseId, tasks);
		var interventions = interventionsOf(caseId, tasks);
		return jdbc.sql("""
				select case_id, number, created_at, created_by, decided_by, decided_on, obtained, agreement_note, agreed_by, agreed_at,
				       row_version
				  from plan.plan_version where case_id = :case order by number""")
			.param("case", caseId.value())
			.query((rs, row) -> version(rs, goals.getOrDefault(rs.getInt("number"), List.of()),
					interventions.getOrDefault(rs.getInt("number"), List.of())))
			.list();
	}

	Optional<PlanVersion> latest(CaseId caseId) {
		var versions = versions(caseId);
		return versions.isEmpty() ? Optional.empty() : Optional.of(versions.getLast());
	}

	/** The tasks of the case's plan, every version, by the goal or intervention they hang off. */
	private Map<UUID, List<Task>> tasksOf(CaseId caseId) {
		var tasks = new LinkedHashMap<UUID, List<Task>>();
		jdbc.sql("""
				select t.id, t.goal_id, t.intervention_id, t.title, t.assignee_id, t.starts_on, t.due_on, t.done_at
				  from plan.task t
				  left join plan.goal g on g.id = t.goal_id
				  left join plan.intervention i on i.id = t.intervention_id
				 where coalesce(g.case_id, i.case_id) = :case order by t.position""")
			.param("case", caseId.value())
			.query((rs, row) -> new Task(rs.getObject("id", UUID.class), rs.getObject("goal_id", UUID.class),
					rs.getObject("intervention_id", UUID.class), rs.getString("title"),
					new UserId(rs.getObject("assignee_id", UUID.class)), rs.getObject("starts_on", LocalDate.class),
					rs.getObject("due_on", LocalDate.class), instant(rs, "done_at")))
			.list()
			.forEach(task -> tasks.computeIfAbsent(task.goal() != null ? task.goal() : task.intervention(), on -> new ArrayList<>())
				.add(task));
		return tasks;
	}

	private LinkedHashMap<Integer, List<Goal>> goalsOf(CaseId caseId, Map<UUID, List<Task>> tasks) {
		var goals = new LinkedHashMap<Integer, List<Goal>>();
		jdbc.sql("""
				select id, number, position, statement, indicator, baseline, target, responsible_id, due_on
				  from plan.goal where case_id = :case order by number, position""")
			.param("case", caseId.value())
			.query((rs, row) -> {
				var id = rs.getObject("id", UUID.class);
				goals.computeIfAbsent(rs.getInt("number"), number -> new ArrayList<>())
					.add(new Goal(id, rs.getInt("position"), rs.getString("statement"), rs.getString("indicator"), rs.getString("baseline"),
							rs.getString("target"), new UserId(rs.getObject("responsible_id", UUID.class)),
							rs.getObject("due_on", LocalDate.class), tasks.getOrDefault(id, List.of())));
				return id;
			})
			.list();
		return goals;
	}

	private LinkedHashMap<Integer, List<Intervention>> interventionsOf(CaseId caseId, Map<UUID, List<Task>> tasks) {
		var served = new LinkedHashMap<UUID, List<UUID>>();
		jdbc.sql("""
				select ig.intervention_id, ig.goal_id from plan.intervention_goal ig
				  join plan.intervention i on i.id = ig.intervention_id join plan.goal g on g.id = ig.goal_id
				 where i.case_id = :case order by g.position""")
			.param("case", caseId.value())
			.query((rs, row) -> served.computeIfAbsent(rs.getObject("intervention_id", UUID.class), id -> new ArrayList<>())
				.add(rs.getObject("goal_id", UUID.class)))
			.list();
		var interventions = new LinkedHashMap<Integer, List<Intervention>>();
		jdbc.sql("""
				select id, number, position, code, provider_id, responsible_id, starts_on, frequency, ends_on, status
				  from plan.intervention where case_id = :case order by number, position""")
			.param("case", caseId.value())
			.query((rs, row) -> {
				var id = rs.getObject("id", UUID.class);
				interventions.computeIfAbsent(rs.getInt("number"), number -> new ArrayList<>())
					.add(new Intervention(id, rs.getInt("position"), rs.getString("code"), new AgencyId(rs.getObject("provider_id", UUID.class)),
							new UserId(rs.getObject("responsible_id", UUID.class)), rs.getObject("starts_on", LocalDate.class),
							Frequency.valueOf(rs.getString("frequency")), rs.getObject("ends_on", LocalDate.class),
							InterventionStatus.valueOf(rs.getString("status")), served.getOrDefault(id, List.of()),
							tasks.getOrDefault(id, List.of())));
				return id;
			})
			.list();
		return interventions;
	}

	private static PlanVersion version(ResultSet rs, List<Goal> goals, List<Intervention> interventions) throws SQLException {
		var decidedBy = rs.getString("decided_by");
		var agreement = decidedBy == null ? null
				: new Agreement(DecidedBy.valueOf(decidedBy), rs.getObject("decided_on", LocalDate.class),
						Obtained.valueOf(rs.getString("obtained")), rs.getString("agreement_note"));
		var agreedBy = rs.getObject("agreed_by", UUID.class);
		return new PlanVersion(new CaseId(rs.getObject("case_id", UUID.class)), rs.getInt("number"), instant(rs, "created_at"),
				new UserId(rs.getObject("created_by", UUID.class)), agreement, agreedBy == null ? null : new UserId(agreedBy),
				instant(rs, "agreed_at"), rs.getLong("row_version"), goals, interventions);
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		var time = rs.getObject(column, java.time.OffsetDateTime.class);
		return time == null ? null : time.toInstant();
	}

	/**
	 * Claims the version the form was typed against for one change, under its row lock: true when it is still the case's
	 * latest version, as the form saw it, and a draft (or, for {@code progress}, agreed too: a task's progress is marked on
	 * whichever version is current). A form typed against no plan yet makes version 1 here. False changes nothing.
	 */
	boolean claim(CaseId caseId, TypedAgainst typed, boolean progress, UserId actor, Instant now) {
		if (typed.equals(TypedAgainst.NO_PLAN_YET)) {
			return jdbc.sql("""
					insert into plan.plan_version (case_id, number, created_at, created_by, row_version)
					values (:case, 1, :now, :actor, 1) on conflict do nothing""")
				.param("case", caseId.value()).param("now", now.atOffset(ZoneOffset.UTC)).param("actor", actor.value())
				.update() == 1;
		}
		return jdbc.sql("""
				update plan.plan_version set row_version = row_version + 1
				 where case_id = :case and number = :number and row_version = :rowVersion
				   and (agreed_at is null or :progress)
				   and number = (select max(number) from plan.plan_version where case_id = :case)""")
			.param("case", caseId.value()).param("number", typed.number()).param("rowVersion", typed.rowVersion())
			.param("progress", progress)
			.update() == 1;
	}

	void insertGoal(CaseId caseId, int number, UUID id, SmartGoal goal) {
		jdbc.sql("""
				insert into plan.goal (id, case_id, number, position, statement, indicator, baseline, target, responsible_id, due_on)
				values (:id, :case, :number,
				        (select coalesce(max(position), 0) + 1 from plan.goal where case_id = :case and number = :number),
				        :statement, :indicator, :baseline, :target, :responsible, :due)""")
			.param("id", id).param("case", caseId.value()).param("number", number)
			.param("statement", goal.statement()).param("indicator", goal.indicator()).param("baseline", goal.baseline())
			.param("target", goal.target()).param("responsible", goal.responsible().value()).param("due", goal.due())
			.update();
	}

	void updateGoal(UUID id, SmartGoal goal) {
		jdbc.sql("""
				update plan.goal set statement = :statement, indicator = :indicator, baseline = :baseline, target = :target,
				       responsible_id = :responsible, due_on = :due
				 where id = :id""")
			.param("id", id).param("statement", goal.statement()).param("indicator", goal.indicator())
			.param("baseline", goal.baseline()).param("target", goal.target()).param("responsible", goal.responsible().value())
			.param("due", goal.due())
			.update();
	}

	/** A task on a goal, or on an intervention: {@code goal} or {@code intervention}, the other null. */
	void insertTask(@Nullable UUID goal, @Nullable UUID intervention, UUID id, PlannedTask task, @Nullable Instant doneAt) {
		jdbc.sql("""
				insert into plan.task (id, goal_id, intervention_id, position, title, assignee_id, starts_on, due_on, done_at)
				values (:id, :goal, :intervention,
				        (select coalesce(max(position), 0) + 1 from plan.task where goal_id = :goal or intervention_id = :intervention),
				        :title, :assignee, :starts, :due, :doneAt)""")
			.param("id", id).param("goal", goal, Types.OTHER).param("intervention", intervention, Types.OTHER)
			.param("title", task.title()).param("assignee", task.assignee().value())
			.param("starts", task.starts()).param("due", task.due())
			.param("doneAt", doneAt == null ? null : doneAt.atOffset(ZoneOffset.UTC))
			.update();
	}

	void insertIntervention(CaseId caseId, int number, UUID id, PlannedIntervention intervention) {
		jdbc.sql("""
				insert into plan.intervention (id, case_id, number, position, code, provider_id, responsible_id, starts_on, frequency,
				                               ends_on, status)
				values (:id, :case, :number,
				        (select coalesce(max(position), 0) + 1 from plan.intervention where case_id = :case and number = :number),
				        :code, :provider, :responsible, :starts, :frequency, :ends, :status)""")
			.param("id", id).param("case", caseId.value()).param("number", number).param("code", intervention.code())
			.param("provider", intervention.provider().value()).param("responsible", intervention.responsible().value())
			.param("starts", intervention.starts()).param("frequency", intervention.frequency().name())
			.param("ends", intervention.ends(), Types.DATE).param("status", intervention.status().name())
			.update();
		serve(id, intervention.goals());
	}

	void updateIntervention(UUID id, PlannedIntervention intervention) {
		jdbc.sql("""
				update plan.intervention set code = :code, provider_id = :provider, responsible_id = :responsible, starts_on = :starts,
				       frequency = :frequency, ends_on = :ends, status = :status
				 where id = :id""")
			.param("id", id).param("code", intervention.code()).param("provider", intervention.provider().value())
			.param("responsible", intervention.responsible().value()).param("starts", intervention.starts())
			.param("frequency", intervention.frequency().name()).param("ends", intervention.ends(), Types.DATE)
			.param("status", intervention.status().name())
			.update();
		jdbc.sql("delete from plan.intervention_goal where intervention_id = :id").param("id", id).update();
		serve(id, intervention.goals());
	}

	private void serve(UUID intervention, java.util.Collection<UUID> goals) {
		for (var goal : goals) {
			jdbc.sql("insert into plan.intervention_goal (intervention_id, goal_id) values (:intervention, :goal)")
				.param("intervention", intervention).param("goal", goal).update();
		}
	}

	void markIntervention(UUID id, InterventionStatus status) {
		jdbc.sql("update plan.intervention set status = :status where id = :id").param("id", id).param("status", status.name()).update();
	}

	void updateTask(UUID id, PlannedTask task) {
		jdbc.sql("""
				update plan.task set title = :title, assignee_id = :assignee, starts_on = :starts, due_on = :due where id = :id""")
			.param("id", id).param("title", task.title()).param("assignee", task.assignee().value()).param("starts", task.starts())
			.param("due", task.due())
			.update();
	}

	void markTask(UUID id, @Nullable Instant doneAt) {
		jdbc.sql("update plan.task set done_at = :doneAt where id = :id")
			.param("id", id).param("doneAt", doneAt == null ? null : doneAt.atOffset(ZoneOffset.UTC))
			.update();
	}

	void agree(CaseId caseId, int number, Agreement agreement, UserId actor, Instant now) {
		jdbc.sql("""
				update plan.plan_version set decided_by = :decidedBy, decided_on = :decidedOn, obtained = :obtained,
				       agreement_note = :note, agreed_by = :actor, agreed_at = :now
				 where case_id = :case and number = :number and agreed_at is null""")
			.param("case", caseId.value()).param("number", number).param("decidedBy", agreement.decidedBy().name())
			.param("decidedOn", agreement.decidedOn()).param("obtained", agreement.obtained().name()).param("note", agreement.note())
			.param("actor", actor.value()).param("now", now.atOffset(ZoneOffset.UTC))
			.update();
	}

	/** Starts the version after {@code number} as a draft; false, changing nothing, when someone started it already. */
	boolean startVersion(CaseId caseId, int number, UserId actor, Instant now) {
		return jdbc.sql("""
				insert into plan.plan_version (case_id, number, created_at, created_by, row_version)
				values (:case, :number, :now, :actor, 1) on conflict do nothing""")
			.param("case", caseId.value()).param("number", number).param("now", now.atOffset(ZoneOffset.UTC))
			.param("actor", actor.value())
			.update() == 1;
	}

	/** Whether the case's latest version is agreed. */
	boolean latestAgreed(CaseId caseId) {
		return jdbc.sql("""
				select agreed_at is not null from plan.plan_version where case_id = :case order by number desc limit 1""")
			.param("case", caseId.value()).query(Boolean.class).optional().orElse(false);
	}

	/** The titles of the latest version's tasks not yet done, on goals and on interventions, soonest due first. */
	List<String> openTasks(CaseId caseId) {
		return jdbc.sql("""
				select t.title from plan.task t
				  left join plan.goal g on g.id = t.goal_id
				  left join plan.intervention i on i.id = t.intervention_id
				 where coalesce(g.case_id, i.case_id) = :case and t.done_at is null
				   and coalesce(g.number, i.number) = (select max(number) from plan.plan_version where case_id = :case)
				 order by t.due_on, g.position nulls last, i.position, t.position""")
			.param("case", caseId.value()).query(String.class).list();
	}

	/** Everything of the case's plan, every version. */
	void erase(CaseId caseId) {
		jdbc.sql("""
				delete from plan.task where goal_id in (select id from plan.goal where case_id = :case)
				   or intervention_id in (select id from plan.intervention where case_id = :case)""")
			.param("case", caseId.value()).update();
		jdbc.sql("delete from plan.intervention_goal where intervention_id in (select id from plan.intervention where case_id = :case)")
			.param("case", caseId.value()).update();
		jdbc.sql("delete from plan.intervention where case_id = :case").param("case", caseId.value()).update();
		jdbc.sql("delete from plan.goal where case_id = :case").param("case", caseId.value()).update();
		jdbc.sql("delete from plan.plan_version where case_id = :case").param("case", caseId.value()).update();
	}
}
