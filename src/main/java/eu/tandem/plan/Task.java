package eu.tandem.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import eu.tandem.identity.UserId;
import org.jspecify.annotations.Nullable;

/** A task as saved on a goal; done when {@code doneAt} is set. */
record Task(UUID id, UUID goal, String title, UserId assignee, LocalDate starts, LocalDate due, @Nullable Instant doneAt) {

	public boolean done() {
		return doneAt != null;
	}

	TaskInput asTyped() {
		return new TaskInput(title, assignee, starts, due);
	}
}
