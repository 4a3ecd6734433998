package eu.tandem.identity;

import java.util.Map;
import java.util.Set;

import eu.tandem.agency.Sector;
import eu.tandem.audit.AuditAction;
import eu.tandem.audit.AuditLog;
import eu.tandem.support.Browserless;
import eu.tandem.support.Fixtures;
import eu.tandem.support.TandemIntegrationTest;
import eu.tandem.support.TestTotp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@TandemIntegrationTest
class EnrolmentIT {

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Accounts accounts;

	@Autowired
	AuditLog audit;

	@Test
	void firstSignInEnrolsTheAuthenticatorAndAcceptsItOnlyAfterACode() {
		var agency = fixtures.agency(Sector.YOUTH_WORK);
		var admin = fixtures.staff(agency, Role.AGENCY_ADMINISTRATOR);
		var username = new Username("e" + Fixtures.unique());
		var password = "my first long password";
		var account = accounts.create(new NewAccount(username, "Kwame Mensah", agency, Profession.YOUTH_WORKER,
				Set.of(Role.PRACTITIONER), Password.of("password", password, username)), admin.asCurrentUser());
		var browser = new Browserless(port);

		var enrol = browser.submit(browser.get("/sign-in"), "form[action=/sign-in]",
				Map.of("username", username.value(), "password", password));

		assertThat(enrol.path()).isEqualTo("/sign-in/enrol");
		assertThat(enrol.html().select(".qr svg[role=img]").attr("aria-label")).contains("QR code");
		var secret = enrol.html().getElementById("secret").text().replace(" ", "");
		assertThat(secret).matches("[A-Z2-7]{32}");
		assertThat(browser.get("/agencies").path()).as("no access before the code").isEqualTo("/sign-in/enrol");

		var reloaded = browser.get("/sign-in/enrol");
		assertThat(reloaded.html().getElementById("secret").text().replace(" ", ""))
			.as("the secret stays the same while enrolling").isEqualTo(secret);

		var wrong = TestTotp.code(secret, TestTotp.currentStep()).equals("123456") ? "654321" : "123456";
		var refused = browser.submit(reloaded, "form[action=/sign-in/enrol]", Map.of("code", wrong));
		assertThat(refused.fieldError("code")).contains("That code is not right");
		assertThat(accounts.find(account.id(), admin.asCurrentUser()).orElseThrow().mfaEnrolled()).isFalse();

		var mustChange = browser.submit(refused, "form[action=/sign-in/enrol]", Map.of("code", TestTotp.freshCode(secret)));

		assertThat(mustChange.path()).as("the administrator's first password is replaced first").isEqualTo("/account/password");
		assertThat(accounts.find(account.id(), admin.asCurrentUser()).orElseThrow().mfaEnrolled()).isTrue();
		assertThat(audit.about(IdentityAudit.user(account.id()), 10))
			.anySatisfy(recorded -> assertThat(recorded.event().action()).isEqualTo(AuditAction.of("identity.mfa-enrolled")));

		browser.signOut();
		var again = browser.submit(browser.get("/sign-in"), "form[action=/sign-in]",
				Map.of("username", username.value(), "password", password));
		assertThat(again.path()).as("enrolled accounts go straight to the code").isEqualTo("/sign-in/code");
	}

	@Test
	void everyRoleNeedsTheSecondFactor() {
		var agency = fixtures.agency(Sector.LOCAL_AUTHORITY);
		for (var role : Role.values()) {
			var member = fixtures.staff(agency, role);
			var browser = new Browserless(port);
			var afterPassword = browser.submit(browser.get("/sign-in"), "form[action=/sign-in]",
					Map.of("username", member.username(), "password", member.password()));
			assertThat(afterPassword.path()).as(role.name()).isEqualTo("/sign-in/code");
			assertThat(browser.get("/").path()).as(role.name()).isEqualTo("/sign-in/code");
		}
	}
}
