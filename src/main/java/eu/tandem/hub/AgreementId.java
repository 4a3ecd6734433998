package eu.tandem.hub;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Identifies an information-sharing agreement across all its versions. */
public record AgreementId(UUID value) {

	public AgreementId {
		Objects.requireNonNull(value, "value");
	}

	public static AgreementId random() {
		return new AgreementId(UUID.randomUUID());
	}

	/** Parses an identifier from a URL; anything that is not one is simply not found. */
	public static Optional<AgreementId> parse(String text) {
		try {
			return Optional.of(new AgreementId(UUID.fromString(text)));
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
