package eu.tandem.referral;

/**
 * Where a referral stands, as the referrer may see it: the way back, never the content of the case. Screens and the
 * subject access answer write it as {@code referral.status.<NAME>}.
 */
public enum ReferralStatus {

	IN_TRIAGE,
	TAKEN_ON,
	SIGNPOSTED,
	NO_FURTHER_ACTION,
	CLOSED
}
