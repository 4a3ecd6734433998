package eu.tandem.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import eu.tandem.identity.UserId;

/** A goal as saved in a plan version, with its tasks in the order they were added. */
record Goal(UUID id, int position, String statement, String indicator, String baseline, String target, UserId responsible,
		LocalDate due, List<Task> tasks) {

	Goal {
		tasks = List.copyOf(tasks);
	}

	GoalInput asTyped() {
		return new GoalInput(statement, indicator, baseline, target, responsible, due);
	}
}
