package eu.tandem.agency;

import java.util.HashMap;
import java.util.Map;

import eu.tandem.audit.AuditAction;
import eu.tandem.audit.AuditLog;
import eu.tandem.audit.AuditSubject;
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

import static org.assertj.core.api.Assertions.assertThat;

@TandemIntegrationTest
class AgencyAdministrationIT {

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Agencies agencies;

	@Autowired
	AuditLog audit;

	StaffMember sysadmin;
	Browserless browser;

	@BeforeEach
	void signInAsSystemAdministrator() {
		sysadmin = fixtures.staff(fixtures.agency(Sector.LOCAL_AUTHORITY), Role.SYSTEM_ADMINISTRATOR);
		browser = new Browserless(port);
		browser.signIn(sysadmin);
	}

	@Test
	void systemAdministratorAddsAnAgency() {
		var name = "Rotterdam Exit Team " + Fixtures.unique();
		var created = submitNewAgency(Map.of("name", name, "sector", "EXIT_PROGRAMME", "country", "NL",
				"region", "South Holland", "contactEmail", "exit@rotterdam.example", "contactPhone", "+31 10 555 0100"));

		assertThat(created.heading()).isEqualTo(name);
		assertThat(created.mainText()).contains("Agency " + name + " added.").contains("Exit programme")
			.contains("Netherlands").contains("exit@rotterdam.example");
		var agency = agencies.findByName(name).orElseThrow();
		assertThat(created.path()).isEqualTo("/agencies/" + agency.id());
		assertThat(audit.about(AuditSubject.of("agency", agency.id()), 5)).anySatisfy(recorded -> {
			assertThat(recorded.event().action()).isEqualTo(AuditAction.of("agency.created"));
			assertThat(recorded.event().actor().userId()).isEqualTo(sysadmin.id().value());
		});
	}

	@Test
	void refusedAgencyFormShowsEveryProblemAndKeepsTheInput() {
		var refused = submitNewAgency(Map.of("name", "Agency <b>bold</b>", "sector", "", "country", "XX",
				"contactEmail", "not-an-address", "contactPhone", "call me", "region", "r".repeat(121)));

		assertThat(refused.fieldError("name")).as("< and > are ordinary characters").isEmpty();
		assertThat(refused.fieldError("sector")).contains("Choose the agency's sector");
		assertThat(refused.fieldError("country")).contains("Choose a country");
		assertThat(refused.fieldError("contactEmail")).contains("Enter an e-mail address");
		assertThat(refused.fieldError("contactPhone")).contains("Enter a phone number");
		assertThat(refused.fieldError("region")).contains("at most 120 characters");
		assertThat(refused.inputValue("name")).isEqualTo("Agency <b>bold</b>");
		assertThat(refused.inputValue("contactEmail")).isEqualTo("not-an-address");
		assertThat(agencies.findByName("Agency <b>bold</b>")).isEmpty();
	}

	@Test
	void duplicateNameInTheSameCountryIsRefused() {
		var name = "Twin Agency " + Fixtures.unique();
		submitNewAgency(Map.of("name", name, "sector", "POLICE", "country", "BE"));

		var twin = submitNewAgency(Map.of("name", name.toUpperCase(), "sector", "POLICE", "country", "BE"));

		assertThat(twin.fieldError("name")).isEqualTo("There is already an agency called " + name.toUpperCase()
				+ " in Belgium.");
		assertThat(agencies.all().stream().filter(a -> a.name().equalsIgnoreCase(name))).hasSize(1);
	}

	@Test
	void staleAgencyEditIsRefused() {
		var id = fixtures.agency(Sector.YOUTH_WORK);
		var first = browser.get("/agencies/" + id + "/edit");
		var other = new Browserless(port);
		other.signIn(fixtures.staff(sysadmin.agencyId(), Role.SYSTEM_ADMINISTRATOR));
		var saved = other.submit(other.get("/agencies/" + id + "/edit"), "form.form",
				Map.of("name", "Renamed " + Fixtures.unique(), "sector", "YOUTH_WORK", "country", "NL"));
		assertThat(saved.mainText()).contains("saved");

		var stale = browser.submit(first, "form.form", Map.of("name", "Overwrite " + Fixtures.unique(),
				"sector", "YOUTH_WORK", "country", "NL"));

		assertThat(stale.mainText()).contains("Someone else changed this agency while you were editing it");
		assertThat(agencies.find(id).orElseThrow().name()).startsWith("Renamed ");
	}

	@Test
	void onlySystemAdministratorsChangeAgencies() {
		var agencyAdmin = fixtures.staff(sysadmin.agencyId(), Role.AGENCY_ADMINISTRATOR);
		var other = new Browserless(port);
		var home = other.signIn(agencyAdmin);

		assertThat(home.html().select("a[href=/agencies/new]")).isEmpty();
		assertThat(other.get("/agencies/new").status()).isEqualTo(403);
		assertThat(other.get("/agencies/" + sysadmin.agencyId() + "/edit").status()).isEqualTo(403);
		var csrf = home.html().selectFirst("input[name=_csrf]").val();
		var name = "Sneaky Agency " + Fixtures.unique();
		var refused = other.post("/agencies", Map.of("_csrf", csrf, "name", name, "sector", "POLICE", "country", "DE"));
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.heading()).isEqualTo("This page is not part of your role");
		assertThat(agencies.findByName(name)).isEmpty();
	}

	private Page submitNewAgency(Map<String, String> values) {
		return browser.submit(browser.get("/agencies/new"), "form.form", new HashMap<>(values));
	}
}
