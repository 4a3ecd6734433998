package eu.tandem.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import eu.tandem.kernel.InputProblems;
import eu.tandem.kernel.InvalidInput;
import eu.tandem.kernel.PlainText;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;

class FormErrorsTest {

	/** A form as typed, as the screens bind them. */
	public static class Typed {

		private String name = "";
		private String day = "";

		public String getName() { return name; }
		public void setName(String name) { this.name = name; }
		public String getDay() { return day; }
		public void setDay(String day) { this.day = day; }
	}

	@Test
	void problemsFoundTogetherAreEachShownNextToTheirOwnField() {
		var errors = new BeanPropertyBindingResult(new Typed(), "form");
		var problems = new InputProblems();
		problems.check(() -> PlainText.required("name", Words.of("agency.name"), " ", 100));
		problems.add(InvalidInput.of("day", "referral.error.observedInTheFuture"));

		assertThatThrownBy(problems::throwIfAny).isInstanceOfSatisfying(InvalidInput.class, refused -> FormErrors.reject(errors, refused));

		assertThat(errors.getFieldError("name").getCode()).isEqualTo("kernel.text.missing");
		assertThat(errors.getFieldError("name").getArguments()).containsExactly(Words.of("agency.name"));
		assertThat(errors.getFieldError("day").getCode()).isEqualTo("referral.error.observedInTheFuture");
		assertThat(errors.getGlobalErrors()).isEmpty();
	}

	@Test
	void aProblemNamedByKeyIsRecordedWithItsKeyAndArgumentsForTheReadersLanguage() {
		var errors = new BeanPropertyBindingResult(new Typed(), "form");

		FormErrors.reject(errors, InvalidInput.together(List.of(InvalidInput.of("day", "referral.error.dayInFuture", 2031),
				InvalidInput.of("team", "casework.error.closedTeamStays"))));

		var day = errors.getFieldError("day");
		assertThat(day.getCode()).isEqualTo("referral.error.dayInFuture");
		assertThat(day.getArguments()).containsExactly(2031);
		assertThat(day.getDefaultMessage()).as("no English fallback hides a missing key").isNull();
		assertThat(errors.getGlobalErrors()).singleElement().satisfies(global -> assertThat(global.getCode()).isEqualTo("casework.error.closedTeamStays"));
	}

	@Test
	void aFieldShowsTheFirstMessageFoundAndAProblemWithoutAFieldGoesAboveTheForm() {
		var errors = new BeanPropertyBindingResult(new Typed(), "form");
		FormErrors.capture(errors, () -> {
			throw InvalidInput.of("day", "referral.error.observedOnNotADate");
		});

		FormErrors.reject(errors, InvalidInput.together(List.of(InvalidInput.of("day", "referral.error.observedInTheFuture"),
				InvalidInput.of("team", "casework.error.closedTeamStays"))));

		assertThat(errors.getFieldErrors("day")).singleElement()
			.satisfies(error -> assertThat(error.getCode()).isEqualTo("referral.error.observedOnNotADate"));
		assertThat(errors.getGlobalErrors()).singleElement()
			.satisfies(error -> assertThat(error.getCode()).isEqualTo("casework.error.closedTeamStays"));
	}

	@Test
	void theSameRefusalAboutTwoFieldsNotOnTheFormShowsTwiceAboveIt() {
		var errors = new BeanPropertyBindingResult(new Typed(), "form");

		FormErrors.reject(errors, InvalidInput.together(List.of(
				InvalidInput.of("reason", "kernel.text.missing", Words.of("casework.show.close.reason")),
				InvalidInput.of("note", "kernel.text.missing", Words.of("casework.review.note")),
				InvalidInput.of("note", "kernel.text.missing", Words.of("casework.review.note")))));

		assertThat(errors.getGlobalErrors()).extracting(error -> error.getArguments()[0])
			.containsExactly(Words.of("casework.show.close.reason"), Words.of("casework.review.note"));
	}

	@Test
	void oneProblemAloneIsItselfAndSeveralAreEachTheirOwn() {
		var alone = InvalidInput.of("name", "kernel.text.missing", Words.of("agency.name"));
		assertThat(InvalidInput.together(List.of(alone))).isSameAs(alone);

		var both = InvalidInput.together(List.of(alone, InvalidInput.of("day", "referral.error.observedOnNotADate")));
		assertThat(both.each()).extracting(InvalidInput::field).containsExactly("name", "day");
		assertThat(both.field()).isEqualTo("name");
		assertThat(both.getMessage()).as("for a log, the keys").isEqualTo("kernel.text.missing referral.error.observedOnNotADate");
		assertThat(new InputProblems().any()).isFalse();
	}
}
