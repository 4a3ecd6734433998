package eu.tandem.hub;

/** The conditions of GDPR Art. 9(2) under which health data may be processed. */
public enum Art9Condition {

	EXPLICIT_CONSENT("Art. 9(2)(a) explicit consent"),
	SOCIAL_PROTECTION_LAW("Art. 9(2)(b) employment, social security and social protection law"),
	VITAL_INTERESTS("Art. 9(2)(c) vital interests, consent impossible"),
	LEGAL_CLAIMS("Art. 9(2)(f) legal claims"),
	SUBSTANTIAL_PUBLIC_INTEREST("Art. 9(2)(g) substantial public interest"),
	HEALTH_OR_SOCIAL_CARE("Art. 9(2)(h) health or social care"),
	PUBLIC_HEALTH("Art. 9(2)(i) public health");

	private final String label;

	Art9Condition(String label) {
		this.label = label;
	}

	/** In English, for what stays in English; screens say {@code #{${'hub.art9.' + constant.name()}}} in the reader's language. */
	public String label() {
		return label;
	}
}
