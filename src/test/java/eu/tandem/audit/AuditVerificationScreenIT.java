package eu.tandem.audit;

import java.util.Map;

import eu.tandem.agency.Sector;
import eu.tandem.identity.Role;
import eu.tandem.support.Browserless;
import eu.tandem.support.Fixtures;
import eu.tandem.support.StaffMember;
import eu.tandem.support.TandemIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The data protection officer's screen, over real HTTP, on the trail every other test writes to. */
@TandemIntegrationTest
class AuditVerificationScreenIT {

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	AuditLog audit;

	StaffMember officer;
	Browserless browser;

	@BeforeEach
	void officerSignedIn() {
		officer = fixtures.staff(fixtures.agency(Sector.SOCIAL_CARE), Role.DATA_PROTECTION_OFFICER);
		browser = new Browserless(port);
		browser.signIn(officer);
	}

	@Test
	void dataProtectionOfficerVerifiesTheTrailAndTheRunIsRecorded() {
		var page = browser.get("/audit/verify");
		assertThat(page.heading()).isEqualTo("Verify the audit trail");
		assertThat(page.html().select("#checkpoint-heading + p, .checkpoint").text()).contains("Position");
		assertThat(page.html().selectFirst("[role=status]")).isNotNull();

		var result = browser.submit(page, "form[action=/audit/verify]", Map.of("checkpoint", ""));

		assertThat(result.status()).isEqualTo(200);
		assertThat(result.html().selectFirst("[role=status]").text()).contains("The audit trail is intact")
			.contains("are as they were written");
		var recorded = audit.latest(AuditChain.VERIFIED, 1).getFirst();
		assertThat(recorded.event().actor().username()).isEqualTo(officer.username());
		assertThat(recorded.event().reason()).isEqualTo("intact");
		assertThat(recorded.clientAddress()).isNotNull();
	}

	@Test
	void theCheckpointShownCanBeComparedWithLater() {
		var page = browser.get("/audit/verify");
		var mark = page.html().select(".checkpoint dd code").last().text();

		var result = browser.submit(page, "form[action=/audit/verify]", Map.of("checkpoint", mark));

		assertThat(result.html().selectFirst("[role=status]").text()).contains("The audit trail is intact");
	}

	@Test
	void somethingThatIsNotACheckpointIsExplainedAtTheField() {
		var page = browser.get("/audit/verify");

		var result = browser.submit(page, "form[action=/audit/verify]", Map.of("checkpoint", "yesterday's"));

		assertThat(result.fieldError("checkpoint")).contains("<position>:<hash>");
		assertThat(result.html().selectFirst("[role=status]").text()).isEmpty();
	}

	@Test
	void theScreenAndWhatItFoundAreInTheReadersLanguage() {
		var french = new Browserless(port).speaking("fr");
		french.signIn(officer);
		var page = french.get("/audit/verify");
		assertThat(page.heading()).isEqualTo("Vérifier le journal d’audit");

		var result = french.submit(page, "form[action=/audit/verify]", Map.of("checkpoint", ""));
		assertThat(result.html().selectFirst("[role=status]").text()).contains("Le journal d’audit est intact")
			.contains("chacun à sa place");
		var refused = french.submit(page, "form[action=/audit/verify]", Map.of("checkpoint", "hier"));
		assertThat(refused.fieldError("checkpoint")).contains("Un point de contrôle s’écrit <position>:<hash>");
	}

	@Test
	void checkpointIsExportedAsJson() {
		var json = browser.get("/audit/checkpoint");

		assertThat(json.status()).isEqualTo(200);
		assertThat(json.header("Content-Type")).startsWith("application/json");
		assertThat(json.body()).matches("\\{\"position\":\\d+,\"sequence\":\\d+,\"hash\":\"[0-9a-f]{64}\",\"at\":\"[^\"]+\"}");
	}

	@Test
	void onlyDataProtectionOfficersMayVerifyOrExport() {
		var practitioner = new Browserless(port);
		practitioner.signIn(fixtures.staff(officer.agencyId(), Role.PRACTITIONER, Role.SYSTEM_ADMINISTRATOR));

		assertThat(practitioner.get("/audit/verify").status()).isEqualTo(403);
		assertThat(practitioner.get("/audit/checkpoint").status()).isEqualTo(403);
	}
}
