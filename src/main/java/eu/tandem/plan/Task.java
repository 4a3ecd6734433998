package eu.tandem.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import eu.tandem.identity.UserId;
import org.jspecify.annotations.Nullable;

/** A task as saved on a goal or on an intervention (exactly one of the two); done when {@code doneAt} is set. */
record Task(UUID id, @Nullable UUID goal, @Nullable UUID intervention, String title, UserId assignee, LocalDate starts, LocalDate due,
		@Nullable Instant doneAt) {

	Task {
		if ((goal == null) == (intervention == null)) {
			throw new IllegalArgumentException("A task hangs off a goal or off an intervention");
		}
	}

	public boolean done() {
		return doneAt != null;
	}

	TaskInput asTyped() {
		return new TaskInput(title, assignee, starts, due);
	}
}
