package eu.tandem.identity;

import eu.tandem.agency.Sector;
import eu.tandem.audit.AuditLog;
import eu.tandem.support.Browserless;
import eu.tandem.support.Fixtures;
import eu.tandem.support.TandemIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** Sessions end when idle too long and when they reach their absolute lifetime, with short limits for the test. */
@TandemIntegrationTest
@TestPropertySource(properties = { "tandem.session.idle-timeout=3s", "tandem.session.absolute-lifetime=8s" })
class SessionLimitsIT {

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	AuditLog audit;

	@Test
	void idleSessionEnds() throws InterruptedException {
		var browser = new Browserless(port);
		browser.signIn(fixtures.staff(fixtures.agency(Sector.SOCIAL_CARE), Role.PRACTITIONER));
		assertThat(browser.get("/agencies").path()).isEqualTo("/agencies");

		Thread.sleep(4_500);

		assertThat(browser.get("/agencies").path()).isEqualTo("/sign-in");
	}

	@Test
	void activeSessionStillEndsAtItsAbsoluteLifetime() throws InterruptedException {
		var member = fixtures.staff(fixtures.agency(Sector.SOCIAL_CARE), Role.PRACTITIONER);
		var browser = new Browserless(port);
		browser.signIn(member);
		var signedInAt = System.nanoTime();

		String path;
		do {
			Thread.sleep(1_000);
			path = browser.get("/agencies").path();
		}
		while (path.equals("/agencies") && System.nanoTime() - signedInAt < 20_000_000_000L);

		var lasted = (System.nanoTime() - signedInAt) / 1_000_000_000.0;
		assertThat(path).isEqualTo("/sign-in?ended");
		assertThat(lasted).as("seconds the session lasted while in use").isBetween(7.5, 12.0);
		assertThat(audit.about(IdentityAudit.user(member.id()), 5))
			.anySatisfy(recorded -> assertThat(recorded.event().reason()).isEqualTo("lifetime-exceeded"));
	}
}
