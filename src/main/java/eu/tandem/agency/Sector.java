package eu.tandem.agency;

/**
 * The sectors of P/CVE work an agency belongs to. Screens name them in the reader's language by key:
 * {@code #{${'agency.sector.' + sector.name()}}}, and {@code agency.sector.phrase.*} inside a sentence; the English here
 * is for what stays in English, and a test keeps it equal to the bundle's.
 */
public enum Sector {

	POLICE("Police"),
	MENTAL_HEALTH_CARE("Mental health care"),
	SOCIAL_CARE("Social care"),
	EDUCATION("Education"),
	YOUTH_WORK("Youth work"),
	PRISON_AND_PROBATION("Prison and probation"),
	EXIT_PROGRAMME("Exit programme"),
	LOCAL_AUTHORITY("Local authority"),
	NGO_COMMUNITY("NGO / community");

	private final String label;

	Sector(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** As it reads in a sentence: "police", "mental health care", "NGO / community". */
	public String inWords() {
		return label.length() > 1 && Character.isUpperCase(label.charAt(1)) ? label
				: Character.toLowerCase(label.charAt(0)) + label.substring(1);
	}
}
