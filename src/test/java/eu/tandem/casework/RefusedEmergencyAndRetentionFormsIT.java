package eu.tandem.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import eu.tandem.agency.Country;
import eu.tandem.agency.Sector;
import eu.tandem.hub.HubDetails;
import eu.tandem.hub.HubId;
import eu.tandem.hub.HubLevel;
import eu.tandem.hub.HubRole;
import eu.tandem.hub.Hubs;
import eu.tandem.identity.AgencyId;
import eu.tandem.identity.Profession;
import eu.tandem.identity.Role;
import eu.tandem.kernel.ReferralId;
import eu.tandem.support.Browserless;
import eu.tandem.support.Fixtures;
import eu.tandem.support.Page;
import eu.tandem.support.StaffMember;
import eu.tandem.support.TandemIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Break the glass, the officer's review of it and the legal hold over real HTTP, refused: each form comes back with
 * every problem at once next to its field (its message's id in the field's aria-describedby) and linked from the
 * summary, with what was typed kept, and nothing granted, reviewed or held.
 */
@TandemIntegrationTest
class RefusedEmergencyAndRetentionFormsIT {

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Hubs hubs;

	@Autowired
	CaseFiles cases;

	@Autowired
	BreakGlass breakGlass;

	@Autowired
	JdbcClient jdbc;

	StaffMember officer;
	StaffMember dpo;
	CaseId caseId;

	@BeforeEach
	void aCaseOfAHubWithThePolice() {
		AgencyId police = fixtures.agency(Sector.POLICE);
		AgencyId youthWork = fixtures.agency(Sector.YOUTH_WORK);
		var sysadmin = fixtures.staff(youthWork, Role.SYSTEM_ADMINISTRATOR).asCurrentUser();
		HubId hub = hubs.create(new HubDetails("Hub " + Fixtures.unique(), HubLevel.LOCAL, new Country("BE"), null, null, null, null,
				null, null, null, null, null, null), sysadmin).id();
		hubs.addAgency(hub, police, "member", sysadmin);
		hubs.addAgency(hub, youthWork, "member", sysadmin);
		var coordinator = fixtures.staff(youthWork, Profession.COORDINATOR, Role.HUB_COORDINATOR);
		hubs.appoint(hub, coordinator.id(), HubRole.COORDINATOR, sysadmin);
		officer = fixtures.staff(police, Profession.POLICE_OFFICER, Role.PRACTITIONER);
		dpo = fixtures.staff(police, Profession.OTHER, Role.DATA_PROTECTION_OFFICER);
		caseId = cases.open(ReferralId.random(), Fixtures.caseReference(), hub, null, coordinator.asCurrentUser());
	}

	@Test
	void breakingTheGlassWithoutAReferenceAndWithAShortReasonNamesBothAndKeepsTheReason() {
		var browser = signedIn(officer);
		var form = browser.get("/cases/emergency");

		var refused = browser.submit(form, "form[action=/cases/emergency]", Map.of("reference", " ", "reason", "urgent"));

		assertThat(refused.status()).isEqualTo(200);
		assertProblemNextToField(refused, "reference", "Enter the case reference");
		assertProblemNextToField(refused, "reason", "at least 20 characters");
		assertThat(refused.inputValue("reason")).isEqualTo("urgent");
		assertThat(breakGlass.onCase(caseId)).isEmpty();
	}

	@Test
	void anUnknownReferenceAndAShortReasonAreBothRefusedWithTheReferenceKept() {
		var browser = signedIn(officer);
		var unknown = UUID.randomUUID().toString();

		var refused = browser.submit(browser.get("/cases/emergency"), "form[action=/cases/emergency]",
				Map.of("reference", unknown, "reason", "He is missing"));

		assertProblemNextToField(refused, "reference", "There is no open case with this reference");
		assertProblemNextToField(refused, "reason", "at least 20 characters");
		assertThat(refused.inputValue("reference")).isEqualTo(unknown);
		assertThat(refused.inputValue("reason")).isEqualTo("He is missing");
	}

	@Test
	void aShortReasonForAKnownCaseIsRefusedNextToTheReasonAloneAndNothingIsGranted() {
		var browser = signedIn(officer);

		var refused = browser.submit(browser.get("/cases/emergency"), "form[action=/cases/emergency]",
				Map.of("reference", caseId.toString(), "reason", "He is missing"));

		assertProblemNextToField(refused, "reason", "at least 20 characters");
		assertThat(refused.fieldError("reference")).isEmpty();
		assertThat(refused.html().select(".error-summary li")).hasSize(1);
		assertThat(refused.inputValue("reference")).isEqualTo(caseId.toString());
		assertThat(breakGlass.onCase(caseId)).isEmpty();
	}

	@Test
	void aRefusedReviewComesBackInItsPlaceInTheQueueWithWhatWasTyped() {
		var grant = breakGlass.openCase(caseId, "Called by the hospital: he threatened to harm his brother tonight",
				officer.asCurrentUser());
		var browser = signedIn(dpo);
		var queue = browser.get("/dpo/emergency-access");

		var refused = browser.submit(queue, "form[action=/dpo/emergency-access/" + grant.id() + "]",
				Map.of("note", "Justified\u202Esee the hospital's call"));

		assertThat(refused.status()).isEqualTo(200);
		var field = "review-" + grant.id() + "-note";
		assertProblemNextToField(refused, field, "invisible control characters");
		assertThat(refused.inputValue(field)).isEqualTo("Justified\u202Esee the hospital's call");
		assertThat(jdbc.sql("select reviewed_at from casework.emergency_access where id = :id").param("id", grant.id())
			.query(java.time.OffsetDateTime.class).optional()).as("not reviewed").isEmpty();
	}

	@Test
	void aLegalHoldOnAnUnknownCaseWithoutAReasonNamesBothAndOnAKnownCaseKeepsTheReference() {
		var browser = signedIn(dpo);
		var unknown = UUID.randomUUID().toString();

		var both = browser.submit(browser.get("/dpo/retention"), "form[action=/dpo/retention/hold]",
				Map.of("reference", unknown, "reason", "", "action", "set"));
		assertProblemNextToField(both, "reference", "There is no case with this reference");
		assertProblemNextToField(both, "reason", "Enter “Reason for the legal hold”");
		assertThat(both.inputValue("reference")).isEqualTo(unknown);

		var reasonOnly = browser.submit(both, "form[action=/dpo/retention/hold]",
				Map.of("reference", caseId.toString(), "reason", " ", "action", "set"));
		assertProblemNextToField(reasonOnly, "reason", "Enter “Reason for the legal hold”");
		assertThat(reasonOnly.html().select(".error-summary li")).hasSize(1);
		assertThat(reasonOnly.inputValue("reference")).isEqualTo(caseId.toString());
		assertThat(jdbc.sql("select legal_hold_reason from casework.case_file where id = :id").param("id", caseId.value())
			.query(String.class).optional()).as("no hold").isEmpty();
	}

	private Browserless signedIn(StaffMember member) {
		var browser = new Browserless(port);
		browser.signIn(member);
		return browser;
	}

	/** The message is next to the field, the field points to it, and the summary links to the field. */
	static void assertProblemNextToField(Page page, String field, String message) {
		assertThat(page.fieldError(field)).as("the message next to " + field).contains(message);
		var input = page.html().getElementById(field);
		assertThat(input).as("a field with the id " + field).isNotNull();
		assertThat(List.of(input.attr("aria-describedby").split(" "))).as(field + " is described by its message")
			.contains(field + "-error");
		assertThat(input.attr("aria-invalid")).isEqualTo("true");
		assertThat(page.html().select(".error-summary a[href=#" + field + "]").text()).as("the summary links to " + field)
			.contains(message);
		assertThat(page.html().select("[id]").eachAttr("id")).as("each link reaches one field").doesNotHaveDuplicates();
	}
}
