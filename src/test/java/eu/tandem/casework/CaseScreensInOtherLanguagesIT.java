package eu.tandem.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import eu.tandem.agency.Country;
import eu.tandem.agency.Sector;
import eu.tandem.hub.HubDetails;
import eu.tandem.hub.HubLevel;
import eu.tandem.hub.HubRole;
import eu.tandem.hub.Hubs;
import eu.tandem.identity.Profession;
import eu.tandem.identity.Role;
import eu.tandem.kernel.ReferralId;
import eu.tandem.support.Browserless;
import eu.tandem.support.Fixtures;
import eu.tandem.support.TandemIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Breaking the glass, the officer's review and retention in the reader's language: a French police officer opens a
 * case in an emergency, a Dutch data protection officer reviews it and runs retention.
 */
@TandemIntegrationTest
class CaseScreensInOtherLanguagesIT {

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Hubs hubs;

	@Autowired
	CaseFiles cases;

	@Test
	void theGlassIsBrokenReviewedAndRetentionRunInFrenchAndDutch() {
		var police = fixtures.agency(Sector.POLICE);
		var youthWork = fixtures.agency(Sector.YOUTH_WORK);
		var sysadmin = fixtures.staff(youthWork, Role.SYSTEM_ADMINISTRATOR).asCurrentUser();
		var hub = hubs.create(new HubDetails("Cellule " + Fixtures.unique(), HubLevel.LOCAL, new Country("BE"), null, null, null, null,
				null, null, null, null, null, null), sysadmin).id();
		hubs.addAgency(hub, police, "member", sysadmin);
		hubs.addAgency(hub, youthWork, "member", sysadmin);
		var coordinator = fixtures.staff(youthWork, Profession.COORDINATOR, Role.HUB_COORDINATOR);
		hubs.appoint(hub, coordinator.id(), HubRole.COORDINATOR, sysadmin);
		var reference = Fixtures.caseReference();
		var caseId = cases.open(ReferralId.random(), reference, hub, null, coordinator.asCurrentUser());

		var policier = new Browserless(port).speaking("fr");
		policier.signIn(fixtures.staff(police, Profession.POLICE_OFFICER, Role.PRACTITIONER));
		var form = policier.get("/cases/emergency");
		assertThat(form.html().select("html").attr("lang")).isEqualTo("fr");
		assertThat(form.heading()).isEqualTo("Accès d’urgence à une situation");
		var refused = policier.submit(form, "form[action=/cases/emergency]", Map.of("reference", reference, "reason", "urgent"));
		assertThat(refused.fieldError("reason").replace('\u00a0', ' ')).as("French spaces before colons, as jsoup reads them")
			.isEqualTo("Expliquez pourquoi en au moins 20 caractères : quelle est l’urgence, et que devez-vous savoir\u202f?");
		var opened = policier.submit(refused, "form[action=/cases/emergency]",
				Map.of("reference", reference, "reason", "Appel de l’hôpital : il menace de se faire du mal ce soir"));
		assertThat(opened.path()).isEqualTo("/cases/" + caseId);
		assertThat(opened.html().selectFirst(".notice").text()).startsWith("Accès d’urgence jusqu’à ");
		assertThat(opened.heading()).isEqualTo("Situation concernant une personne non identifiée");
		assertThat(opened.mainText()).contains("Accès d’urgence.").contains("Ouvrir les données de santé");

		var officer = new Browserless(port).speaking("nl");
		officer.signIn(fixtures.staff(police, Profession.OTHER, Role.DATA_PROTECTION_OFFICER));
		var queue = officer.get("/dpo/emergency-access");
		assertThat(queue.html().select("html").attr("lang")).isEqualTo("nl");
		assertThat(queue.heading()).isEqualTo("Noodtoegang te beoordelen");
		assertThat(queue.mainText()).contains("opende de casus").contains(reference);
		var reviewed = officer.submit(queue, "form[action^=/dpo/emergency-access/]", Map.of("note", "Terecht: het ziekenhuis belde."));
		assertThat(reviewed.html().selectFirst(".notice").text()).isEqualTo("Beoordeling vastgelegd.");

		var retention = officer.get("/dpo/retention");
		assertThat(retention.heading()).isEqualTo("Bewaartermijnen");
		var ran = officer.submit(retention, "form[action$=/retention/run]", Map.of());
		assertThat(ran.html().selectFirst(".notice").text())
			.matches("Verwijdering uitgevoerd: (\\d+ afgesloten casussen|1 afgesloten casus) verwijderd, \\d+ bewaard vanwege een "
					+ "verwijderstop, \\d+ nog binnen de bewaartermijn\\.");
		assertThat(ran.html().select("tbody tr").first().select("td").get(1).text()).isEqualTo("een functionaris");
		var unknown = officer.submit(ran, "form[action$=/retention/hold]", Map.of("reference", "XX-2020-9999", "reason", "Klacht",
				"action", "set"));
		assertThat(unknown.fieldError("reference"))
			.isEqualTo("Er is geen casus met dit kenmerk in een netwerk waaraan uw organisatie deelneemt.");
	}
}
