package eu.tandem.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import eu.tandem.identity.AgencyId;
import eu.tandem.identity.UserId;
import org.jspecify.annotations.Nullable;

/** An intervention as saved in a plan version, with the goals it serves (in the goals' order) and its tasks. */
record Intervention(UUID id, int position, String code, AgencyId provider, UserId responsible, LocalDate starts,
		Frequency frequency, @Nullable LocalDate ends, InterventionStatus status, List<UUID> goals, List<Task> tasks) {

	Intervention {
		goals = List.copyOf(goals);
		tasks = List.copyOf(tasks);
	}

	PlannedIntervention asPlanned() {
		return new PlannedIntervention(code, provider, responsible, starts, frequency, ends, status, Set.copyOf(goals));
	}

	public boolean serves(UUID goal) {
		return goals.contains(goal);
	}
}
