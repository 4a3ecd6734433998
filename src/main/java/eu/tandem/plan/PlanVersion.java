package eu.tandem.plan;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import eu.tandem.casework.CaseId;
import eu.tandem.identity.UserId;
import org.jspecify.annotations.Nullable;

/**
 * One version of a case's plan: a draft while {@code agreement} is null, then agreed and kept as agreed (only its
 * tasks' progress and its interventions' status are marked on it).
 */
record PlanVersion(CaseId caseId, int number, Instant createdAt, UserId createdBy, @Nullable Agreement agreement,
		@Nullable UserId agreedBy, @Nullable Instant agreedAt, long rowVersion, List<Goal> goals, List<Intervention> interventions) {

	PlanVersion {
		goals = List.copyOf(goals);
		interventions = List.copyOf(interventions);
	}

	public boolean agreed() {
		return agreement != null;
	}

	TypedAgainst typedAgainst() {
		return new TypedAgainst(number, rowVersion);
	}

	Optional<Goal> goal(UUID id) {
		return goals.stream().filter(goal -> goal.id().equals(id)).findFirst();
	}

	Optional<Intervention> intervention(UUID id) {
		return interventions.stream().filter(intervention -> intervention.id().equals(id)).findFirst();
	}

	/** A task of this version, on a goal or on an intervention. */
	Optional<Task> task(UUID id) {
		return java.util.stream.Stream.concat(goals.stream().flatMap(goal -> goal.tasks().stream()),
				interventions.stream().flatMap(intervention -> intervention.tasks().stream()))
			.filter(task -> task.id().equals(id)).findFirst();
	}

	/** The goals an intervention serves, in the plan's order. */
	public List<Goal> served(Intervention intervention) {
		return goals.stream().filter(goal -> intervention.serves(goal.id())).toList();
	}
}
