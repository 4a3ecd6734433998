package eu.tandem.identity;

/** The profession a staff member practises; health professions decide who may hold health data. */
public enum Profession {

	PSYCHIATRIST("Psychiatrist", true),
	PSYCHOLOGIST("Psychologist", true),
	PSYCHIATRIC_NURSE("Psychiatric nurse", true),
	SOCIAL_WORKER("Social worker", false),
	POLICE_OFFICER("Police officer", false),
	TEACHER("Teacher", false),
	YOUTH_WORKER("Youth worker", false),
	PROBATION_OFFICER("Probation officer", false),
	PRISON_OFFICER("Prison officer", false),
	EXIT_WORKER("Exit worker", false),
	COUNSELLOR("Counsellor", false),
	COORDINATOR("Coordinator", false),
	OTHER("Other", false);

	private final String label;
	private final boolean healthProfessional;

	Profession(String label, boolean healthProfessional) {
		this.label = label;
		this.healthProfessional = healthProfessional;
	}

	/**
	 * The name in English. Screens write it in the reader's language from the identity bundle instead:
	 * {@code #{${'identity.profession.' + profession.name()}}}.
	 */
	public String label() {
		return label;
	}

	public boolean isHealthProfessional() {
		return healthProfessional;
	}
}
