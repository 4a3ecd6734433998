package eu.tandem.identity;

import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Identifies an agency. It lives here because every account belongs to one agency and identity must not
 * depend on the agency module that describes them.
 */
public record AgencyId(UUID value) implements Serializable {

	public AgencyId {
		Objects.requireNonNull(value, "value");
	}

	public static AgencyId random() {
		return new AgencyId(UUID.randomUUID());
	}

	/** Parses an identifier from a URL; anything that is not one is simply not found. */
	public static Optional<AgencyId> parse(String text) {
		try {
			return Optional.of(new AgencyId(UUID.fromString(text)));
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
