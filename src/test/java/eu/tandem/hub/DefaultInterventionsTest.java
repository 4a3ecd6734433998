package eu.tandem.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import eu.tandem.agency.Sector;
import eu.tandem.kernel.InvalidInput;
import eu.tandem.web.Language;
import eu.tandem.web.MessageBundles;
import org.junit.jupiter.api.Test;

/**
 * The default catalogue every hub starts from (issue 15): each intervention has its name and what it is in every
 * language Tandem writes, translated rather than left in English; each follows the practice the issue names for it;
 * and the codes that plans store stay as they are.
 */
class DefaultInterventionsTest {

	/** The practice the issue names for each, by code; the others follow none the paper names. */
	static final Map<String, String> PRACTICES = Map.of(
			"mentoring", "Danish National Corps of Mentors and Parent Coaches",
			"parent-coaching", "Danish National Corps of Mentors and Parent Coaches",
			"family-counselling", "HAYAT",
			"systemic-exit-counselling", "Legato",
			"parents-support-group", "Steunpunt Sabr",
			"family-links", "Entr’Autres",
			"child-resilience", "ChamäLION",
			"community-case-management", "Engagement and Support Program (ESP)");

	@Test
	void everyDefaultHasANameAndADescriptionInEveryLanguage() {
		for (var language : Language.values()) {
			var texts = MessageBundles.texts("i18n/hub", language);
			assertThat(Arrays.stream(DefaultIntervention.values())).as(language.ownName()).allSatisfy(intervention -> {
				assertThat(texts.getProperty(intervention.nameKey())).as(intervention.nameKey()).isNotBlank();
				assertThat(texts.getProperty(intervention.descriptionKey())).as(intervention.descriptionKey()).isNotBlank();
			});
		}
	}

	@Test
	void everyDescriptionIsTranslatedNotCopied() {
		var english = MessageBundles.texts("i18n/hub", Language.ENGLISH);
		for (var language : List.of(Language.GERMAN, Language.DANISH, Language.FRENCH, Language.DUTCH)) {
			var texts = MessageBundles.texts("i18n/hub", language);
			assertThat(Arrays.stream(DefaultIntervention.values())).as(language.ownName())
				.allSatisfy(intervention -> assertThat(texts.getProperty(intervention.descriptionKey()))
					.isNotEqualTo(english.getProperty(intervention.descriptionKey())));
		}
	}

	@Test
	void eachDefaultFollowsThePracticeTheIssueNamesForIt() {
		assertThat(Arrays.stream(DefaultIntervention.values())).allSatisfy(intervention ->
				assertThat(intervention.practice()).as(intervention.code()).isEqualTo(PRACTICES.get(intervention.code())));
	}

	@Test
	void theCodesThatPlansStoreStayAsTheyAre() {
		assertThat(InterventionCatalogue.defaults()).extracting(InterventionType::code).containsExactly(
				"mentoring", "parent-coaching", "family-counselling", "systemic-exit-counselling", "parents-support-group",
				"family-links", "child-resilience", "community-case-management", "psychiatric-treatment", "psychological-therapy",
				"trauma-informed-care", "exit-programme", "education-employment-support", "youth-work", "housing-support",
				"ideological-mentoring", "online-counselling");
		assertThat(InterventionCatalogue.defaults()).allSatisfy(type -> {
			assertThat(type.code()).matches("[a-z]+(-[a-z]+)*");
			assertThat(type.ownOfHub()).isFalse();
			assertThat(type.retired()).isFalse();
			assertThat(type.language()).as("in every language").isNull();
		});
	}

	@Test
	void aDefaultNamesItsSectorOnlyWhereThePaperTiesItToOne() {
		assertThat(DefaultIntervention.PSYCHIATRIC_TREATMENT.type().sector()).isEqualTo(Sector.MENTAL_HEALTH_CARE);
		assertThat(DefaultIntervention.EXIT_PROGRAMME.type().sector()).isEqualTo(Sector.EXIT_PROGRAMME);
		assertThat(DefaultIntervention.FAMILY_COUNSELLING.type().sector()).isEqualTo(Sector.NGO_COMMUNITY);
		assertThat(DefaultIntervention.HOUSING_SUPPORT.type().sector()).as("who provides housing depends on the country").isNull();
	}

	@Test
	void anOwnInterventionsWordsReadAsTypedInEveryLanguage() {
		var typed = new InterventionType.Typed("Boxing club {0} 'late'");
		assertThat(typed.getCodes()).isNull();
		assertThat(typed.getDefaultMessage()).isEqualTo("Boxing club {0} 'late'");
	}

	@Test
	void aCoordinatorsWordsAreRefusedTogetherWhenBlankOrTooLong() {
		assertThatThrownBy(() -> new InterventionWords(" ", "x".repeat(2001), "p".repeat(121)))
			.isInstanceOfSatisfying(InvalidInput.class, refused -> assertThat(refused.each())
				.extracting(InvalidInput::field, problem -> problem.getCodes()[0])
				.containsExactly(org.assertj.core.groups.Tuple.tuple("name", "kernel.text.missing"),
						org.assertj.core.groups.Tuple.tuple("description", "kernel.text.tooLong"),
						org.assertj.core.groups.Tuple.tuple("practice", "kernel.text.tooLong")));
		var words = new InterventionWords("  Boxing club ", "Twice a week\r\nat the gym", " ");
		assertThat(words.name()).isEqualTo("Boxing club");
		assertThat(words.description()).isEqualTo("Twice a week\nat the gym");
		assertThat(words.practice()).as("blank is none").isNull();
		assertThat(InterventionWords.comparable(" Family  COUNSELLING ")).isEqualTo("family counselling");
	}
}
