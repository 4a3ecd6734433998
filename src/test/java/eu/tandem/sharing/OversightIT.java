package eu.tandem.sharing;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import eu.tandem.agency.Country;
import eu.tandem.agency.Sector;
import eu.tandem.audit.AccessPatterns;
import eu.tandem.casework.CaseFiles;
import eu.tandem.casework.CaseId;
import eu.tandem.hub.DataCategory;
import eu.tandem.hub.HubDetails;
import eu.tandem.hub.HubId;
import eu.tandem.hub.HubLevel;
import eu.tandem.hub.HubRole;
import eu.tandem.hub.Hubs;
import eu.tandem.identity.AgencyId;
import eu.tandem.identity.Profession;
import eu.tandem.identity.Role;
import eu.tandem.person.DateOfBirth;
import eu.tandem.person.PersonDetails;
import eu.tandem.person.PersonName;
import eu.tandem.person.Persons;
import eu.tandem.support.Browserless;
import eu.tandem.support.Fixtures;
import eu.tandem.support.StaffMember;
import eu.tandem.support.TandemIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The data protection officer's screens over real HTTP: access history, subject access export, unusual patterns. */
@TandemIntegrationTest
class OversightIT {

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Hubs hubs;

	@Autowired
	Persons persons;

	@Autowired
	CaseFiles cases;

	@Autowired
	CaseInformation information;

	@Autowired
	AccessPatterns patterns;

	HubId hub;
	AgencyId clinic;
	AgencyId school;
	StaffMember psychiatrist;
	StaffMember teacher;
	StaffMember dpo;
	CaseId caseId;

	@BeforeEach
	void caseAboutAPerson() {
		clinic = fixtures.agency(Sector.MENTAL_HEALTH_CARE);
		school = fixtures.agency(Sector.EDUCATION);
		var sysadmin = fixtures.staff(clinic, Role.SYSTEM_ADMINISTRATOR).asCurrentUser();
		hub = hubs.create(new HubDetails("Hub " + Fixtures.unique(), HubLevel.LOCAL, new Country("SE"), null, null, null, null,
				null, null, null, null, null, null), sysadmin).id();
		hubs.addAgency(hub, clinic, "member", sysadmin);
		hubs.addAgency(hub, school, "member", sysadmin);
		var coordinator = fixtures.staff(school, Profession.COORDINATOR, Role.HUB_COORDINATOR);
		hubs.appoint(hub, coordinator.id(), HubRole.COORDINATOR, sysadmin);
		psychiatrist = fixtures.staff(clinic, Profession.PSYCHIATRIST, Role.PRACTITIONER);
		teacher = fixtures.staff(school, Profession.TEACHER, Role.PRACTITIONER);
		dpo = fixtures.staff(school, Profession.OTHER, Role.DATA_PROTECTION_OFFICER);
		var person = persons.register(new PersonDetails(List.of(new PersonName(PersonName.Kind.NAME, "Elif", "Demir", null)),
				new DateOfBirth(2009, 6, 2), null, null, Set.of(), List.of(), List.of()), hub, coordinator.asCurrentUser());
		caseId = cases.open(UUID.randomUUID(), hub, person.value(), coordinator.asCurrentUser());
		cases.appointOwner(caseId, teacher.id(), coordinator.asCurrentUser());
		cases.addToTeam(caseId, psychiatrist.id(), coordinator.asCurrentUser());
	}

	Browserless signedIn(StaffMember member) {
		var browser = new Browserless(port);
		browser.signIn(member);
		return browser;
	}

	@Test
	void theOfficerSeesWhoLookedAndExportsEverythingHeldOnThePerson() {
		var clinicBrowser = signedIn(psychiatrist);
		var page = clinicBrowser.get("/cases/" + caseId + "/information");
		var recorded = clinicBrowser.submit(page, "form[action$=/information]", Map.of("category", "HEALTH", "kind", "NOTE",
				"text", "Sleeps badly since the exclusion from school"));
		assertThat(recorded.mainText()).contains("Recorded").contains("Sleeps badly");
		assertThat(recorded.header("Cache-Control")).contains("no-store");
		assertThat(signedIn(teacher).get("/cases/" + caseId + "/information").mainText()).doesNotContain("Sleeps badly");

		var officer = signedIn(dpo);
		var history = officer.submit(officer.get("/dpo/access-history"), "form[action$=/access-history]",
				Map.of("reference", caseId.toString()));
		assertThat(history.mainText()).contains(psychiatrist.username()).contains("sharing.item-viewed")
			.contains(teacher.username()).doesNotContain("Sleeps badly");

		var json = officer.submit(officer.get("/dpo/subject-access"), "form[action$=/subject-access]",
				Map.of("reference", caseId.toString(), "format", "json"));
		assertThat(json.header("Content-Type")).startsWith("application/json");
		assertThat(json.header("Content-Disposition")).contains("attachment");
		assertThat(json.body()).contains("Elif Demir").contains("Sleeps badly since the exclusion from school")
			.contains("\"accessHistory\"").contains(psychiatrist.username());
		var pdf = officer.submit(officer.get("/dpo/subject-access"), "form[action$=/subject-access]",
				Map.of("reference", caseId.toString(), "format", "pdf"));
		assertThat(pdf.header("Content-Type")).startsWith("application/pdf");
		assertThat(pdf.body()).startsWith("%PDF-");
	}

	@Test
	void anOfficerOfAnotherHubFindsNoSuchCase() {
		var elsewhere = fixtures.staff(fixtures.agency(Sector.POLICE), Profession.OTHER, Role.DATA_PROTECTION_OFFICER);
		var officer = signedIn(elsewhere);

		var answer = officer.submit(officer.get("/dpo/subject-access"), "form[action$=/subject-access]",
				Map.of("reference", caseId.toString(), "format", "json"));

		assertThat(answer.header("Content-Type")).startsWith("text/html");
		assertThat(answer.mainText()).contains("There is no case about an identified person with this reference");
		assertThat(signedIn(teacher).get("/dpo/subject-access").status()).isEqualTo(403);
	}

	@Test
	void readingManyRecordsInAShortTimeShowsAsAPattern() {
		var since = Instant.now().minusSeconds(1);
		var ids = new java.util.ArrayList<ItemId>();
		for (int i = 0; i < 21; i++) {
			ids.add(information.record(caseId, DataCategory.HEALTH, ItemKind.NOTE, "Session " + i, psychiatrist.asCurrentUser()));
		}
		var curious = fixtures.staff(clinic, Profession.PSYCHOLOGIST, Role.PRACTITIONER);
		cases.addToTeam(caseId, curious.id(), teacher.asCurrentUser());
		ids.forEach(id -> information.view(id, curious.asCurrentUser()));

		var found = patterns.manyReads(clinic.value(), since, Duration.ofMinutes(10), 20);

		assertThat(found).extracting(AccessPatterns.ManyReads::username).containsExactly(curious.username());
		assertThat(found.getFirst().records()).isEqualTo(21);
	}
}
