package eu.tandem.plan;

import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Predicate;

import eu.tandem.identity.UserId;
import eu.tandem.kernel.InputProblems;
import eu.tandem.kernel.InvalidInput;
import eu.tandem.kernel.PlainText;
import eu.tandem.web.Words;
import org.jspecify.annotations.Nullable;

/**
 * A goal of a support plan that is SMART: specific (a statement), measurable (an indicator, with where the person
 * stands now and where the goal would have them), with a person responsible on the case team, and a date. A goal that
 * exists is one; {@link #check} refuses the rest with every problem next to its field.
 */
record SmartGoal(String statement, String indicator, String baseline, String target, UserId responsible, LocalDate due) {

	static final int LONGEST_STATEMENT = 1000;
	static final int LONGEST_MEASURE = 300;

	SmartGoal {
		Objects.requireNonNull(responsible, "responsible");
		Objects.requireNonNull(due, "due");
		if (sameMeasure(baseline, target)) {
			throw new IllegalArgumentException("A goal's target differs from its baseline");
		}
	}

	/**
	 * The goal as typed, checked: every field given, the target not the baseline (a goal that changes nothing measures
	 * nothing), the person responsible on the case team, and a date that has not passed — unless it is the date the goal
	 * already had, so that a goal whose date passed can still be corrected in other respects.
	 *
	 * @param savedDue the date the goal has now, or null for a new goal
	 */
	static SmartGoal check(GoalInput typed, Predicate<UserId> onTeam, LocalDate today, @Nullable LocalDate savedDue) {
		var problems = new InputProblems();
		var statement = problems.check(() -> PlainText.requiredMultiLine("statement", Words.of("plan.goal.statement"), typed.statement(),
				LONGEST_STATEMENT));
		var indicator = problems.check(() -> PlainText.required("indicator", Words.of("plan.goal.indicator"), typed.indicator(),
				LONGEST_MEASURE));
		var baseline = problems.check(() -> PlainText.required("baseline", Words.of("plan.goal.baseline"), typed.baseline(),
				LONGEST_MEASURE));
		var target = problems.check(() -> PlainText.required("target", Words.of("plan.goal.target"), typed.target(), LONGEST_MEASURE));
		if (baseline != null && target != null && sameMeasure(baseline, target)) {
			problems.add(InvalidInput.of("target", "plan.error.targetIsBaseline"));
		}
		responsibleOnTeam(problems, "responsible", typed.responsible(), onTeam);
		var due = typed.due();
		if (due == null) {
			problems.add(InvalidInput.of("date", "plan.error.goalDateMissing"));
		}
		else if (due.isBefore(today) && !due.equals(savedDue)) {
			problems.add(InvalidInput.of("date", "plan.error.goalDatePassed"));
		}
		problems.throwIfAny();
		return new SmartGoal(statement, indicator, baseline, target, typed.responsible(), due);
	}

	/** "5 hours" and "5 Hours " are one measure. */
	static boolean sameMeasure(String baseline, String target) {
		return baseline.strip().equalsIgnoreCase(target.strip());
	}

	/** The person responsible for a goal, or assigned a task, is on the case team: someone the case owner can ask. */
	static void responsibleOnTeam(InputProblems problems, String field, @Nullable UserId user, Predicate<UserId> onTeam) {
		if (user == null) {
			problems.add(InvalidInput.of(field, "plan.error.nobodyChosen"));
		}
		else if (!onTeam.test(user)) {
			problems.add(InvalidInput.of(field, "plan.error.notOnTeam"));
		}
	}
}
