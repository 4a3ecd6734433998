package eu.tandem.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import eu.tandem.agency.Country;
import eu.tandem.agency.Sector;
import eu.tandem.hub.HubDetails;
import eu.tandem.hub.HubId;
import eu.tandem.hub.HubLevel;
import eu.tandem.hub.HubRole;
import eu.tandem.hub.Hubs;
import eu.tandem.identity.Profession;
import eu.tandem.identity.Role;
import eu.tandem.person.DateOfBirth;
import eu.tandem.person.PersonDetails;
import eu.tandem.person.PersonName;
import eu.tandem.person.Persons;
import eu.tandem.support.Browserless;
import eu.tandem.support.Fixtures;
import eu.tandem.support.Page;
import eu.tandem.support.StaffMember;
import eu.tandem.support.TandemIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A concern through referral, triage, deconfliction and into a case, each person reading in their own language: the
 * teacher and the police member in German, the coordinator in Danish. Headings, choices, refusals (those of the rules for
 * typed text too, naming the field by its label), notices, dates and the reasons a known person may be the one are all in
 * the reader's language.
 */
@TandemIntegrationTest
class ReferralScreensInOtherLanguagesIT {

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Hubs hubs;

	@Autowired
	Persons persons;

	@Test
	void everyoneReadsTheWayOfAReferralInTheirOwnLanguage() {
		var school = fixtures.agency(Sector.EDUCATION);
		var police = fixtures.agency(Sector.POLICE);
		var youthWork = fixtures.agency(Sector.YOUTH_WORK);
		var sysadmin = fixtures.staff(youthWork, Role.SYSTEM_ADMINISTRATOR).asCurrentUser();
		HubId hub = hubs.create(new HubDetails("Netzwerk " + Fixtures.unique(), HubLevel.LOCAL, new Country("DE"), null, null, null,
				null, null, null, null, null, null, null), sysadmin).id();
		for (var agency : List.of(school, police, youthWork)) {
			hubs.addAgency(hub, agency, "member", sysadmin);
		}
		var teacher = fixtures.staff(school, Profession.TEACHER, Role.PRACTITIONER);
		var coordinator = fixtures.staff(youthWork, Profession.COORDINATOR, Role.HUB_COORDINATOR);
		var policeMember = fixtures.staff(police, Profession.POLICE_OFFICER, Role.PRACTITIONER);
		hubs.appoint(hub, coordinator.id(), HubRole.COORDINATOR, sysadmin);
		hubs.appoint(hub, policeMember.id(), HubRole.STANDING_MEMBER, sysadmin);
		persons.register(new PersonDetails(List.of(new PersonName(PersonName.Kind.NAME, "Youssef", "El Amrani", null)),
				new DateOfBirth(2010, 4, 12), null, null, Set.of(), List.of(), List.of()), hub, coordinator.asCurrentUser());

		var lehrerin = signedIn(teacher, "de");
		var form = lehrerin.get("/referrals/new");
		assertThat(language(form)).isEqualTo("de");
		assertThat(form.heading()).isEqualTo("Sorge melden");
		assertThat(form.title()).isEqualTo("Sorge melden – Tandem");
		assertThat(form.html().select("optgroup[label=Netzwerke, denen Ihre Einrichtung angehört] option").text())
			.endsWith("(Deutschland)");
		assertThat(form.html().select("select#urgency option").eachText()).contains("Innerhalb weniger Tage");

		var refused = refer(lehrerin, hub, Map.of("givenNames", "Ana", "surname", "Lopes2", "birthYear", "2011", "birthMonth", "2",
				"birthDay", "31", "concern", "", "observed", "x".repeat(5001)));
		assertThat(refused.fieldError("birthYear")).isEqualTo("Den 31. Februar 2011 gibt es nicht. Prüfen Sie das Datum.");
		assertThat(refused.fieldError("surname"))
			.isEqualTo("Der Nachname darf nur Buchstaben, Leerzeichen, Bindestriche, Apostrophe und Punkte enthalten.");
		assertThat(refused.fieldError("concern")).as("the field named by its German label")
			.isEqualTo("Füllen Sie das Feld „Ihre Sorge, in Ihren eigenen Worten“ aus.");
		assertThat(refused.fieldError("observed")).as("a German number, and the label without “optional”")
			.isEqualTo("„Was Sie gesehen oder gehört haben“ darf höchstens 5.000 Zeichen lang sein.");
		assertThat(refused.html().select(".error-summary h2").text()).isNotEmpty();

		var sent = refer(lehrerin, hub, Map.of("givenNames", "Youssef", "surname", "El Amrani", "birthYear", "2010", "birthMonth",
				"4", "birthDay", "12"));
		assertThat(sent.path()).isEqualTo("/referrals");
		assertThat(sent.html().selectFirst(".notice").text()).matches("Ihre Meldung \\S+ ist bei Netzwerk \\S+ eingegangen\\. .*");
		assertThat(sent.mainText()).contains("Eingegangen; das Netzwerk prüft die Meldung");
		assertThat(sent.html().select("tbody td").get(3).text()).as("the day as German writes it")
			.matches("\\d{1,2}\\. \\p{L}+ \\d{4}, \\d{2}:\\d{2}");
		var own = lehrerin.get(sent.html().selectFirst("tbody a[href^=/referrals/]").attr("href"));
		assertThat(own.heading()).startsWith("Meldung ");
		assertThat(own.mainText()).contains("12. April 2010").contains("Youssef El Amrani (Name)").contains("Innerhalb weniger Tage");

		var koordinator = signedIn(coordinator, "da");
		var queue = koordinator.get("/triage");
		assertThat(language(queue)).isEqualTo("da");
		assertThat(queue.heading()).isEqualTo("Henvendelser, der venter på visitation");
		var triage = koordinator.get(queue.html().selectFirst("a[href^=/triage/]").attr("href"));
		assertThat(triage.heading()).isEqualTo("Henvendelse om Youssef El Amrani");
		assertThat(triage.mainText()).contains("Kender netværket allerede denne person?").contains("samme fødselsdato")
			.contains("12. april 2010").contains("Sendt af");
		var tooEarly = koordinator.submit(triage, "form[action$=/decision]", Map.of("decision", "PROCEED", "rationale", "Behov"));
		assertThat(tooEarly.fieldError("decision"))
			.isEqualTo("Bed politiet om en afklaring, før netværket tager henvendelsen op.");
		var asked = koordinator.submit(tooEarly, "form[action$=/deconfliction]", Map.of());
		assertThat(asked.html().selectFirst(".notice").text())
			.isEqualTo("Politiet er bedt om en afklaring. Politiet svarer kun »fortsæt« eller »afvent«.");

		var polizei = signedIn(policeMember, "de");
		var requests = polizei.get("/deconfliction");
		assertThat(requests.heading()).isEqualTo("Anfragen zum polizeilichen Abgleich");
		assertThat(requests.mainText()).contains("12. April 2010").contains("Youssef El Amrani (Name)");
		var referralId = triage.path().substring("/triage/".length());
		var holdWithoutDate = polizei.submit(requests, "form[action=/deconfliction/" + referralId + "]", Map.of("answer", "HOLD"));
		assertThat(holdWithoutDate.html().select(".error-summary").text())
			.isEqualTo("Zum Zurückstellen gehört das Datum, ab dem das Netzwerk erneut fragen darf.");
		var answered = polizei.submit(holdWithoutDate, "form[action=/deconfliction/" + referralId + "]", Map.of("answer", "PROCEED"));
		assertThat(answered.html().selectFirst(".notice").text()).isEqualTo("Beantwortet. Das Netzwerk sieht nur Ihre Antwort.");

		var decided = koordinator.submit(koordinator.get("/triage/" + referralId), "form[action$=/decision]",
				Map.of("decision", "PROCEED", "rationale", "Netværket tager den op."));
		assertThat(decided.html().selectFirst(".notice").text())
			.isEqualTo("Besluttet: Fortsæt: netværket tager den op. Den, der har henvendt sig, ser udfaldet, ikke begrundelsen.");
		assertThat(decided.mainText()).contains("Svar: fortsæt.");
		var casePage = koordinator.get(decided.html().selectFirst("a[href^=/cases/]").attr("href"));
		assertThat(casePage.heading()).isEqualTo("Sag: Youssef El Amrani");
		assertThat(casePage.mainText()).contains("Sagsansvarlig").contains("Ikke udpeget endnu");
		assertThat(koordinator.get("/cases").heading()).isEqualTo("Mine sager");
		assertThat(lehrerin.get("/referrals").mainText()).contains("Vom Netzwerk übernommen");
	}

	private static Page refer(Browserless browser, HubId hub, Map<String, String> person) {
		var fields = new HashMap<String, String>(Map.of("hub", hub.toString(), "concern",
				"Er spricht nicht mehr mit der Klasse und teilt Videos eines Predigers.", "type", "MIXED_OR_UNCLEAR",
				"personAware", "NO", "consent", "NOT_ASKED", "urgency", "SOON"));
		fields.putAll(person);
		return browser.submit(browser.get("/referrals/new"), "form[action=/referrals]", fields);
	}

	private Browserless signedIn(StaffMember member, String language) {
		var browser = new Browserless(port).speaking(language);
		browser.signIn(member);
		return browser;
	}

	private static String language(Page page) {
		return page.html().selectFirst("html").attr("lang");
	}
}
