package eu.tandem.agency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import eu.tandem.identity.AgencyId;
import eu.tandem.identity.Profession;
import eu.tandem.identity.Role;
import eu.tandem.support.Browserless;
import eu.tandem.support.Fixtures;
import eu.tandem.support.Page;
import eu.tandem.support.TandemIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The agency screens in the reader's language: the directory, an agency's page, its profile and its staff. */
@TandemIntegrationTest
class AgencyLanguagesIT {

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	AgencySetup agencies;

	String region;
	AgencyId clinic;

	@BeforeEach
	void anAgencyThatDescribedItself() {
		region = "Schwaben " + Fixtures.unique();
		clinic = agencies.create(new AgencyDetails("Bezirksklinik " + Fixtures.unique(), Sector.MENTAL_HEALTH_CARE,
				new Country("DE"), region, null, null, null)).id();
		agencies.describe(clinic, new AgencyProfile("Landkreis Augsburg", "Wir beraten.", null,
				List.of(new ContactPoint("Fachstelle", "fachstelle@example.org", null, "Mo–Fr 9–16")), Set.of(Profession.PSYCHIATRIST),
				false));
	}

	@Test
	void aGermanAdministratorReadsGerman() {
		var administrator = new Browserless(port).speaking("de");
		administrator.signIn(fixtures.staff(clinic, Role.AGENCY_ADMINISTRATOR));

		var directory = administrator.get("/agencies?region=" + region.replace(" ", "+"));
		assertThat(language(directory)).isEqualTo("de");
		assertThat(directory.heading()).isEqualTo("Einrichtungen");
		assertThat(directory.html().getElementById("agency-summary").text()).isEqualTo("1 Einrichtung");
		assertThat(directory.html().select("#agency-rows td").eachText()).contains("Psychische Gesundheit", "Deutschland");
		assertThat(directory.html().select("#country option").eachText()).contains("Alle Länder", "Deutschland");
		untranslated(directory);

		var page = administrator.get("/agencies/" + clinic);
		assertThat(page.html().select("h2").eachText()).containsExactly("Ihre Arbeit in der Prävention",
				"Aufgaben und Zuständigkeiten", "Ansprechstellen", "Vertretene Berufe", "Auf öffentlichen Seiten");
		assertThat(page.mainText()).contains("Noch nicht beschrieben.").contains("Erreichbarkeit Mo–Fr 9–16");
		untranslated(page);

		var profile = administrator.get("/agencies/" + clinic + "/profile");
		assertThat(profile.heading()).startsWith("Profil von ");
		var refused = administrator.submit(profile, "form.form", Map.of("contactPoints[1].label", "Notruf"));
		assertThat(refused.fieldError("contactPoints[1].email"))
			.endsWith("Ansprechstelle 2: Geben Sie eine E-Mail-Adresse oder eine Telefonnummer an, damit man diese "
					+ "Ansprechstelle erreichen kann.");
		var saved = administrator.submit(profile, "form.form", Map.of("jurisdiction", "Stadt Augsburg"));
		assertThat(saved.html().selectFirst(".notice").text()).endsWith(" ist gespeichert.");

		var staff = administrator.get("/agencies/" + clinic + "/staff");
		assertThat(staff.heading()).startsWith("Mitarbeitende von ");
		assertThat(staff.html().getElementById("staff-summary").text()).matches("\\d+ Person(en)?");
		untranslated(staff);
	}

	@Test
	void aDanishPractitionerReadsDanish() {
		var practitioner = new Browserless(port).speaking("da");
		practitioner.signIn(fixtures.staff(clinic, Role.PRACTITIONER));

		var directory = practitioner.get("/agencies?region=" + region.replace(" ", "+"));
		assertThat(language(directory)).isEqualTo("da");
		assertThat(directory.heading()).isEqualTo("Organisationer");
		assertThat(directory.html().getElementById("agency-summary").text()).isEqualTo("1 organisation");
		assertThat(directory.html().select("#agency-rows td").eachText()).contains("Psykiatri", "Tyskland");

		var page = practitioner.get("/agencies/" + clinic);
		assertThat(page.html().select("h2").eachText()).contains("Det forebyggende arbejde", "Kontaktpunkter");
		assertThat(page.mainText()).contains("Organisationen viser ikke medarbejdernes navne på offentlige sider.");
		untranslated(page);
	}

	private static String language(Page page) {
		return page.html().selectFirst("html").attr("lang");
	}

	/** A key without a text in the page's language shows as ??key??; the agency module's English words as themselves. */
	private static void untranslated(Page page) {
		assertThat(page.body()).doesNotContain("??");
		assertThat(page.mainText()).doesNotContain("Not given", "Contact points", "Not described yet", "Find agencies");
	}
}
