package eu.tandem.plan;

import java.time.LocalDate;
import java.util.Set;
import java.util.function.Predicate;

import eu.tandem.identity.UserId;
import eu.tandem.kernel.InvalidInput;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules of a support plan's goals, tasks and agreement, each refused with the reason on its field. */
class SupportPlanRulesTest {

	static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
	static final UserId OWNER = UserId.random();
	static final UserId OUTSIDER = UserId.random();
	static final Predicate<UserId> ON_TEAM = Set.of(OWNER)::contains;

	static GoalInput goal(String baseline, String target, UserId responsible, LocalDate due) {
		return new GoalInput("Goes back to his football club", "Training sessions a week", baseline, target, responsible, due);
	}

	static Set<String> problems(Runnable check) {
		try {
			check.run();
		}
		catch (InvalidInput refused) {
			return Set.copyOf(refused.each().stream().map(problem -> problem.field() + ":" + problem.getCodes()[0]).toList());
		}
		throw new AssertionError("not refused");
	}

	@Test
	void aSmartGoalHasEverythingItNeeds() {
		var goal = SmartGoal.check(goal("0", "2", OWNER, TODAY.plusMonths(3)), ON_TEAM, TODAY, null);

		assertThat(goal.indicator()).isEqualTo("Training sessions a week");
		assertThat(goal.responsible()).isEqualTo(OWNER);
	}

	@Test
	void aGoalWithoutIndicatorOrDateIsRefusedOnBothFieldsAtOnce() {
		var typed = new GoalInput("Goes back to his football club", " ", "0", "2", OWNER, null);

		assertThat(problems(() -> SmartGoal.check(typed, ON_TEAM, TODAY, null)))
			.containsExactlyInAnyOrder("indicator:kernel.text.missing", "date:plan.error.goalDateMissing");
	}

	@Test
	void aTargetEqualToTheBaselineIsRefused() {
		assertThat(problems(() -> SmartGoal.check(goal("Twice a week", " twice A week", OWNER, TODAY), ON_TEAM, TODAY, null)))
			.containsExactly("target:plan.error.targetIsBaseline");
	}

	@Test
	void aResponsiblePersonOutsideTheTeamIsRefused() {
		assertThat(problems(() -> SmartGoal.check(goal("0", "2", OUTSIDER, TODAY), ON_TEAM, TODAY, null)))
			.containsExactly("responsible:plan.error.notOnTeam");
		assertThat(problems(() -> SmartGoal.check(new GoalInput("a", "b", "0", "2", null, TODAY), ON_TEAM, TODAY, null)))
			.containsExactly("responsible:plan.error.nobodyChosen");
	}

	@Test
	void aDateInThePastIsRefusedWhenSetButKeptWhenTheGoalAlreadyHadIt() {
		var yesterday = TODAY.minusDays(1);

		assertThat(problems(() -> SmartGoal.check(goal("0", "2", OWNER, yesterday), ON_TEAM, TODAY, null)))
			.containsExactly("date:plan.error.goalDatePassed");
		assertThat(problems(() -> SmartGoal.check(goal("0", "2", OWNER, yesterday), ON_TEAM, TODAY, TODAY.plusDays(5))))
			.containsExactly("date:plan.error.goalDatePassed");
		assertThat(SmartGoal.check(goal("0", "3", OWNER, yesterday), ON_TEAM, TODAY, yesterday).due()).isEqualTo(yesterday);
	}

	@Test
	void aGoalThatChangesNothingCannotExist() {
		assertThatThrownBy(() -> new SmartGoal("a", "b", "5", "5", OWNER, TODAY)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void aTaskDueBeforeItStartsIsRefused() {
		var typed = new TaskInput("Call the coach", OWNER, TODAY.plusDays(7), TODAY.plusDays(6));

		assertThat(problems(() -> PlannedTask.check(typed, ON_TEAM))).containsExactly("due:plan.error.taskDueBeforeStart");
	}

	@Test
	void aTaskDueOnTheDayItStartsIsFine() {
		var task = PlannedTask.check(new TaskInput("Call the coach", OWNER, TODAY, TODAY), ON_TEAM);

		assertThat(task.due()).isEqualTo(task.starts());
	}

	@Test
	void aTaskNeedsATitleAnAssigneeOnTheTeamAndBothDays() {
		assertThat(problems(() -> PlannedTask.check(new TaskInput("", OUTSIDER, null, null), ON_TEAM)))
			.containsExactlyInAnyOrder("title:kernel.text.missing", "assignee:plan.error.notOnTeam", "starts:plan.error.taskStartMissing",
					"due:plan.error.taskDueMissing");
	}

	@Test
	void theAgreementSaysWhoWhenAndHow() {
		var agreement = Agreement.check(new AgreementInput(DecidedBy.PERSON, TODAY, Obtained.WRITTEN, "  "), false, TODAY);

		assertThat(agreement.note()).isNull();
		assertThat(problems(() -> Agreement.check(new AgreementInput(null, null, null, null), false, TODAY)))
			.containsExactlyInAnyOrder("decidedBy:plan.error.whoAgreedMissing", "decidedOn:plan.error.agreementDateMissing",
					"obtained:plan.error.howObtainedMissing");
	}

	@Test
	void aMinorsPlanIsAgreedByTheGuardian() {
		assertThat(problems(() -> Agreement.check(new AgreementInput(DecidedBy.PERSON, TODAY, Obtained.ORAL, null), true, TODAY)))
			.containsExactly("decidedBy:plan.error.minorNeedsGuardian");
		assertThat(Agreement.check(new AgreementInput(DecidedBy.GUARDIAN, TODAY, Obtained.ORAL, null), true, TODAY).decidedBy())
			.isEqualTo(DecidedBy.GUARDIAN);
	}

	@Test
	void anAgreementCannotBeDatedInTheFuture() {
		assertThat(problems(() -> Agreement.check(new AgreementInput(DecidedBy.PERSON, TODAY.plusDays(1), Obtained.ELECTRONIC, null),
				false, TODAY)))
			.containsExactly("decidedOn:plan.error.agreementDateInFuture");
	}
}
