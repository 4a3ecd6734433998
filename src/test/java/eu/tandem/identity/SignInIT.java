package eu.tandem.identity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import eu.tandem.agency.Sector;
import eu.tandem.audit.AuditAction;
import eu.tandem.audit.AuditLog;
import eu.tandem.audit.AuditOutcome;
import eu.tandem.support.Browserless;
import eu.tandem.support.Fixtures;
import eu.tandem.support.Page;
import eu.tandem.support.StaffMember;
import eu.tandem.support.TandemIntegrationTest;
import eu.tandem.support.TestTotp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@TandemIntegrationTest
class SignInIT {

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Accounts accounts;

	@Autowired
	AuditLog audit;

	@Autowired
	SignInThrottle throttle;

	@Autowired
	JdbcClient jdbc;

	StaffMember member;
	Browserless browser;

	@BeforeEach
	void setUp() {
		member = fixtures.staff(fixtures.agency(Sector.SOCIAL_CARE), Role.PRACTITIONER);
		browser = new Browserless(port);
	}

	@Test
	void signsInWithPasswordThenCode() {
		var home = browser.signIn(member);

		assertThat(home.path()).isEqualTo("/");
		assertThat(home.html().select("header .who").text()).contains(member.asCurrentUser().displayName());
		var events = audit.about(IdentityAudit.user(member.id()), 5);
		assertThat(events).anySatisfy(recorded -> {
			assertThat(recorded.event().action()).isEqualTo(AuditAction.of("identity.sign-in"));
			assertThat(recorded.event().outcome()).isEqualTo(AuditOutcome.SUCCESS);
			assertThat(recorded.clientAddress()).isEqualTo("127.0.0.1");
		});
	}

	@Test
	void aBookmarkedLoginAddressLeadsToSignInOrToTheStartPage() {
		var signedOut = browser.get("/login");
		assertThat(signedOut.status()).isEqualTo(200);
		assertThat(signedOut.path()).isEqualTo("/sign-in");

		var home = browser.signIn(member);
		assertThat(home.path()).as("the bookmark was not kept as the place to return to").isEqualTo("/");
		var signedIn = browser.get("/login");

		assertThat(signedIn.status()).isEqualTo(200);
		assertThat(signedIn.path()).isEqualTo("/");
		assertThat(signedIn.hops()).as("straight to the start page").hasSize(1);
	}

	@Test
	void passwordAloneGivesNoAccess() {
		var signIn = browser.get("/sign-in");
		var second = browser.submit(signIn, "form[action=/sign-in]",
				Map.of("username", member.username(), "password", member.password()));

		assertThat(second.path()).isEqualTo("/sign-in/code");
		assertThat(browser.get("/agencies").path()).isEqualTo("/sign-in/code");
	}

	@Test
	void newSessionIdAtEachSignInStep() {
		var anonymous = browser.get("/sign-in");
		var before = browser.sessionCookie().orElseThrow();
		var second = browser.submit(anonymous, "form[action=/sign-in]",
				Map.of("username", member.username(), "password", member.password()));
		var afterPassword = browser.sessionCookie().orElseThrow();
		browser.submit(second, "form[action=/sign-in/code]", Map.of("code", TestTotp.freshCode(member.totpSecret())));
		var afterCode = browser.sessionCookie().orElseThrow();

		assertThat(afterPassword).isNotEqualTo(before);
		assertThat(afterCode).isNotEqualTo(afterPassword).isNotEqualTo(before);
	}

	@Test
	void wrongPasswordAndUnknownUsernameGetTheSameAnswer() {
		var wrongPassword = attempt(member.username(), "not the password at all");
		var unknownUser = attempt("nobody-" + Fixtures.unique(), "not the password at all");

		assertThat(wrongPassword.path()).isEqualTo("/sign-in?refused");
		assertThat(unknownUser.path()).isEqualTo("/sign-in?refused");
		assertThat(wrongPassword.html().select(".error-summary").text())
			.isEqualTo(unknownUser.html().select(".error-summary").text())
			.contains("The username or password is not right");
		assertThat(wrongPassword.inputValue("username")).isEqualTo(member.username());
	}

	@Test
	void repeatedFailuresPauseSignInWithTheSameWordsForKnownAndUnknownNames() {
		var unknown = "nobody-" + Fixtures.unique();
		for (int i = 0; i < SignInBackoff.FREE_ATTEMPTS; i++) {
			assertThat(attempt(member.username(), "wrong password " + i).mainText()).as("attempt %d", i).contains("not right");
			assertThat(attempt(unknown, "wrong password " + i).mainText()).as("attempt %d", i).contains("not right");
		}
		// two more failures each, counted directly, so that the pause (4 s) outlasts a slow machine
		setFailures(member.username(), 5);
		setFailures(unknown, 5);

		var known = attempt(member.username(), member.password());
		var stranger = attempt(unknown, "whatever it is");

		assertThat(known.mainText()).contains("Too many attempts: sign-in for this username is paused until");
		assertThat(stranger.mainText()).contains("Too many attempts: sign-in for this username is paused until");
		assertThat(known.path()).isEqualTo("/sign-in?refused");
	}

	@Test
	void tenFailuresLockTheUsernameForTheLockoutPeriodEvenForTheRightPassword() {
		attempt(member.username(), "wrong password");
		setFailures(member.username(), SignInBackoff.LOCK_AFTER);

		var locked = attempt(member.username(), member.password());

		assertThat(locked.mainText()).contains("Too many attempts");
		assertThat(throttle.admit(member.username())).hasValueSatisfying(until -> assertThat(until)
			.isBetween(Instant.now().plusSeconds(14 * 60), Instant.now().plusSeconds(15 * 60 + 5)));
	}

	@Test
	void parallelAttemptsCannotSlipPastTheCount() throws Exception {
		var attempts = 16;
		var pool = Executors.newFixedThreadPool(attempts);
		var started = System.nanoTime();
		try {
			var results = new ArrayList<Future<Page>>();
			for (int i = 0; i < attempts; i++) {
				var password = "wrong password " + i;
				results.add(pool.submit(() -> attempt(member.username(), password)));
			}
			for (var result : results) {
				result.get();
			}
		}
		finally {
			pool.shutdown();
		}
		var burstSeconds = (System.nanoTime() - started) / 1e9;

		var checked = audit.about(IdentityAudit.user(member.id()), 100).stream()
			.filter(recorded -> "bad-password".equals(recorded.event().reason()))
			.count();
		var paused = audit.about(IdentityAudit.user(member.id()), 100).stream()
			.filter(recorded -> "paused".equals(recorded.event().reason()))
			.count();
		assertThat(checked + paused).isEqualTo(attempts);
		// every attempt that was checked was counted once: none was admitted on a count another had already used
		assertThat(storedFailures(member.username())).isEqualTo(checked);
		// three free attempts; each further one waits out a pause that doubles from one second, so a burst of
		// s seconds lets at most log2(s + 1) more through however slowly the machine works through it
		var allowedByTheBurstsLength = (long) Math.floor(Math.log(burstSeconds + 1.05) / Math.log(2));
		assertThat(checked).as("checked in a burst of %.1f s", burstSeconds)
			.isBetween((long) SignInBackoff.FREE_ATTEMPTS, SignInBackoff.FREE_ATTEMPTS + allowedByTheBurstsLength);
	}

	@Test
	void wrongCodesCountTowardsThePause() {
		var signIn = browser.get("/sign-in");
		var second = browser.submit(signIn, "form[action=/sign-in]",
				Map.of("username", member.username(), "password", member.password()));
		var current = TestTotp.code(member.totpSecret(), TestTotp.currentStep());
		var wrong = current.equals("000000") ? "111111" : "000000";
		browser.submit(second, "form[action=/sign-in/code]", Map.of("code", wrong));
		var refused = browser.submit(second, "form[action=/sign-in/code]", Map.of("code", wrong));
		setFailures(member.username(), 5);

		var paused = browser.submit(refused, "form[action=/sign-in/code]",
				Map.of("code", TestTotp.freshCode(member.totpSecret())));

		assertThat(paused.fieldError("code")).contains("Too many attempts");
		assertThat(paused.path()).isEqualTo("/sign-in/code");
	}

	@Test
	void htmxRequestWithoutSessionIsToldToLoadTheSignInPage() {
		var page = new Browserless(port).get("/agencies", Map.of("HX-Request", "true"));

		assertThat(page.status()).isEqualTo(401);
		assertThat(page.header("HX-Redirect")).isEqualTo("/sign-in");
	}

	@Test
	void failedSignInIsAuditedWithoutKeepingUnknownNames() {
		var unknown = "nobody-" + Fixtures.unique();
		attempt(member.username(), "wrong password");
		attempt(unknown, "wrong password");

		var failures = audit.latest(AuditAction.of("identity.sign-in"), 50).stream()
			.filter(recorded -> recorded.event().outcome() == AuditOutcome.FAILURE)
			.toList();
		assertThat(failures).anySatisfy(recorded -> {
			assertThat(recorded.event().actor().username()).isEqualTo(member.username());
			assertThat(recorded.event().reason()).isEqualTo("bad-password");
		});
		assertThat(failures).anySatisfy(recorded -> {
			assertThat(recorded.event().actor().isKnown()).isFalse();
			assertThat(recorded.event().reason()).isEqualTo("unknown-username");
		});
		assertThat(failures).noneSatisfy(recorded -> assertThat(recorded.event().actor().username()).isEqualTo(unknown));
	}

	@Test
	void wrongCodeIsRefusedAndTheFormSaysWhy() {
		var signIn = browser.get("/sign-in");
		var second = browser.submit(signIn, "form[action=/sign-in]",
				Map.of("username", member.username(), "password", member.password()));
		var current = TestTotp.code(member.totpSecret(), TestTotp.currentStep());
		var wrong = current.equals("000000") ? "111111" : "000000";

		var refused = browser.submit(second, "form[action=/sign-in/code]", Map.of("code", wrong));

		assertThat(refused.path()).isEqualTo("/sign-in/code");
		assertThat(refused.fieldError("code")).contains("That code is not right");
		assertThat(browser.get("/agencies").path()).isEqualTo("/sign-in/code");
	}

	@Test
	void aCodeIsAcceptedOnlyOnce() {
		var step = TestTotp.currentStep();
		TestTotp.markUsed(member.totpSecret(), step + 1);
		var code = TestTotp.code(member.totpSecret(), step + 1);
		var first = codeStep(code);
		assertThat(first.path()).isEqualTo("/");
		browser.signOut();

		var replay = codeStep(code);

		assertThat(replay.path()).isEqualTo("/sign-in/code");
		assertThat(replay.fieldError("code")).contains("That code has been used already");
		assertThat(audit.about(IdentityAudit.user(member.id()), 10))
			.anySatisfy(recorded -> assertThat(recorded.event().reason()).isEqualTo("replayed-code"));
	}

	@Test
	void signOutEndsTheSessionOnTheServer() {
		browser.signIn(member);
		var oldSession = browser.sessionCookie().orElseThrow();

		var signedOut = browser.signOut();
		assertThat(signedOut.path()).isEqualTo("/sign-in?signed-out");

		var replayer = new Browserless(port);
		replayer.setSessionCookie(oldSession);
		assertThat(replayer.get("/agencies").path()).isEqualTo("/sign-in");
	}

	@Test
	void tamperedSessionCookieIsTreatedAsNoSession() {
		browser.signIn(member);
		var cookie = browser.sessionCookie().orElseThrow();
		var tampered = (cookie.charAt(0) == 'A' ? 'B' : 'A') + cookie.substring(1);

		var attacker = new Browserless(port);
		attacker.setSessionCookie(tampered);
		var page = attacker.get("/agencies");

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.path()).isEqualTo("/sign-in");
		assertThat(page.body()).doesNotContain("Exception");
	}

	@Test
	void garbageSessionCookiesOfEveryShapeAreTreatedAsNoSession() {
		var base64 = Base64.getEncoder();
		for (var cookie : new String[] { base64.encodeToString(new byte[] { 'a', 0, 'b' }), base64.encodeToString(
				"'; drop table identity.account; --".getBytes()), "not base64 at all!", "", base64.encodeToString(new byte[64]) }) {
			var stranger = new Browserless(port);
			stranger.setSessionCookie(cookie);
			var page = stranger.get("/agencies");
			assertThat(page.status()).as(cookie).isEqualTo(200);
			assertThat(page.path()).as(cookie).isEqualTo("/sign-in");
		}
	}

	@Test
	void deactivatedUsersOpenSessionEndsAtTheirNextRequest() {
		browser.signIn(member);
		assertThat(browser.get("/agencies").path()).isEqualTo("/agencies");
		var admin = fixtures.staff(member.agencyId(), Role.AGENCY_ADMINISTRATOR);

		accounts.deactivate(member.id(), admin.asCurrentUser());

		var next = browser.get("/agencies");
		assertThat(next.path()).isEqualTo("/sign-in?ended");
		assertThat(next.mainText()).contains("Your session has ended");
		assertThat(attempt(member.username(), member.password()).mainText()).contains("not right");
	}

	private long storedFailures(String username) {
		return jdbc.sql("select failures from identity.sign_in_throttle where username_key = :key")
			.param("key", SignInThrottle.key(username))
			.query(Long.class)
			.single();
	}

	/** Sets the failure count directly, as if the failures had happened just now. */
	private void setFailures(String username, int failures) {
		jdbc.sql("""
				insert into identity.sign_in_throttle (username_key, failures, last_failure_at) values (:key, :failures, now())
				on conflict (username_key) do update set failures = :failures, last_failure_at = now()
				""")
			.param("key", SignInThrottle.key(username))
			.param("failures", failures)
			.update();
	}

	private Page attempt(String username, String password) {
		var fresh = new Browserless(port);
		var signIn = fresh.get("/sign-in");
		return fresh.submit(signIn, "form[action=/sign-in]", Map.of("username", username, "password", password));
	}

	private Page codeStep(String code) {
		var signIn = browser.get("/sign-in");
		var second = browser.submit(signIn, "form[action=/sign-in]",
				Map.of("username", member.username(), "password", member.password()));
		return browser.submit(second, "form[action=/sign-in/code]", Map.of("code", code));
	}
}
