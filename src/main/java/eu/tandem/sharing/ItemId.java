package eu.tandem.sharing;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Identifies one item of information about a person. */
public record ItemId(UUID value) {

	public ItemId {
		Objects.requireNonNull(value, "value");
	}

	public static Optional<ItemId> parse(String text) {
		try {
			return Optional.of(new ItemId(UUID.fromString(text.strip())));
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
