package eu.tandem.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import eu.tandem.agency.Agencies;
import eu.tandem.agency.AgencyProfile;
import eu.tandem.agency.AgencySetup;
import eu.tandem.agency.Country;
import eu.tandem.agency.Sector;
import eu.tandem.audit.AuditAction;
import eu.tandem.audit.AuditLog;
import eu.tandem.identity.AgencyId;
import eu.tandem.identity.Profession;
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

/** A hub set up from scratch through its screens, over real HTTP: the way a coordinator works. */
@TandemIntegrationTest
class HubScreensIT {

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Hubs hubs;

	@Autowired
	Agencies agencies;

	@Autowired
	AgencySetup agencySetup;

	@Autowired
	AuditLog audit;

	AgencyId clinic;
	AgencyId police;
	StaffMember sysadmin;
	StaffMember coordinator;
	Browserless admin;

	@BeforeEach
	void agencies() {
		clinic = fixtures.agency(Sector.MENTAL_HEALTH_CARE, "Clinic " + Fixtures.unique());
		police = fixtures.agency(Sector.POLICE, "Police " + Fixtures.unique());
		sysadmin = fixtures.staff(clinic, Role.SYSTEM_ADMINISTRATOR);
		coordinator = fixtures.staff(police, Role.HUB_COORDINATOR);
		admin = new Browserless(port);
		admin.signIn(sysadmin);
	}

	@Test
	void coordinatorSetsUpAHubAnAgreementGetsSignedAndThePublicSeesThePage() {
		var name = "Utrecht network " + Fixtures.unique();
		var created = admin.submit(admin.get("/network/hubs/new"), "form.form", Map.of("name", name, "level", "LOCAL",
				"country", "NL", "region", "Utrecht", "meetingRhythm", "every second Tuesday", "contactName", "Prevention desk",
				"contactEmail", "desk@utrecht.example", "contactPhone", "+31 30 555 0100"));
		assertThat(created.heading()).isEqualTo(name);
		var hubId = created.path().substring("/network/hubs/".length());
		var added = admin.submit(created, "form[action$=/agencies]", Map.of("agency", clinic.toString(), "roleInHub", "treats and advises"));
		added = admin.submit(added, "form[action$=/agencies]", Map.of("agency", police.toString(), "roleInHub", "assesses risk"));
		var appointed = admin.submit(added, "form[action$=/members]", Map.of("member", coordinator.id().toString(), "role", "COORDINATOR"));
		assertThat(appointed.mainText()).contains("is appointed as coordinator").contains("1 of 5 steps")
			.as("a coordinator alone is not a case owner").contains("No case has a case owner yet")
			.contains("Appoint someone from " + agencies.nameOf(clinic));

		var coordinatorBrowser = new Browserless(port);
		coordinatorBrowser.signIn(coordinator);
		var today = LocalDate.now();
		var form = coordinatorBrowser.get("/network/hubs/" + hubId + "/agreements/new");
		var fields = new HashMap<String, String>(Map.of("title", "Utrecht covenant", "startsOn", today.minusDays(1).toString(),
				"reviewOn", today.plusYears(1).toString(), "retention", "24 months after closure",
				"purposes[0].included", "true", "purposes[0].art6", "PUBLIC_TASK", "purposes[0].art9", "HEALTH_OR_SOCIAL_CARE",
				"purposes[0].legalReference", "Covenant art. 4"));
		fields.putAll(Map.of("flows[0].category", "HEALTH", "flows[0].from", "MENTAL_HEALTH_CARE", "flows[0].to", "POLICE",
				"flows[0].purpose", "JOINT_ASSESSMENT", "parties", clinic.toString()));
		var onlyOneParty = coordinatorBrowser.submit(form, "form.form", fields);
		assertThat(onlyOneParty.fieldError("parties")).contains("at least two parties");

		var bothParties = new HashMap<String, List<String>>();
		fields.forEach((field, value) -> bothParties.put(field, List.of(value)));
		bothParties.put("parties", List.of(clinic.toString(), police.toString()));
		var drafted = coordinatorBrowser.submitAll(form, "form.form", bothParties);
		assertThat(drafted.heading()).isEqualTo("Utrecht covenant, version 1");
		assertThat(drafted.mainText()).contains("is not signed yet by");

		sign(drafted.path(), clinic);
		var signed = sign(drafted.path(), police);
		assertThat(signed.mainText()).contains("In force: version 1");

		var check = coordinatorBrowser.get("/network/hubs/" + hubId + "/sharing-check?category=HEALTH&from=" + clinic
				+ "&to=" + police + "&purpose=JOINT_ASSESSMENT");
		assertThat(check.html().selectFirst("#answer").text()).startsWith("Yes: clause 1 of “Utrecht covenant”, version 1");
		var refused = coordinatorBrowser.get("/network/hubs/" + hubId + "/sharing-check?category=HEALTH&from=" + police
				+ "&to=" + clinic + "&purpose=JOINT_ASSESSMENT");
		assertThat(refused.html().selectFirst("#answer").text())
			.startsWith("No: Health data from police to mental health care is not covered");

		var hubPage = coordinatorBrowser.get("/network/hubs/" + hubId);
		assertThat(hubPage.mainText()).contains("2 of 5 steps").contains("An information-sharing agreement is in force.");
		var anonymous = new Browserless(port);
		assertThat(anonymous.get("/hubs/" + hubId).status()).as("not published yet").isEqualTo(404);
		var published = coordinatorBrowser.submit(hubPage, "form[action$=/publish]", Map.of());
		assertThat(published.mainText()).contains("is published");

		var list = anonymous.get("/hubs");
		assertThat(list.status()).isEqualTo(200);
		assertThat(list.html().select("a[href=/hubs/" + hubId + "]").text()).isEqualTo(name);
		var page = anonymous.get("/hubs/" + hubId);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.mainText()).contains("desk@utrecht.example").contains("treats and advises").contains("assesses risk")
			.doesNotContain(coordinator.asCurrentUser().displayName());
		assertThat(audit.latest(AuditAction.of("hub.published"), 5)).isNotEmpty();
	}

	@Test
	void publicPageNamesStaffOnlyOfAgenciesThatChoseToPublishThem() {
		agencySetup.describe(clinic, new AgencyProfile("Utrecht", "Outpatient psychiatry", "Treats and advises.\nSecond line.",
				List.of(), Set.of(Profession.PSYCHIATRIST), true));
		var hub = hubWithCoordinator();
		hubs.addAgency(hub.id(), clinic, "treats", sysadmin.asCurrentUser());
		var psychiatrist = fixtures.staff(clinic, Profession.PSYCHIATRIST, Role.PRACTITIONER);
		hubs.appoint(hub.id(), psychiatrist.id(), HubRole.STANDING_MEMBER, sysadmin.asCurrentUser());
		hubs.publish(hub.id(), sysadmin.asCurrentUser());

		var page = new Browserless(port).get("/hubs/" + hub.id());

		assertThat(page.mainText()).contains(psychiatrist.asCurrentUser().displayName() + ", standing member")
			.contains("Treats and advises.").doesNotContain(coordinator.asCurrentUser().displayName());
	}

	@Test
	void onlyTheHubsCoordinatorsChangeIt() {
		var hub = hubWithCoordinator();
		var practitioner = new Browserless(port);
		practitioner.signIn(fixtures.staff(police, Role.PRACTITIONER));

		var page = practitioner.get("/network/hubs/" + hub.id());
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.html().select("a[href$=/edit]")).isEmpty();
		assertThat(practitioner.get("/network/hubs/" + hub.id() + "/edit").status()).isEqualTo(403);
		assertThat(practitioner.get("/network/hubs/" + hub.id() + "/agreements/new").status()).isEqualTo(403);
		var csrf = page.html().selectFirst("input[name=_csrf]").val();
		assertThat(practitioner.post("/network/hubs/" + hub.id() + "/publish", Map.of("_csrf", csrf)).status()).isEqualTo(403);
		assertThat(hubs.find(hub.id()).orElseThrow().published()).isFalse();
	}

	@Test
	void publishingWithoutACoordinatorIsRefusedWithWhatToDo() {
		var hub = hubs.create(new HubDetails("Bare " + Fixtures.unique(), HubLevel.LOCAL, new Country("NL"),
				null, null, null, null, null, "bare@example.org", null, null, null, null), sysadmin.asCurrentUser());
		var page = admin.get("/network/hubs/" + hub.id());

		var refused = admin.submit(page, "form[action$=/publish]", Map.of());

		assertThat(refused.html().select(".error-summary").text()).contains("Appoint a coordinator before publishing");
		assertThat(hubs.find(hub.id()).orElseThrow().published()).isFalse();
	}

	@Test
	void unknownHubsAreNotFound() {
		assertThat(admin.get("/network/hubs/" + UUID.randomUUID()).status()).isEqualTo(404);
		assertThat(admin.get("/network/hubs/not-an-id/picture").status()).isEqualTo(404);
		assertThat(new Browserless(port).get("/hubs/not-an-id").status()).isEqualTo(404);
	}

	private Hub hubWithCoordinator() {
		var hub = hubs.create(new HubDetails("Hub " + Fixtures.unique(), HubLevel.LOCAL, new Country("NL"),
				null, null, null, null, null, "hub@example.org", null, null, null, null), sysadmin.asCurrentUser());
		hubs.addAgency(hub.id(), police, "assesses risk", sysadmin.asCurrentUser());
		hubs.appoint(hub.id(), coordinator.id(), HubRole.COORDINATOR, sysadmin.asCurrentUser());
		return hub;
	}

	private Page sign(String versionPath, AgencyId agency) {
		var signer = new Browserless(port);
		signer.signIn(fixtures.staff(agency, Role.AGENCY_ADMINISTRATOR));
		var page = signer.get(versionPath);
		return signer.submit(page, "form[action$=/sign]", Map.of("signatoryName", "Director " + agencies.nameOf(agency)));
	}
}
