package eu.tandem.web;

import eu.tandem.agency.Sector;
import eu.tandem.identity.Role;
import eu.tandem.support.Browserless;
import eu.tandem.support.Fixtures;
import eu.tandem.support.TandemIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@TandemIntegrationTest
class OperationsIT {

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Test
	void healthLivenessAndReadinessAnswerWithoutSignIn() {
		var probe = new Browserless(port);
		for (var path : new String[] { "/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness" }) {
			var page = probe.get(path);
			assertThat(page.status()).as(path).isEqualTo(200);
			assertThat(page.body()).as(path).contains("\"status\":\"UP\"");
		}
	}

	@Test
	void metricsNeedASignedInSystemAdministrator() {
		var anonymous = new Browserless(port).get("/actuator/prometheus");
		assertThat(anonymous.path()).isEqualTo("/sign-in");
		assertThat(anonymous.body()).doesNotContain("jvm_memory");

		var practitioner = new Browserless(port);
		practitioner.signIn(fixtures.staff(fixtures.agency(Sector.POLICE), Role.PRACTITIONER));
		assertThat(practitioner.get("/actuator/prometheus").status()).isEqualTo(403);

		var sysadmin = new Browserless(port);
		sysadmin.signIn(fixtures.staff(fixtures.agency(Sector.POLICE), Role.SYSTEM_ADMINISTRATOR));
		var metrics = sysadmin.get("/actuator/prometheus");
		assertThat(metrics.status()).isEqualTo(200);
		assertThat(metrics.body()).contains("jvm_memory_used_bytes").contains("http_server_requests");
	}

	@Test
	void onlyHealthAndMetricsAreExposed() {
		var sysadmin = new Browserless(port);
		sysadmin.signIn(fixtures.staff(fixtures.agency(Sector.POLICE), Role.SYSTEM_ADMINISTRATOR));
		for (var path : new String[] { "/actuator/env", "/actuator/beans", "/actuator/heapdump", "/actuator/configprops" }) {
			assertThat(sysadmin.get(path).status()).as(path).isEqualTo(404);
		}
	}
}
