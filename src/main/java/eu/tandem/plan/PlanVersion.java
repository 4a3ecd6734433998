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
 * tasks' progress is marked on it).
 */
record PlanVersion(CaseId caseId, int number, Instant createdAt, UserId createdBy, @Nullable Agreement agreement,
		@Nullable UserId agreedBy, @Nullable Instant agreedAt, long rowVersion, List<Goal> goals) {

	PlanVersion {
		goals = List.copyOf(goals);
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

	Optional<Task> task(UUID id) {
		return goals.stream().flatMap(goal -> goal.tasks().stream()).filter(task -> task.id().equals(id)).findFirst();
	}
}
