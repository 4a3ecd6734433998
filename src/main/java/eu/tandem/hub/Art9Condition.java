package eu.tandem.hub;

/**
 * The conditions of GDPR Art. 9(2) under which health data may be processed; screens name one by key:
 * {@code #{${'hub.art9.' + condition.name()}}}.
 */
public enum Art9Condition {

	EXPLICIT_CONSENT,
	SOCIAL_PROTECTION_LAW,
	VITAL_INTERESTS,
	LEGAL_CLAIMS,
	SUBSTANTIAL_PUBLIC_INTEREST,
	HEALTH_OR_SOCIAL_CARE,
	PUBLIC_HEALTH
}
