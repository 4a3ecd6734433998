package eu.tandem.referral;

import java.util.Optional;

import eu.tandem.knowledge.CaseAttribute;

/**
 * The referral form's choices, kept together so the form and the triage screen agree. Screens write each constant
 * from its message key, {@code referral.<choice>.<NAME>} ({@code referral.urgency.SOON}); {@code label()} is its
 * English for the subject access export.
 */
public final class Concern {

	private Concern() {
	}

	/** What kind of extremism the concern is about, if any; "none identified" is a valid answer. */
	public enum Type {
		RELIGIOUSLY_MOTIVATED("Religiously motivated"), FAR_RIGHT("Far-right"), FAR_LEFT("Far-left"),
		SINGLE_ISSUE("Single-issue"), MIXED_OR_UNCLEAR("Mixed or unclear"), NONE_IDENTIFIED("None identified");

		private final String label;

		Type(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}

	/** Vulnerabilities the referrer noticed: reasons for support, never labels. */
	public enum Vulnerability {
		MENTAL_HEALTH("Mental-health concerns"), TRAUMA("Trauma"), SOCIAL_ISOLATION("Social isolation"),
		FAMILY_PROBLEMS("Family problems"), GROOMING("Grooming"), ONLINE_EXPOSURE("Online exposure"),
		SUBSTANCE_USE("Substance use");

		private final String label;

		Vulnerability(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

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
		YES("Yes"), NO("No"), NOT_KNOWN("Not known");

		private final String label;

		Awareness(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}

	public enum Consent {
		GIVEN("Consent given"), REFUSED("Consent refused"), NOT_ASKED("Not asked yet");

		private final String label;

		Consent(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}

	public enum Urgency {
		ROUTINE("Routine"), SOON("Within days"), URGENT("Urgent: today");

		private final String label;

		Urgency(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}

	/** How the concern reached the hub. */
	public enum Channel {
		PRACTITIONER("From a practitioner"), PHONE("By phone to the contact point"), PUBLIC("From the public, in writing");

		private final String label;

		Channel(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}
}
