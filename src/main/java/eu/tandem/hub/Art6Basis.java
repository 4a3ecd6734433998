package eu.tandem.hub;

/** The lawful bases of GDPR Art. 6(1); screens name one by key: {@code #{${'hub.art6.' + basis.name()}}}. */
public enum Art6Basis {

	CONSENT,
	CONTRACT,
	LEGAL_OBLIGATION,
	VITAL_INTERESTS,
	PUBLIC_TASK,
	LEGITIMATE_INTERESTS
}
