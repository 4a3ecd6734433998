package eu.tandem.plan;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import eu.tandem.identity.UserId;
import eu.tandem.kernel.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;

/**
 * Reading what a plan form sent into values. What is not there reads as nothing, for the rule that needs it to name;
 * only a day that is no date is refused here, as nothing else could say so. Every day on the plan's forms is required,
 * so a day refused here is refused by its rule as missing too, and the form never saves with one.
 */
final class Typed {

	private Typed() {
	}

	static @Nullable LocalDate day(BindingResult errors, String field, @Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException notADate) {
			errors.rejectValue(field, "plan.error.notADate");
			return null;
		}
	}

	/** Someone chosen from the team; what is no id stands for nobody on it. */
	static @Nullable UserId user(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return new UserId(UUID.fromString(text.strip()));
		}
		catch (IllegalArgumentException notAnId) {
			return new UserId(new UUID(0, 0));
		}
	}

	static <E extends Enum<E>> @Nullable E choice(Class<E> type, @Nullable String name) {
		for (var constant : type.getEnumConstants()) {
			if (constant.name().equals(name)) {
				return constant;
			}
		}
		return null;
	}

	/**
	 * The version a form was typed against; what is no number matches no version, so that the save is refused as made
	 * against a plan changed meanwhile.
	 */
	static TypedAgainst against(@Nullable String number, @Nullable String rowVersion) {
		try {
			return new TypedAgainst(Integer.parseInt(number.strip()), Long.parseLong(rowVersion.strip()));
		}
		catch (NumberFormatException | NullPointerException notANumber) {
			return new TypedAgainst(-1, -1);
		}
	}

	static @Nullable UUID id(@Nullable String text) {
		try {
			return UUID.fromString(text.strip());
		}
		catch (IllegalArgumentException | NullPointerException notAnId) {
			return null;
		}
	}
}
