package eu.tandem.plan;

import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Predicate;

import eu.tandem.identity.UserId;
import eu.tandem.kernel.InputProblems;
import eu.tandem.kernel.InvalidInput;
import eu.tandem.kernel.PlainText;
import eu.tandem.web.Words;

/** A task on a goal: what is to be done, by whom on the case team, from when and by when (never due before it starts). */
record PlannedTask(String title, UserId assignee, LocalDate starts, LocalDate due) {

	static final int LONGEST_TITLE = 300;

	PlannedTask {
		Objects.requireNonNull(assignee, "assignee");
		if (due.isBefore(starts)) {
			throw new IllegalArgumentException("A task is not due before it starts");
		}
	}

	static PlannedTask check(TaskInput typed, Predicate<UserId> onTeam) {
		var problems = new InputProblems();
		var title = problems.check(() -> PlainText.required("title", Words.of("plan.task.title"), typed.title(), LONGEST_TITLE));
		SmartGoal.responsibleOnTeam(problems, "assignee", typed.assignee(), onTeam);
		if (typed.starts() == null) {
			problems.add(InvalidInput.of("starts", "plan.error.taskStartMissing"));
		}
		if (typed.due() == null) {
			problems.add(InvalidInput.of("due", "plan.error.taskDueMissing"));
		}
		else if (typed.starts() != null && typed.due().isBefore(typed.starts())) {
			problems.add(InvalidInput.of("due", "plan.error.taskDueBeforeStart"));
		}
		problems.throwIfAny();
		return new PlannedTask(title, typed.assignee(), typed.starts(), typed.due());
	}
}
