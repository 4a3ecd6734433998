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
		problems.check(() -> PlainText.required("name", "the name", " ", 100));
		problems.add(new InvalidInput("day", "The day cannot be in the future."));

		assertThatThrownBy(problems::throwIfAny).isInstanceOfSatisfying(InvalidInput.class, refused -> FormErrors.reject(errors, refused));

		assertThat(errors.getFieldError("name").getDefaultMessage()).isEqualTo("Enter the name.");
		assertThat(errors.getFieldError("day").getDefaultMessage()).isEqualTo("The day cannot be in the future.");
		assertThat(errors.getGlobalErrors()).isEmpty();
	}

	@Test
	void aProblemNamedByKeyIsRecordedWithItsKeyAndArgumentsForTheReadersLanguage() {
		var errors = new BeanPropertyBindingResult(new Typed(), "form");

		FormErrors.reject(errors, InvalidInput.together(List.of(InvalidInput.of("day", "referral.error.dayInFuture", 2031),
				InvalidInput.of("team", "casework.error.notOnTeam"))));

		var day = errors.getFieldError("day");
		assertThat(day.getCode()).isEqualTo("referral.error.dayInFuture");
		assertThat(day.getArguments()).containsExactly(2031);
		assertThat(day.getDefaultMessage()).as("no English fallback hides a missing key").isNull();
		assertThat(errors.getGlobalErrors()).singleElement().satisfies(global -> assertThat(global.getCode()).isEqualTo("casework.error.notOnTeam"));
	}

	@Test
	void aFieldShowsTheFirstMessageFoundAndAProblemWithoutAFieldGoesAboveTheForm() {
		var errors = new BeanPropertyBindingResult(new Typed(), "form");
		FormErrors.capture(errors, () -> {
			throw new InvalidInput("day", "Enter the date as day, month and year.");
		});

		FormErrors.reject(errors, InvalidInput.together(List.of(new InvalidInput("day", "Enter the day."),
				new InvalidInput("team", "Only members of the case team do this."))));

		assertThat(errors.getFieldErrors("day")).singleElement()
			.satisfies(error -> assertThat(error.getDefaultMessage()).isEqualTo("Enter the date as day, month and year."));
		assertThat(errors.getGlobalErrors()).singleElement()
			.satisfies(error -> assertThat(error.getDefaultMessage()).isEqualTo("Only members of the case team do this."));
	}

	@Test
	void oneProblemAloneIsItselfAndSeveralReadAsOneSentenceWhereOnlyABannerShowsThem() {
		var alone = new InvalidInput("name", "Enter the name.");
		assertThat(InvalidInput.together(List.of(alone))).isSameAs(alone);

		var both = InvalidInput.together(List.of(alone, new InvalidInput("day", "Enter the day.")));
		assertThat(both.each()).extracting(InvalidInput::field).containsExactly("name", "day");
		assertThat(both.field()).isEqualTo("name");
		assertThat(both.getMessage()).isEqualTo("Enter the name. Enter the day.");
		assertThat(new InputProblems().any()).isFalse();
	}
}
