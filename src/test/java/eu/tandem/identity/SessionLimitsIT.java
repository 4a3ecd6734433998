package eu.tandem.identity;

import java.time.Duration;
import java.time.Instant;

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
@TestPropertySource(properties = { "tandem.session.idle-timeout=4s", "tandem.session.absolute-lifetime=8s" })
class SessionLimitsIT {

	static final Duration IDLE_TIMEOUT = Duration.ofSeconds(4);
	static final Duration LIFETIME = Duration.ofSeconds(8);

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

		Thread.sleep(IDLE_TIMEOUT.plusMillis(1_500).toMillis());

		assertThat(browser.get("/agencies").path()).isEqualTo("/sign-in");
	}

	/**
	 * The times are the test's own clock around the server's moment of sign-in, so the bounds hold however
	 * slowly the machine answers: the session is never served once the lifetime has certainly passed, and never
	 * ended before it can have passed.
	 */
	@Test
	void activeSessionStillEndsAtItsAbsoluteLifetime() throws InterruptedException {
		var member = fixtures.staff(fixtures.agency(Sector.SOCIAL_CARE), Role.PRACTITIONER);
		var browser = new Browserless(port);
		var beforeSignIn = Instant.now();
		browser.signIn(member);
		var afterSignIn = Instant.now();

		String path;
		Instant asked;
		Instant lastServed = afterSignIn;
		do {
			// well within the idle timeout, so that only the lifetime can end the session
			Thread.sleep(250);
			asked = Instant.now();
			path = browser.get("/agencies").path();
			if (path.equals("/agencies")) {
				lastServed = asked;
			}
		}
		while (path.equals("/agencies") && Duration.between(afterSignIn, asked).getSeconds() < 60);
		var endedAt = Instant.now();

		assertThat(path).isEqualTo("/sign-in?ended");
		assertThat(audit.about(IdentityAudit.user(member.id()), 5))
			.anySatisfy(recorded -> assertThat(recorded.event().reason()).isEqualTo("lifetime-exceeded"));
		assertThat(Duration.between(beforeSignIn, endedAt)).as("not ended before the lifetime").isGreaterThanOrEqualTo(LIFETIME);
		assertThat(lastServed).as("never served after the lifetime").isBefore(afterSignIn.plus(LIFETIME));
		assertThat(Duration.between(beforeSignIn, lastServed)).as("kept alive by use beyond the idle timeout")
			.isGreaterThan(IDLE_TIMEOUT);
	}
}
