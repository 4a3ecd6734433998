package eu.tandem.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import eu.tandem.agency.Agencies;
import eu.tandem.agency.Country;
import eu.tandem.agency.Sector;
import eu.tandem.hub.AgreementTerms.FlowTerm;
import eu.tandem.identity.AgencyId;
import eu.tandem.identity.Role;
import eu.tandem.support.Browserless;
import eu.tandem.support.Fixtures;
import eu.tandem.support.Page;
import eu.tandem.support.StaffMember;
import eu.tandem.support.TandemIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The hub's screens in the reader's language: the public pages in the visitor's browser's language, the hub, its
 * agreement, the sharing check and the network picture in the practitioner's, with dates as that language writes them.
 */
@TandemIntegrationTest
class HubLanguagesIT {

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Hubs hubs;

	@Autowired
	Agreements agreements;

	@Autowired
	Agencies agencies;

	final LocalDate starts = LocalDate.of(2026, 3, 2);

	HubId hub;
	AgencyId clinic;
	AgencyId police;
	StaffMember coordinator;
	AgreementVersion version;

	@BeforeEach
	void publishedHubWithAnAgreementInForce() {
		clinic = fixtures.agency(Sector.MENTAL_HEALTH_CARE, "Klinik " + Fixtures.unique());
		police = fixtures.agency(Sector.POLICE, "Polizei " + Fixtures.unique());
		var sysadmin = fixtures.staff(clinic, Role.SYSTEM_ADMINISTRATOR).asCurrentUser();
		hub = hubs.create(new HubDetails("Netzwerk " + Fixtures.unique(), HubLevel.LOCAL, new Country("DE"), "Augsburg", null,
				"monatlich", "jährlich", "Fachstelle", "netzwerk@example.org", null, null, null, null), sysadmin).id();
		hubs.addAgency(hub, clinic, "behandelt und berät", sysadmin);
		hubs.addAgency(hub, police, "schätzt Gefahren ein", sysadmin);
		coordinator = fixtures.staff(police, Role.HUB_COORDINATOR);
		hubs.appoint(hub, coordinator.id(), HubRole.COORDINATOR, sysadmin);
		hubs.publish(hub, sysadmin);
		var basis = new PurposeBasis(SharingPurpose.JOINT_ASSESSMENT, Art6Basis.PUBLIC_TASK, Art9Condition.HEALTH_OR_SOCIAL_CARE,
				null, "Art. 6 BayDSG");
		var healthToPolice = new FlowTerm(DataCategory.HEALTH, Sector.MENTAL_HEALTH_CARE, Sector.POLICE,
				SharingPurpose.JOINT_ASSESSMENT);
		version = agreements.draft(hub, new AgreementTerms("Kooperationsvereinbarung", starts, null, LocalDate.of(2099, 12, 31),
				"24 Monate", Set.of(clinic, police), List.of(basis), List.of(healthToPolice)), coordinator.asCurrentUser());
		for (var party : List.of(clinic, police)) {
			agreements.sign(version.agreement(), 1, party, "Leitung", starts, fixtures.staff(party, Role.AGENCY_ADMINISTRATOR)
				.asCurrentUser());
		}
	}

	@Test
	void aWorriedParentReadsThePublicPagesInTheirBrowsersLanguage() {
		var list = new Browserless(port).speaking("de-DE, de;q=0.9").get("/hubs");
		assertThat(language(list)).isEqualTo("de");
		assertThat(list.heading()).isEqualTo("Präventionsnetzwerke: wer macht was");
		assertThat(list.title()).isEqualTo("Präventionsnetzwerke – wer macht was – Tandem");

		var page = new Browserless(port).speaking("de").get("/hubs/" + hub);
		assertThat(language(page)).isEqualTo("de");
		assertThat(page.html().select("h2").eachText()).contains("Sie machen sich Sorgen um jemanden? Sprechen Sie uns an",
				"Was geschieht, nachdem Sie sich gemeldet haben", "Wer macht was", "So arbeitet das Netzwerk");
		assertThat(page.mainText()).contains("Lokales Präventionsnetzwerk · Deutschland, Augsburg").contains("Psychische Gesundheit")
			.contains("Die Koordination des Netzwerks sieht sich jede Anfrage an");
		untranslated(page);

		var danish = new Browserless(port).speaking("da").get("/hubs/" + hub);
		assertThat(language(danish)).isEqualTo("da");
		assertThat(danish.mainText()).contains("Er du bekymret for nogen? Kontakt os").contains("Lokalt forebyggelsesnetværk · Tyskland")
			.contains("Psykiatri");
		untranslated(danish);
	}

	@Test
	void aPractitionerReadsTheHubItsAgreementTheCheckAndThePictureInTheirLanguage() {
		var german = new Browserless(port).speaking("de");
		german.signIn(coordinator);

		var hubPage = german.get("/network/hubs/" + hub);
		assertThat(language(hubPage)).isEqualTo("de");
		assertThat(hubPage.html().select("h2").eachText()).contains("Aufbau der Zusammenarbeit: 3 von 5 Schritten",
				"Mitgliedseinrichtungen", "Vereinbarungen zum Informationsaustausch");
		assertThat(hubPage.mainText()).contains("In Kraft: Version 1, bis 31. Dezember 2099.").contains("Koordinator:in");
		untranslated(hubPage);

		var agreement = german.get("/network/agreements/" + version.agreement() + "/versions/1");
		assertThat(agreement.heading()).isEqualTo("Kooperationsvereinbarung, Version 1");
		assertThat(agreement.mainText()).contains("ab dem 2. März 2026").contains("Leitung, 2. März 2026")
			.contains("Art. 6 Abs. 1 lit. e – öffentliche Aufgabe; Art. 9 Abs. 2 lit. h – Gesundheits- oder Sozialbereich; Art. 6 BayDSG")
			.contains("Gemeinsame Einschätzung einer Meldung");
		untranslated(agreement);

		var refused = german.get("/network/hubs/" + hub + "/sharing-check?category=HEALTH&from=" + police + "&to=" + clinic
				+ "&purpose=JOINT_ASSESSMENT");
		assertThat(refused.heading()).isEqualTo("Dürfen diese Informationen weitergegeben werden?");
		assertThat(refused.html().selectFirst("#answer").text()).isEqualTo("Nein: Gesundheitsdaten aus dem Bereich Polizei an den "
				+ "Bereich psychische Gesundheit sind durch „Kooperationsvereinbarung“ (Version 1) für den Zweck „Gemeinsame "
				+ "Einschätzung einer Meldung“ nicht abgedeckt. Sie deckt nur die umgekehrte Richtung ab, aus dem Bereich psychische "
				+ "Gesundheit an den Bereich Polizei.");
		untranslated(refused);

		var picture = german.get("/network/hubs/" + hub + "/picture");
		assertThat(picture.heading()).startsWith("Netzwerkbild von ");
		assertThat(picture.mainText()).contains("Heute ist eine Vereinbarung in Kraft; sie deckt einen Fluss zwischen Bereichen ab.")
			.contains("Klausel 1: Gesundheitsdaten aus dem Bereich psychische Gesundheit an den Bereich Polizei")
			.contains("„Kooperationsvereinbarung“, Version 1, in Kraft bis 31. Dezember 2099");
		assertThat(picture.html().select("svg.network-svg text").eachText()).contains("Gesundheit", "Polizei");
		assertThat(picture.html().selectFirst("svg.network-svg").attr("aria-label")).startsWith("Netzwerkbild von ")
			.contains("mit 2 Mitgliedseinrichtungen in 2 Bereichen.");
		untranslated(picture);
	}

	@Test
	void aDanishPractitionerReadsDanish() {
		var danish = new Browserless(port).speaking("da");
		danish.signIn(coordinator);

		var check = danish.get("/network/hubs/" + hub + "/sharing-check?category=HEALTH&from=" + clinic + "&to=" + police
				+ "&purpose=JOINT_ASSESSMENT");
		assertThat(language(check)).isEqualTo("da");
		assertThat(check.html().selectFirst("#answer").text()).startsWith("Ja: bestemmelse 1 i »Kooperationsvereinbarung«, version 1 "
				+ "(art. 6, stk. 1, litra e – opgave i samfundets interesse;");
		assertThat(danish.get("/network/hubs/" + hub).mainText()).contains("I kraft: version 1, til 31. december 2099.");
		var form = danish.get("/network/hubs/" + hub + "/agreements/new");
		assertThat(form.heading()).isEqualTo("Lav et udkast til en aftale om informationsudveksling");
		untranslated(form);
	}

	private static String language(Page page) {
		return page.html().selectFirst("html").attr("lang");
	}

	/** A key without a text in the page's language shows as ??key??; English words of the hub would show as themselves. */
	private static void untranslated(Page page) {
		assertThat(page.body()).doesNotContain("??");
		assertThat(page.mainText()).doesNotContain("Not given", "Member agencies", "Sharing check", "Network picture of");
	}
}
