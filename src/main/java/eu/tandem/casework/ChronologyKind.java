package eu.tandem.casework;

/**
 * What kind of thing happened in a case, for filtering its chronology. In words: {@code casework.chronology.kind.PLAN}.
 */
public enum ChronologyKind {

	REFERRAL,
	CASE,
	TEAM,
	PLAN,
	CONTACT,
	INFORMATION,
	REVIEW,
	FOLLOW_UP,
	CONSENT,
	DISCLOSURE,
	EMERGENCY
}
