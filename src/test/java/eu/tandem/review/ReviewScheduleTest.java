package eu.tandem.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import eu.tandem.kernel.InvalidInput;
import org.junit.jupiter.api.Test;

/** The schedule rule: when the next review falls due and when the follow-ups do, and what a coordinator may type. */
class ReviewScheduleTest {

	@Test
	void theNextReviewIsDueThreeMonthsAfterTheLastUnlessTheHubSaysOtherwise() {
		assertThat(ReviewSchedule.DEFAULT.nextReview(LocalDate.of(2026, 3, 10))).isEqualTo(LocalDate.of(2026, 6, 10));
		assertThat(new ReviewSchedule(2, List.of(6)).nextReview(LocalDate.of(2026, 3, 10))).isEqualTo(LocalDate.of(2026, 5, 10));
	}

	@Test
	void monthsAreCalendarMonthsEndingOnTheLastDayWhenTheDayIsMissing() {
		assertThat(ReviewSchedule.DEFAULT.nextReview(LocalDate.of(2026, 11, 30))).isEqualTo(LocalDate.of(2027, 2, 28));
	}

	@Test
	void followUpsFallSixAndTwelveMonthsAfterClosureByDefault() {
		assertThat(ReviewSchedule.DEFAULT.followUps(LocalDate.of(2026, 1, 31)))
			.containsExactly(LocalDate.of(2026, 7, 31), LocalDate.of(2027, 1, 31));
	}

	@Test
	void aHubsFollowUpsAreKeptInOrderAndOnce() {
		var schedule = ReviewSchedule.check(" 4 ", "12, 3 ;12 6");
		assertThat(schedule.reviewEveryMonths()).isEqualTo(4);
		assertThat(schedule.followUpMonths()).containsExactly(3, 6, 12);
		assertThat(schedule.followUpsTyped()).isEqualTo("3, 6, 12");
	}

	@Test
	void aScheduleThatIsNotOneIsRefusedNextToEachField() {
		assertThatThrownBy(() -> ReviewSchedule.check("0", "")).isInstanceOfSatisfying(InvalidInput.class,
				refused -> assertThat(refused.each()).extracting(InvalidInput::field).containsExactly("reviewEveryMonths", "followUpMonths"));
		assertThatThrownBy(() -> ReviewSchedule.check("3", "6, 12, 18, 24, 36")).isInstanceOfSatisfying(InvalidInput.class,
				refused -> assertThat(refused.field()).isEqualTo("followUpMonths"));
		assertThatThrownBy(() -> ReviewSchedule.check("3", "six")).isInstanceOfSatisfying(InvalidInput.class,
				refused -> assertThat(refused.field()).isEqualTo("followUpMonths"));
		assertThatThrownBy(() -> ReviewSchedule.check("25", "6")).isInstanceOfSatisfying(InvalidInput.class,
				refused -> assertThat(refused.field()).isEqualTo("reviewEveryMonths"));
	}

	@Test
	void aClosingDecisionMovesTheCaseToClosedAndTheOthersBackToSupport() {
		assertThat(Decision.CLOSE.next()).isEqualTo(eu.tandem.casework.CaseState.CLOSED);
		assertThat(Decision.CONTINUE.next()).isEqualTo(eu.tandem.casework.CaseState.SUPPORT);
		assertThat(Decision.CHANGE_PLAN.next()).isEqualTo(eu.tandem.casework.CaseState.SUPPORT);
		assertThat(Outcome.TRANSFERRED.needsWords()).isTrue();
		assertThat(Outcome.GOALS_MET.needsWords()).isFalse();
	}
}
