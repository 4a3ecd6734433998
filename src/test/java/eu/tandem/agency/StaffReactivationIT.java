package eu.tandem.agency;

import java.util.Map;
import java.util.UUID;

import eu.tandem.audit.AuditAction;
import eu.tandem.audit.AuditLog;
import eu.tandem.audit.AuditSubject;
import eu.tandem.identity.Accounts;
import eu.tandem.identity.AgencyId;
import eu.tandem.identity.Role;
import eu.tandem.support.Browserless;
import eu.tandem.support.Fixtures;
import eu.tandem.support.StaffMember;
import eu.tandem.support.TandemIntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reactivating a deactivated staff account over real HTTP: the agency's administrator (or a system administrator)
 * does it from the account's page, it is traced to them, and the person signs in again. For anyone who may not
 * manage the account, the account's pages do not exist (404), as for every staff page (StaffAdministrationIT).
 * <p>
 * The administrators sign in once for the class; every test deactivates an account of its own.
 */
@TandemIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StaffReactivationIT {

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
	Browserless administrator;
	Browserless practitioner;
	Browserless administratorElsewhere;
	StaffMember sysadmin;
	Browserless systemAdministrator;

	@BeforeAll
	void signIn() {
		agency = fixtures.agency(Sector.YOUTH_WORK);
		admin = fixtures.staff(agency, Role.AGENCY_ADMINISTRATOR);
		administrator = signedIn(admin);
		practitioner = signedIn(fixtures.staff(agency, Role.PRACTITIONER));
		var elsewhere = fixtures.agency(Sector.POLICE);
		administratorElsewhere = signedIn(fixtures.staff(elsewhere, Role.AGENCY_ADMINISTRATOR));
		sysadmin = fixtures.staff(elsewhere, Role.SYSTEM_ADMINISTRATOR);
		systemAdministrator = signedIn(sysadmin);
	}

	@Test
	void administratorReactivatesADeactivatedColleagueWhoCanSignInAgain() {
		var member = deactivated(fixtures.staff(agency, Role.PRACTITIONER));
		var page = administrator.get(accountPath(member));
		assertThat(page.mainText()).contains("Deactivated: cannot sign in.");

		var reactivated = administrator.submit(page, "form[action$=/reactivate]", Map.of());

		assertThat(reactivated.path()).isEqualTo(accountPath(member));
		assertThat(reactivated.mainText()).contains(member.asCurrentUser().displayName() + " can sign in again.")
			.contains("Active, with an authenticator app.");
		assertThat(reactivated.html().select("form[action$=/deactivate]")).hasSize(1);
		assertThat(reactivated.html().select("form[action$=/reactivate]")).isEmpty();
		assertThat(accounts.find(member.id(), admin.asCurrentUser())).hasValueSatisfying(account -> assertThat(account.active()).isTrue());
		assertThat(audit.about(AuditSubject.of("user", member.id()), 5)).first().satisfies(recorded -> {
			assertThat(recorded.event().action()).isEqualTo(AuditAction.of("identity.account-reactivated"));
			assertThat(recorded.event().actor().userId()).isEqualTo(admin.id().value());
		});
		var home = new Browserless(port).signIn(member);
		assertThat(home.path()).isEqualTo("/");
	}

	@Test
	void aSystemAdministratorReactivatesInAnyAgency() {
		var member = deactivated(fixtures.staff(agency, Role.DATA_PROTECTION_OFFICER));

		var reactivated = systemAdministrator.submit(systemAdministrator.get(accountPath(member)), "form[action$=/reactivate]", Map.of());

		assertThat(reactivated.mainText()).contains("can sign in again.");
		assertThat(accounts.find(member.id(), admin.asCurrentUser())).hasValueSatisfying(account -> assertThat(account.active()).isTrue());
	}

	@Test
	void reactivatingAnActiveAccountLeavesItAsItWasAndTracesNothing() {
		var member = fixtures.staff(agency, Role.PRACTITIONER);
		var before = audit.about(AuditSubject.of("user", member.id()), 5).size();

		var answer = administrator.post(accountPath(member) + "/reactivate", Map.of("_csrf", csrf(administrator)));

		assertThat(answer.path()).isEqualTo(accountPath(member));
		assertThat(answer.mainText()).contains("Active, with an authenticator app.");
		assertThat(audit.about(AuditSubject.of("user", member.id()), 5)).hasSize(before);
	}

	@Test
	void anAccountThatIsNotThereIsNotFound() {
		var csrf = csrf(administrator);

		var unknown = administrator.post("/agencies/" + agency + "/staff/" + UUID.randomUUID() + "/reactivate", Map.of("_csrf", csrf));
		var malformed = administrator.post("/agencies/" + agency + "/staff/not-an-id/reactivate", Map.of("_csrf", csrf));

		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.heading()).isEqualTo("Page not found");
		assertThat(malformed.status()).isEqualTo(404);
	}

	@Test
	void onlyWhoManagesTheAccountReactivatesItAndForEveryoneElseItDoesNotExist() {
		var member = deactivated(fixtures.staff(agency, Role.PRACTITIONER));
		var sysadminHere = fixtures.staff(agency, Role.SYSTEM_ADMINISTRATOR);
		accounts.deactivate(sysadminHere.id(), sysadmin.asCurrentUser());

		assertThat(practitioner.post(accountPath(member) + "/reactivate", Map.of("_csrf", csrf(practitioner))).status())
			.as("a practitioner of the same agency").isEqualTo(404);
		assertThat(administratorElsewhere.post(accountPath(member) + "/reactivate", Map.of("_csrf", csrf(administratorElsewhere)))
			.status()).as("another agency's administrator").isEqualTo(404);
		assertThat(administrator.post(accountPath(sysadminHere) + "/reactivate", Map.of("_csrf", csrf(administrator))).status())
			.as("a system administrator's account, for the agency's administrator").isEqualTo(404);

		assertThat(accounts.find(member.id(), admin.asCurrentUser())).hasValueSatisfying(account -> assertThat(account.active()).isFalse());
		assertThat(accounts.find(sysadminHere.id(), sysadmin.asCurrentUser()))
			.hasValueSatisfying(account -> assertThat(account.active()).isFalse());
	}

	private StaffMember deactivated(StaffMember member) {
		accounts.deactivate(member.id(), admin.asCurrentUser());
		return member;
	}

	private String accountPath(StaffMember member) {
		return "/agencies/" + agency + "/staff/" + member.id();
	}

	private Browserless signedIn(StaffMember member) {
		var browser = new Browserless(port);
		browser.signIn(member);
		return browser;
	}

	private static String csrf(Browserless browser) {
		return browser.get("/").html().selectFirst("input[name=_csrf]").val();
	}
}
