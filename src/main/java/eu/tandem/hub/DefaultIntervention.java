package eu.tandem.hub;

import java.util.Arrays;
import java.util.Optional;

import eu.tandem.agency.Sector;
import eu.tandem.web.Words;
import org.jspecify.annotations.Nullable;

/**
 * The catalogue every hub starts from, drawn from the practices of the RAN HEALTH overview paper. Kept in code rather
 * than in a table: the codes are identifiers that plans store and that no one may rename, the words are in the
 * message bundles (five languages, reviewed like any other text), and a default changes only with a release, whose
 * tests then prove that every default still has its words. A hub adds its own in the database instead.
 * <p>
 * Each names the practice it follows, where the paper describes one, as its people name it; and the sector that
 * usually provides it, only where the paper says so (a clinic treats; an organisation of the community runs HAYAT's
 * counselling, Sabr's group, Entr’Autres' family work). Where it depends on the country who provides it (housing,
 * mentoring, education), no sector is named.
 */
enum DefaultIntervention {

	MENTORING("mentoring", Practices.DANISH_CORPS, null),
	PARENT_COACHING("parent-coaching", Practices.DANISH_CORPS, null),
	FAMILY_COUNSELLING("family-counselling", "HAYAT", Sector.NGO_COMMUNITY),
	SYSTEMIC_EXIT_COUNSELLING("systemic-exit-counselling", "Legato", Sector.NGO_COMMUNITY),
	PARENTS_SUPPORT_GROUP("parents-support-group", "Steunpunt Sabr", Sector.NGO_COMMUNITY),
	FAMILY_LINKS("family-links", "Entr’Autres", Sector.NGO_COMMUNITY),
	CHILD_RESILIENCE("child-resilience", "ChamäLION", null),
	COMMUNITY_CASE_MANAGEMENT("community-case-management", "Engagement and Support Program (ESP)", null),
	PSYCHIATRIC_TREATMENT("psychiatric-treatment", null, Sector.MENTAL_HEALTH_CARE),
	PSYCHOLOGICAL_THERAPY("psychological-therapy", null, Sector.MENTAL_HEALTH_CARE),
	TRAUMA_INFORMED_CARE("trauma-informed-care", null, Sector.MENTAL_HEALTH_CARE),
	EXIT_PROGRAMME("exit-programme", null, Sector.EXIT_PROGRAMME),
	EDUCATION_AND_EMPLOYMENT("education-employment-support", null, null),
	YOUTH_WORK("youth-work", null, Sector.YOUTH_WORK),
	HOUSING_SUPPORT("housing-support", null, null),
	IDEOLOGICAL_MENTORING("ideological-mentoring", null, null),
	ONLINE_COUNSELLING("online-counselling", null, Sector.MENTAL_HEALTH_CARE);

	private final String code;
	private final @Nullable String practice;
	private final @Nullable Sector sector;

	DefaultIntervention(String code, @Nullable String practice, @Nullable Sector sector) {
		this.code = code;
		this.practice = practice;
		this.sector = sector;
	}

	String code() {
		return code;
	}

	@Nullable
	String practice() {
		return practice;
	}

	String nameKey() {
		return "hub.intervention." + code + ".name";
	}

	String descriptionKey() {
		return "hub.intervention." + code + ".description";
	}

	InterventionType type() {
		return new InterventionType(code, Words.of(nameKey()), Words.of(descriptionKey()), practice, sector, null, false);
	}

	static Optional<DefaultIntervention> byCode(String code) {
		return Arrays.stream(values()).filter(intervention -> intervention.code.equals(code)).findFirst();
	}

	private static final class Practices {
		static final String DANISH_CORPS = "Danish National Corps of Mentors and Parent Coaches";
	}
}
