package eu.tandem.identity;

/**
 * The profession a staff member practises; health professions decide who may hold health data. Screens write its name
 * in the reader's language from the identity bundle: {@code #{${'identity.profession.' + profession.name()}}}.
 */
public enum Profession {

	PSYCHIATRIST(true),
	PSYCHOLOGIST(true),
	PSYCHIATRIC_NURSE(true),
	SOCIAL_WORKER(false),
	POLICE_OFFICER(false),
	TEACHER(false),
	YOUTH_WORKER(false),
	PROBATION_OFFICER(false),
	PRISON_OFFICER(false),
	EXIT_WORKER(false),
	COUNSELLOR(false),
	COORDINATOR(false),
	OTHER(false);

	private final boolean healthProfessional;

	Profession(boolean healthProfessional) {
		this.healthProfessional = healthProfessional;
	}

	public boolean isHealthProfessional() {
		return healthProfessional;
	}
}
