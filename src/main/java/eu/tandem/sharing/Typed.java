package eu.tandem.sharing;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import eu.tandem.kernel.InvalidInput;
import org.jspecify.annotations.Nullable;

/**
 * Reading what a form sent into values: a choice from a list, an id, a day. What is not there reads as nothing,
 * for the rule that needs it to name; only a day that is not a date is refused here, as nothing else could say so.
 */
final class Typed {

	/** Stands for an id that is not one: refused by the rule that looks it up, like any id the user may not choose. */
	static final UUID NO_SUCH_ID = new UUID(0, 0);

	private Typed() {
	}

	static <E extends Enum<E>> @Nullable E choice(Class<E> type, @Nullable String name) {
		return Arrays.stream(type.getEnumConstants()).filter(constant -> constant.name().equals(name)).findFirst().orElse(null);
	}

	static Optional<UUID> id(@Nullable String text) {
		try {
			return Optional.of(UUID.fromString(text.strip()));
		}
		catch (IllegalArgumentException | NullPointerException notAnId) {
			return Optional.empty();
		}
	}

	/** An id that was chosen from a list: one that is not an id stands for one that does not exist. */
	static UUID chosen(String text) {
		return id(text).orElse(NO_SUCH_ID);
	}

	static @Nullable LocalDate day(String field, @Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException notADate) {
			throw InvalidInput.of(field, "sharing.error.notADate");
		}
	}

	/**
	 * The version of a record a form was typed against; one that is no number matches no version, so that the edit is
	 * refused as made against a record changed meanwhile.
	 */
	static long version(@Nullable String text) {
		try {
			return Long.parseLong(text.strip());
		}
		catch (NumberFormatException | NullPointerException notANumber) {
			return -1;
		}
	}

	static List<String> list(@Nullable List<String> values) {
		return values == null ? List.of() : values;
	}
}
