package eu.tandem.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import eu.tandem.TandemApplication;
import eu.tandem.agency.Country;
import eu.tandem.agency.Sector;
import eu.tandem.casework.CaseFiles;
import eu.tandem.casework.CaseId;
import eu.tandem.hub.DataCategory;
import eu.tandem.hub.HubDetails;
import eu.tandem.hub.HubLevel;
import eu.tandem.hub.HubRole;
import eu.tandem.hub.Hubs;
import eu.tandem.identity.Profession;
import eu.tandem.identity.Role;
import eu.tandem.kernel.ReferralId;
import eu.tandem.person.PersonDetails;
import eu.tandem.person.PersonName;
import eu.tandem.person.Persons;
import eu.tandem.support.Fixtures;
import eu.tandem.support.FreshDataDirectory;
import eu.tandem.support.StaffMember;
import eu.tandem.web.Language;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Key rotation as the README tells an operator to do it, across real restarts: add a key and make it current,
 * restart (Tandem re-seals what the old key sealed: items, earlier versions, subject access drafts), then remove the
 * old key and restart again.
 */
class KeyRotationIT {

	@Test
	void contentSurvivesRotationAndTheOldKeyCanGoOnceResealed() throws Exception {
		var dataDir = FreshDataDirectory.newDirectory();
		var keys = dataDir.resolve("keys");
		ItemId item;
		ItemId corrected;
		StaffMember psychiatrist;
		StaffMember officer;
		UUID request;
		try (var first = start(dataDir)) {
			var fixtures = first.getBean(Fixtures.class);
			var clinic = fixtures.agency(Sector.MENTAL_HEALTH_CARE);
			var sysadmin = fixtures.staff(clinic, Role.SYSTEM_ADMINISTRATOR).asCurrentUser();
			var hubs = first.getBean(Hubs.class);
			var hub = hubs.create(new HubDetails("Hub " + Fixtures.unique(), HubLevel.LOCAL, new Country("FI"), null, null, null, null,
					null, null, null, null, null, null), sysadmin).id();
			hubs.addAgency(hub, clinic, "member", sysadmin);
			var coordinator = fixtures.staff(clinic, Profession.COORDINATOR, Role.HUB_COORDINATOR);
			hubs.appoint(hub, coordinator.id(), HubRole.COORDINATOR, sysadmin);
			psychiatrist = fixtures.staff(clinic, Profession.PSYCHIATRIST, Role.PRACTITIONER);
			var cases = first.getBean(CaseFiles.class);
			var person = first.getBean(Persons.class).register(new PersonDetails(List.of(new PersonName(PersonName.Kind.NAME, "Aino",
					"Korhonen", null)), null, null, null, Set.of(), List.of(), List.of()), hub, coordinator.asCurrentUser());
			CaseId caseId = cases.open(ReferralId.random(), Fixtures.caseReference(), hub, person, coordinator.asCurrentUser());
			cases.appointOwner(caseId, psychiatrist.id(), coordinator.asCurrentUser());
			var information = first.getBean(CaseInformation.class);
			item = information.record(caseId, DataCategory.HEALTH, ItemKind.NOTE, "Kept through the rotation", Language.ENGLISH,
					psychiatrist.asCurrentUser());
			corrected = information.record(caseId, DataCategory.HEALTH, ItemKind.NOTE, "First wording", Language.ENGLISH,
					psychiatrist.asCurrentUser());
			information.rectify(corrected, "Second wording", "Typo", 0, psychiatrist.asCurrentUser());
			// a subject access draft repeats the items word for word: sealed, and re-sealed, like them
			officer = fixtures.staff(clinic, Profession.OTHER, Role.DATA_PROTECTION_OFFICER);
			request = first.getBean(SubjectAccess.class).start(caseId, officer.asCurrentUser(), Language.ENGLISH);
			assertThat(keyIds(first)).hasSize(4).containsOnly("1");
		}

		Files.writeString(keys.resolve("content-2.key"), java.util.Base64.getEncoder().encodeToString(random32()) + "\n");
		Files.writeString(keys.resolve("content-current"), "2\n");
		try (var second = start(dataDir)) {
			assertThat(keyIds(second)).as("re-sealed at start").containsOnly("2");
		}

		Files.delete(keys.resolve("content-1.key"));
		try (var third = start(dataDir)) {
			var information = third.getBean(CaseInformation.class);
			assertThat(information.view(item, psychiatrist.asCurrentUser()).text()).isEqualTo("Kept through the rotation");
			assertThat(information.history(corrected, psychiatrist.asCurrentUser())).singleElement()
				.satisfies(revision -> assertThat(revision.text()).isEqualTo("First wording"));
			assertThat(third.getBean(SubjectAccess.class).review(request, officer.asCurrentUser()).report().sections())
				.flatExtracting(SubjectAccessReport.Section::entries).flatExtracting(SubjectAccessReport.Entry::fields)
				.extracting(SubjectAccessReport.Field::value).contains("Kept through the rotation", "Second wording");
		}
	}

	private static java.util.List<String> keyIds(ConfigurableApplicationContext context) {
		var jdbc = context.getBean(JdbcClient.class);
		return jdbc.sql("""
				select key_id from sharing.item union all select key_id from sharing.item_revision
				union all select key_id from sharing.subject_access_request
				""").query(String.class).list();
	}

	private static byte[] random32() {
		var bytes = new byte[32];
		new java.security.SecureRandom().nextBytes(bytes);
		return bytes;
	}

	private static ConfigurableApplicationContext start(Path dataDir) {
		var settings = Map.of("tandem.data-dir", dataDir.toString(), "tandem.demo-data", "false", "server.port", "0");
		return new SpringApplicationBuilder(TandemApplication.class)
			.run(settings.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new));
	}
}
