package eu.tandem.casework;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Identifies a case. */
public record CaseId(UUID value) {

	public CaseId {
		Objects.requireNonNull(value, "value");
	}

	public static Optional<CaseId> parse(String text) {
		try {
			return Optional.of(new CaseId(UUID.fromString(text)));
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
