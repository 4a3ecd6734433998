package eu.tandem.kernel;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Identifies a referral. It lives here rather than in {@code referral} because a case carries the referral it was
 * opened from, and the referral module opens cases: both modules name it, and neither may depend on the other for it.
 */
public record ReferralId(UUID value) {

	public ReferralId {
		Objects.requireNonNull(value, "value");
	}

	public static ReferralId random() {
		return new ReferralId(UUID.randomUUID());
	}

	public static Optional<ReferralId> parse(String text) {
		try {
			return Optional.of(new ReferralId(UUID.fromString(text)));
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
