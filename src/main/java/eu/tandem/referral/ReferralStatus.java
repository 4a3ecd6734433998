package eu.tandem.referral;

/**
 * Where a referral stands, as the referrer may see it: the way back, never the content of the case. Screens write it
 * as {@code referral.status.<NAME>}; {@link #label()} is its English for the subject access export.
 */
public enum ReferralStatus {

	IN_TRIAGE("Received; the hub is looking at it"),
	TAKEN_ON("Taken on by the hub"),
	SIGNPOSTED("Passed on to another service"),
	NO_FURTHER_ACTION("Looked at; no further action"),
	CLOSED("Closed");

	private final String label;

	ReferralStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
