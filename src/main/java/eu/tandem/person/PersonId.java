package eu.tandem.person;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Identifies a person record. */
public record PersonId(UUID value) {

	public PersonId {
		Objects.requireNonNull(value, "value");
	}

	public static PersonId random() {
		return new PersonId(UUID.randomUUID());
	}

	public static Optional<PersonId> parse(String text) {
		try {
			return Optional.of(new PersonId(UUID.fromString(text)));
		}
		catch (IllegalArgumentException | NullPointerException notAnId) {
			return Optional.empty();
		}
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
