package eu.tandem.hub;

/** Why information is shared: each purpose needs its own legal basis in an agreement. */
public enum SharingPurpose {

	JOINT_ASSESSMENT("joint assessment of a referral"),
	SUPPORT_PLANNING("planning and delivering support"),
	CASE_REVIEW("case review and follow-up"),
	DECONFLICTION("deconfliction with police"),
	EMERGENCY_SAFEGUARDING("safeguarding in an emergency");

	private final String label;

	SharingPurpose(String label) {
		this.label = label;
	}

	/** In English, for what stays in English; screens say {@code #{${'hub.purpose.' + constant.name()}}} in the reader's language. */
	public String label() {
		return label;
	}
}
