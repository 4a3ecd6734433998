package eu.tandem.referral;

import java.util.Optional;

import eu.tandem.knowledge.CaseAttribute;

/**
 * The referral form's choices, kept together so the form and the triage screen agree. Screens write each constant
 * from its message key, {@code referral.<choice>.<NAME>} ({@code referral.urgency.SOON}), and so does a subject access
 * answer, in its language.
 */
public final class Concern {

	private Concern() {
	}

	/** What kind of extremism the concern is about, if any; "none identified" is a valid answer. */
	public enum Type {
		RELIGIOUSLY_MOTIVATED, FAR_RIGHT, FAR_LEFT, SINGLE_ISSUE, MIXED_OR_UNCLEAR, NONE_IDENTIFIED
	}

	/** Vulnerabilities the referrer noticed: reasons for support, never labels. */
	public enum Vulnerability {
		MENTAL_HEALTH, TRAUMA, SOCIAL_ISOLATION, FAMILY_PROBLEMS, GROOMING, ONLINE_EXPOSURE, SUBSTANCE_USE;

		/** What this noticed vulnerability makes relevant of the network's knowledge, if anything. */
		public Optional<CaseAttribute> caseAttribute() {
			return switch (this) {
				case GROOMING -> Optional.of(CaseAttribute.GROOMING);
				case ONLINE_EXPOSURE -> Optional.of(CaseAttribute.ONLINE_ACTIVITY);
				case FAMILY_PROBLEMS -> Optional.of(CaseAttribute.FAMILY_INVOLVEMENT);
				case SUBSTANCE_USE -> Optional.of(CaseAttribute.SUBSTANCE_USE);
				case MENTAL_HEALTH, TRAUMA, SOCIAL_ISOLATION -> Optional.empty();
			};
		}
	}

	public enum Awareness {
		YES, NO, NOT_KNOWN
	}

	public enum Consent {
		GIVEN, REFUSED, NOT_ASKED
	}

	public enum Urgency {
		ROUTINE, SOON, URGENT
	}

	/** How the concern reached the hub. */
	public enum Channel {
		PRACTITIONER, PHONE, PUBLIC
	}
}
