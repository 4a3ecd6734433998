package eu.tandem.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import eu.tandem.casework.CaseId;
import eu.tandem.identity.UserId;
import org.jspecify.annotations.Nullable;

/**
 * What the plan screens show: the case's reference, every version of its plan, the team by name (to choose whom a goal
 * or task is for) and what the user may do.
 *
 * @param team the case team, owner first, by name, to choose from
 * @param names everyone the plan names, the team and whoever has left it since
 */
record PlanPage(CaseId caseId, String reference, List<PlanVersion> versions, LocalDate today, boolean mayChange,
		List<Member> team, Map<UserId, String> names) {

	/** Someone on the case team, to choose. */
	record Member(String key, String name) {
	}

	PlanPage {
		versions = List.copyOf(versions);
		team = List.copyOf(team);
		names = Map.copyOf(names);
	}

	public @Nullable PlanVersion current() {
		return versions.isEmpty() ? null : versions.getLast();
	}

	/** The versions before the current one, newest first. */
	public List<PlanVersion> earlier() {
		return versions.size() < 2 ? List.of() : versions.subList(0, versions.size() - 1).reversed();
	}

	/** No plan yet, or a draft: goals and tasks are added and changed on it. */
	public boolean drafting() {
		return current() == null || !current().agreed();
	}

	public boolean mayEdit() {
		return mayChange && drafting();
	}

	public boolean mayAgree() {
		return mayEdit() && current() != null && !current().goals().isEmpty();
	}

	public boolean mayRevise() {
		return mayChange && !drafting();
	}

	/** What an edit form is typed against: the current version, or no plan yet. */
	public TypedAgainst typedAgainst() {
		return current() == null ? TypedAgainst.NO_PLAN_YET : current().typedAgainst();
	}

	Optional<Goal> goal(UUID id) {
		return Optional.ofNullable(current()).flatMap(version -> version.goal(id));
	}

	Optional<Task> task(UUID id) {
		return Optional.ofNullable(current()).flatMap(version -> version.task(id));
	}

	public String name(UserId user) {
		return names.getOrDefault(user, "");
	}
}
