package eu.tandem.agency;

import java.util.HashMap;
import java.util.Map;

import eu.tandem.audit.AuditAction;
import eu.tandem.audit.AuditLog;
import eu.tandem.audit.AuditSubject;
import eu.tandem.identity.AccountView;
import eu.tandem.identity.Accounts;
import eu.tandem.identity.AgencyId;
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
class StaffAdministrationIT {

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Accounts accounts;

	@Autowired
	AuditLog audit;

	AgencyId agency;
	StaffMember admin;
	Browserless browser;

	@BeforeEach
	void signInAsAgencyAdministrator() {
		agency = fixtures.agency(Sector.MENTAL_HEALTH_CARE);
		admin = fixtures.staff(agency, Role.AGENCY_ADMINISTRATOR);
		browser = new Browserless(port);
		browser.signIn(admin);
	}

	@Test
	void administratorAddsAStaffMemberToTheirAgency() {
		var username = "n" + Fixtures.unique();
		var created = submitNewStaff(Map.of("username", username, "displayName", "Niamh O'Brien",
				"profession", "PSYCHIATRIC_NURSE", "roles", "PRACTITIONER", "password", "a long first password"));

		assertThat(created.path()).isEqualTo("/agencies/" + agency + "/staff");
		assertThat(created.mainText()).contains("Niamh O'Brien can now sign in as " + username);
		var account = staff(username);
		assertThat(account.profession().name()).isEqualTo("PSYCHIATRIC_NURSE");
		assertThat(account.mfaEnrolled()).isFalse();
		assertThat(audit.about(AuditSubject.of("user", account.id()), 5)).anySatisfy(recorded -> {
			assertThat(recorded.event().action()).isEqualTo(AuditAction.of("identity.account-created"));
			assertThat(recorded.event().actor().userId()).isEqualTo(admin.id().value());
		});
	}

	@Test
	void refusedFormShowsEachProblemNextToItsFieldAndKeepsWhatWasTyped() {
		var username = "k" + Fixtures.unique();
		var refused = submitNewStaff(Map.of("username", username, "displayName", "",
				"profession", "", "password", "short"));

		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.fieldError("displayName")).isEqualTo("Enter “Full name”.");
		assertThat(refused.fieldError("profession")).contains("Choose a profession");
		assertThat(refused.fieldError("roles")).isEqualTo("Choose at least one role.");
		assertThat(refused.fieldError("password")).contains("at least 12 characters");
		assertThat(refused.html().select(".error-summary li")).hasSize(4);
		assertThat(refused.inputValue("username")).isEqualTo(username);
		assertThat(refused.html().getElementById("displayName").attr("aria-invalid")).isEqualTo("true");
		assertThat(noStaffNamed(username)).isTrue();
	}

	@Test
	void badInputIsRefusedAndNothingIsSaved() {
		var cases = Map.of(
				"Amira\u0085Haddad", "control characters",
				"Amira\u200BHaddad", "control characters",
				"Amira\u202EHaddad", "control characters",
				"x".repeat(201), "at most 200 characters");
		cases.forEach((name, message) -> {
			var username = "b" + Fixtures.unique();
			var refused = submitNewStaff(Map.of("username", username, "displayName", name, "profession", "COUNSELLOR",
					"roles", "PRACTITIONER", "password", "a long first password"));
			assertThat(refused.fieldError("displayName")).as(name).contains(message);
			assertThat(noStaffNamed(username)).isTrue();
		});
		var overLongUsername = submitNewStaff(Map.of("username", "u".repeat(500), "displayName", "Someone",
				"profession", "COUNSELLOR", "roles", "PRACTITIONER", "password", "a long first password"));
		assertThat(overLongUsername.fieldError("username")).contains("3 to 64 characters");
	}

	@Test
	void takenUsernameIsRefusedNextToTheField() {
		var first = submitNewStaff(Map.of("username", "t" + Fixtures.unique(), "displayName", "First",
				"profession", "OTHER", "roles", "PRACTITIONER", "password", "a long first password"));
		assertThat(first.path()).endsWith("/staff");

		var second = submitNewStaff(Map.of("username", admin.username(), "displayName", "Second",
				"profession", "OTHER", "roles", "PRACTITIONER", "password", "a long first password"));

		assertThat(second.fieldError("username")).isEqualTo("The username " + admin.username() + " is taken. Choose another.");
	}

	@Test
	void agencyAdministratorCannotGiveTheSystemAdministratorRole() {
		var form = browser.get("/agencies/" + agency + "/staff/new");
		assertThat(form.html().select("input[name=roles]").eachAttr("value")).doesNotContain("SYSTEM_ADMINISTRATOR")
			.contains("PRACTITIONER", "AGENCY_ADMINISTRATOR");

		var username = "s" + Fixtures.unique();
		var refused = submitNewStaff(Map.of("username", username, "displayName", "Would-be Admin",
				"profession", "OTHER", "roles", "SYSTEM_ADMINISTRATOR", "password", "a long first password"));

		assertThat(refused.fieldError("roles")).contains("Only a system administrator");
		assertThat(noStaffNamed(username)).isTrue();
	}

	@Test
	void anotherAgencysStaffPagesDoNotExistForThisAdministrator() {
		var otherAgency = fixtures.agency(Sector.POLICE);
		var colleagueElsewhere = fixtures.staff(otherAgency, Role.PRACTITIONER);

		assertThat(browser.get("/agencies/" + otherAgency + "/staff").status()).isEqualTo(404);
		assertThat(browser.get("/agencies/" + otherAgency + "/staff/new").status()).isEqualTo(404);
		assertThat(browser.get("/agencies/" + otherAgency + "/staff/" + colleagueElsewhere.id()).status()).isEqualTo(404);
		// the other agency's person reached through this agency's address
		assertThat(browser.get("/agencies/" + agency + "/staff/" + colleagueElsewhere.id()).status()).isEqualTo(404);
		var notFound = browser.get("/agencies/" + otherAgency + "/staff");
		assertThat(notFound.heading()).isEqualTo("Page not found");
		assertThat(notFound.body()).doesNotContain(colleagueElsewhere.username());

		var ownStaffPage = browser.get("/agencies/" + agency + "/staff");
		var csrf = ownStaffPage.html().selectFirst("form[action=/sign-out] input[name=_csrf]").val();
		var deactivate = browser.post("/agencies/" + otherAgency + "/staff/" + colleagueElsewhere.id() + "/deactivate",
				Map.of("_csrf", csrf));
		assertThat(deactivate.status()).isEqualTo(404);
		var create = browser.post("/agencies/" + otherAgency + "/staff", Map.of("_csrf", csrf, "username", "intruder"
				+ Fixtures.unique(), "displayName", "Intruder", "profession", "OTHER", "roles", "PRACTITIONER",
				"password", "a long first password"));
		assertThat(create.status()).isEqualTo(404);
		var otherAdmin = fixtures.staff(otherAgency, Role.AGENCY_ADMINISTRATOR).asCurrentUser();
		assertThat(accounts.find(colleagueElsewhere.id(), otherAdmin))
			.hasValueSatisfying(account -> assertThat(account.active()).isTrue());
		assertThat(accounts.staffOf(otherAgency, "intruder", otherAdmin)).isEmpty();
	}

	@Test
	void practitionerManagesNoStaffAtAll() {
		var practitioner = fixtures.staff(agency, Role.PRACTITIONER);
		var practitionerBrowser = new Browserless(port);
		practitionerBrowser.signIn(practitioner);

		assertThat(practitionerBrowser.get("/agencies/" + agency + "/staff").status()).isEqualTo(404);
		assertThat(practitionerBrowser.get("/agencies/" + agency + "/staff/" + admin.id()).status()).isEqualTo(404);
	}

	@Test
	void staleEditIsRefusedInsteadOfOverwritingSomeoneElsesChange() {
		var member = fixtures.staff(agency, Role.PRACTITIONER);
		var formOfFirstAdmin = browser.get("/agencies/" + agency + "/staff/" + member.id());
		var secondAdmin = new Browserless(port);
		secondAdmin.signIn(fixtures.staff(agency, Role.AGENCY_ADMINISTRATOR));
		var formOfSecondAdmin = secondAdmin.get("/agencies/" + agency + "/staff/" + member.id());

		var saved = secondAdmin.submit(formOfSecondAdmin, "form.form", Map.of("displayName", "Changed By Second",
				"profession", "SOCIAL_WORKER", "roles", "PRACTITIONER"));
		assertThat(saved.mainText()).contains("Changes to Changed By Second saved.");

		var stale = browser.submit(formOfFirstAdmin, "form.form", Map.of("displayName", "Changed By First",
				"profession", "SOCIAL_WORKER", "roles", "PRACTITIONER"));

		assertThat(stale.mainText()).contains("Someone else changed this account while you were editing it. Nothing was saved");
		assertThat(stale.inputValue("displayName")).isEqualTo("Changed By Second");
		assertThat(staff(member.username()).displayName()).isEqualTo("Changed By Second");
	}

	@Test
	void formWithAWrongCsrfTokenIsRefusedAndChangesNothing() {
		var username = "c" + Fixtures.unique();
		var refused = browser.post("/agencies/" + agency + "/staff", Map.of("_csrf", "forged-token", "username", username,
				"displayName", "Forged", "profession", "OTHER", "roles", "PRACTITIONER", "password", "a long first password"));

		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.heading()).isEqualTo("This form has expired");
		assertThat(noStaffNamed(username)).isTrue();
	}

	@Test
	void deactivatedStaffMemberCannotSignInAndResetMfaAsksForANewAuthenticator() {
		var member = fixtures.staff(agency, Role.PRACTITIONER);
		var page = browser.get("/agencies/" + agency + "/staff/" + member.id());

		var reset = browser.submit(page, "form[action$=/reset-mfa]", Map.of());
		assertThat(reset.mainText()).contains("authenticator is removed");
		var afterReset = new Browserless(port);
		var enrol = afterReset.submit(afterReset.get("/sign-in"), "form[action=/sign-in]",
				Map.of("username", member.username(), "password", member.password()));
		assertThat(enrol.path()).isEqualTo("/sign-in/enrol");
		assertThat(enrol.status()).isEqualTo(200);
		assertThat(enrol.html().select(".qr svg[role=img]")).hasSize(1);

		var deactivated = browser.submit(reset, "form[action$=/deactivate]", Map.of());
		assertThat(deactivated.mainText()).contains("is deactivated");
		assertThat(staff(member.username()).active()).isFalse();
		var refused = new Browserless(port);
		var attempt = refused.submit(refused.get("/sign-in"), "form[action=/sign-in]",
				Map.of("username", member.username(), "password", member.password()));
		assertThat(attempt.mainText()).contains("The username or password is not right");
	}

	@Test
	void administratorCannotDeactivateThemselves() {
		var page = browser.get("/agencies/" + agency + "/staff/" + admin.id());
		var refused = browser.submit(page, "form[action$=/deactivate]", Map.of());

		assertThat(refused.mainText()).contains("You cannot deactivate your own account");
		assertThat(staff(admin.username()).active()).isTrue();
	}

	@Test
	void filterIsPostedAndWorksWithAndWithoutHtmx() {
		var member = fixtures.staff(agency, Role.PRACTITIONER);
		var list = browser.get("/agencies/" + agency + "/staff");
		var search = list.html().selectFirst("form[role=search]");
		assertThat(search.attr("method")).isEqualTo("post");
		assertThat(search.hasAttr("hx-push-url")).isFalse();

		var fragment = browser.post("/agencies/" + agency + "/staff/search", Map.of("_csrf",
				search.selectFirst("input[name=_csrf]").val(), "q", member.username()), Map.of("HX-Request", "true"));
		assertThat(fragment.body()).doesNotContain("<html").contains(member.username()).doesNotContain(admin.username());
		assertThat(fragment.body()).contains("hx-swap-oob").contains("1 person");

		var fullPage = browser.submit(list, "form[role=search]", Map.of("q", member.username()));
		assertThat(fullPage.path()).doesNotContain(member.username());
		assertThat(fullPage.body()).contains("<html");
		assertThat(fullPage.html().select("#staff-rows").text()).contains(member.username()).doesNotContain(admin.username());
	}

	@Test
	void agencyAdministratorCannotTouchASystemAdministratorOfTheirOwnAgency() {
		var sysadmin = fixtures.staff(agency, Role.SYSTEM_ADMINISTRATOR);
		var csrf = browser.get("/").html().selectFirst("input[name=_csrf]").val();

		assertThat(browser.get("/agencies/" + agency + "/staff/" + sysadmin.id()).status()).isEqualTo(404);
		for (var action : new String[] { "deactivate", "reset-mfa" }) {
			var refused = browser.post("/agencies/" + agency + "/staff/" + sysadmin.id() + "/" + action, Map.of("_csrf", csrf));
			assertThat(refused.status()).as(action).isEqualTo(404);
		}
		var list = browser.get("/agencies/" + agency + "/staff");
		assertThat(list.html().select("#staff-rows a").eachText()).doesNotContain(sysadmin.asCurrentUser().displayName());
		assertThat(list.html().select("#staff-rows").text()).contains(sysadmin.username());
		var asSysadmin = accounts.find(sysadmin.id(), sysadmin.asCurrentUser()).orElseThrow();
		assertThat(asSysadmin.active()).isTrue();
		assertThat(asSysadmin.mfaEnrolled()).isTrue();
	}

	@Test
	void administratorCannotChangeTheirOwnRoles() {
		var page = browser.get("/agencies/" + agency + "/staff/" + admin.id());
		var refused = browser.submit(page, "form.form", Map.of("displayName", "Self Promoted", "profession", "OTHER",
				"roles", "DATA_PROTECTION_OFFICER"));

		assertThat(refused.fieldError("roles")).isEqualTo("You cannot change your own roles; ask another administrator.");
		assertThat(staff(admin.username()).roles()).containsExactly(Role.AGENCY_ADMINISTRATOR);
	}

	@Test
	void roleChangesAreTracedRoleByRole() {
		var member = fixtures.staff(agency, Role.PRACTITIONER);
		var page = browser.get("/agencies/" + agency + "/staff/" + member.id());

		browser.submit(page, "form.form", Map.of("displayName", "Elif Kaya", "profession", "COORDINATOR",
				"roles", "HUB_COORDINATOR"));

		var events = audit.about(AuditSubject.of("user", member.id()), 10);
		assertThat(events).anySatisfy(recorded -> {
			assertThat(recorded.event().action()).isEqualTo(AuditAction.of("identity.role-granted"));
			assertThat(recorded.event().reason()).isEqualTo("hub-coordinator");
			assertThat(recorded.event().actor().userId()).isEqualTo(admin.id().value());
		});
		assertThat(events).anySatisfy(recorded -> {
			assertThat(recorded.event().action()).isEqualTo(AuditAction.of("identity.role-revoked"));
			assertThat(recorded.event().reason()).isEqualTo("practitioner");
		});
	}

	@Test
	void changedProfessionOrRolesEndTheMembersOpenSessions() {
		var member = fixtures.staff(agency, Role.PRACTITIONER);
		var membersBrowser = new Browserless(port);
		membersBrowser.signIn(member);
		var page = browser.get("/agencies/" + agency + "/staff/" + member.id());

		browser.submit(page, "form.form", Map.of("displayName", "Test Person " + member.username(),
				"profession", "PSYCHOLOGIST", "roles", "PRACTITIONER"));

		assertThat(membersBrowser.get("/agencies").path()).isEqualTo("/sign-in?ended");
	}

	private Page submitNewStaff(Map<String, String> values) {
		var form = browser.get("/agencies/" + agency + "/staff/new");
		return browser.submit(form, "form.form", new HashMap<>(values));
	}

	private AccountView staff(String username) {
		return accounts.staffOf(agency, username, admin.asCurrentUser()).stream()
			.filter(account -> account.username().equals(username))
			.findFirst()
			.orElseThrow();
	}

	private boolean noStaffNamed(String username) {
		return accounts.staffOf(agency, "", admin.asCurrentUser()).stream().noneMatch(a -> a.username().equals(username));
	}
}
