package eu.tandem.identity;

import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Identifies a staff account. */
public record UserId(UUID value) implements Serializable {

	public UserId {
		Objects.requireNonNull(value, "value");
	}

	public static UserId random() {
		return new UserId(UUID.randomUUID());
	}

	/** Parses an identifier from a URL; anything that is not one is simply not found. */
	public static Optional<UserId> parse(String text) {
		try {
			return Optional.of(new UserId(UUID.fromString(text)));
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
