package eu.tandem.identity;

import java.util.Map;
import java.util.Set;

import eu.tandem.agency.Sector;
import eu.tandem.audit.AuditAction;
import eu.tandem.audit.AuditLog;
import eu.tandem.support.Browserless;
import eu.tandem.support.Fixtures;
import eu.tandem.support.Page;
import eu.tandem.support.TandemIntegrationTest;
import eu.tandem.support.TestTotp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@TandemIntegrationTest
class PasswordChangeIT {

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Accounts accounts;

	@Autowired
	AuditLog audit;

	@Test
	void theAdministratorsFirstPasswordMustBeReplacedBeforeAnythingElse() {
		var agency = fixtures.agency(Sector.SOCIAL_CARE);
		var admin = fixtures.staff(agency, Role.AGENCY_ADMINISTRATOR);
		var username = new Username("p" + Fixtures.unique());
		var first = "the admin chose this";
		accounts.create(new NewAccount(username, "Piotr Kowalski", agency, Profession.PROBATION_OFFICER,
				Set.of(Role.PRACTITIONER), Password.of("password", first, username)), admin.asCurrentUser());
		var browser = new Browserless(port);
		var enrol = browser.submit(browser.get("/sign-in"), "form[action=/sign-in]",
				Map.of("username", username.value(), "password", first));
		var secret = enrol.html().getElementById("secret").text().replace(" ", "");
		var mustChange = browser.submit(enrol, "form[action=/sign-in/enrol]", Map.of("code", TestTotp.freshCode(secret)));
		assertThat(mustChange.path()).isEqualTo("/account/password");
		assertThat(browser.get("/agencies").path()).as("nothing else until it is replaced").isEqualTo("/account/password");

		var mismatch = change(browser, first, "a brand new password", "a brand new passwort");
		assertThat(mismatch.fieldError("confirmation")).contains("not the same");
		assertThat(mismatch.html().getElementById("newPassword").val()).as("passwords are never sent back").isEmpty();
		var wrongCurrent = change(browser, "not the first one", "a brand new password", "a brand new password");
		assertThat(wrongCurrent.fieldError("currentPassword")).isEqualTo("That is not your current password.");
		var same = change(browser, first, first, first);
		assertThat(same.fieldError("newPassword")).contains("different from the current one");

		var home = change(browser, first, "a brand new password", "a brand new password");

		assertThat(home.path()).isEqualTo("/");
		assertThat(home.mainText()).contains("Your password is changed");
		assertThat(browser.get("/agencies").path()).isEqualTo("/agencies");
		var again = new Browserless(port);
		assertThat(again.submit(again.get("/sign-in"), "form[action=/sign-in]",
				Map.of("username", username.value(), "password", first)).mainText()).contains("not right");
		assertThat(again.signIn(username.value(), "a brand new password", secret).path()).isEqualTo("/");
	}

	@Test
	void changingOnesPasswordEndsTheOtherSessionsButNotThisOne() {
		var member = fixtures.staff(fixtures.agency(Sector.EDUCATION), Role.PRACTITIONER);
		var laptop = new Browserless(port);
		var phone = new Browserless(port);
		laptop.signIn(member);
		phone.signIn(member);

		var changed = change(laptop, member.password(), "my new long password", "my new long password");

		assertThat(changed.path()).isEqualTo("/");
		assertThat(laptop.get("/agencies").path()).isEqualTo("/agencies");
		assertThat(phone.get("/agencies").path()).isEqualTo("/sign-in?ended");
		assertThat(audit.about(IdentityAudit.user(member.id()), 10)).anySatisfy(recorded ->
				assertThat(recorded.event().action()).isEqualTo(AuditAction.of("identity.password-changed")));
	}

	private static Page change(Browserless browser, String current, String next, String confirmation) {
		var form = browser.get("/account/password");
		return browser.submit(form, "form[action=/account/password]",
				Map.of("currentPassword", current, "newPassword", next, "confirmation", confirmation));
	}
}
