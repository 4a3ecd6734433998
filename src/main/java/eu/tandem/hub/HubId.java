package eu.tandem.hub;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Identifies a hub. */
public record HubId(UUID value) {

	public HubId {
		Objects.requireNonNull(value, "value");
	}

	public static HubId random() {
		return new HubId(UUID.randomUUID());
	}

	/** Parses an identifier from a URL; anything that is not one is simply not found. */
	public static Optional<HubId> parse(String text) {
		try {
			return Optional.of(new HubId(UUID.fromString(text)));
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
