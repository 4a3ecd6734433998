package eu.tandem.agency;

/**
 * The sectors of P/CVE work an agency belongs to. Screens name them in the reader's language by key:
 * {@code #{${'agency.sector.' + sector.name()}}}, and {@code agency.sector.phrase.*} inside a sentence.
 */
public enum Sector {

	POLICE,
	MENTAL_HEALTH_CARE,
	SOCIAL_CARE,
	EDUCATION,
	YOUTH_WORK,
	PRISON_AND_PROBATION,
	EXIT_PROGRAMME,
	LOCAL_AUTHORITY,
	NGO_COMMUNITY
}
