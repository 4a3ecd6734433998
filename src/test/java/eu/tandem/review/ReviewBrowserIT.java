package eu.tandem.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;

import eu.tandem.agency.Country;
import eu.tandem.agency.Sector;
import eu.tandem.casework.CaseFiles;
import eu.tandem.casework.CaseId;
import eu.tandem.casework.CaseState;
import eu.tandem.hub.DataCategory;
import eu.tandem.hub.HubDetails;
import eu.tandem.hub.HubLevel;
import eu.tandem.hub.HubRole;
import eu.tandem.hub.Hubs;
import eu.tandem.hub.SharingPurpose;
import eu.tandem.identity.Profession;
import eu.tandem.identity.Role;
import eu.tandem.kernel.ReferralId;
import eu.tandem.plan.AgreementInput;
import eu.tandem.plan.DecidedBy;
import eu.tandem.plan.GoalInput;
import eu.tandem.plan.Obtained;
import eu.tandem.plan.Plans;
import eu.tandem.plan.TypedAgainst;
import eu.tandem.sharing.Consent;
import eu.tandem.sharing.ConsentRequest;
import eu.tandem.sharing.Disclosures;
import eu.tandem.support.Axe;
import eu.tandem.support.Chromium;
import eu.tandem.support.Fixtures;
import eu.tandem.support.InBrowser;
import eu.tandem.support.StaffMember;
import eu.tandem.support.TandemIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A case owner closes a case with a review in a real browser — progress against the goal, what worked, the decision to
 * close and its outcome — and finds the follow-up checks the closure planned on their start page, by reference and day
 * only. Every page is axe-clean.
 */
@TandemIntegrationTest
class ReviewBrowserIT {

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Hubs hubs;

	@Autowired
	CaseFiles cases;

	@Autowired
	Plans plans;

	@Autowired
	Disclosures disclosures;

	Chromium chromium;
	InBrowser browser;

	@RegisterExtension
	AfterTestExecutionCallback keepWhatTheBrowserShowed = context -> context.getExecutionException()
		.filter(failure -> chromium != null)
		.ifPresent(failure -> chromium.keepEvidence(Path.of("target", "browser-failures"), context.getRequiredTestMethod().getName()));

	StaffMember owner;
	CaseId caseId;
	String reference;

	@BeforeEach
	void caseInSupportUnderAnAgreedPlan() {
		chromium = Chromium.start();
		browser = new InBrowser(chromium, port);
		var youthWork = fixtures.agency(Sector.YOUTH_WORK, "Youth work " + Fixtures.unique());
		var sysadmin = fixtures.staff(youthWork, Role.SYSTEM_ADMINISTRATOR).asCurrentUser();
		var hub = hubs.create(new HubDetails("Hub " + Fixtures.unique(), HubLevel.LOCAL, new Country("NL"), null, null, null, null, null,
				null, null, null, null, null), sysadmin).id();
		hubs.addAgency(hub, youthWork, "member", sysadmin);
		var coordinator = fixtures.staff(youthWork, Profession.COORDINATOR, Role.HUB_COORDINATOR);
		hubs.appoint(hub, coordinator.id(), HubRole.COORDINATOR, sysadmin);
		owner = fixtures.staff(youthWork, Profession.YOUTH_WORKER, Role.PRACTITIONER);
		reference = Fixtures.caseReference();
		caseId = cases.open(ReferralId.random(), reference, hub, null, coordinator.asCurrentUser());
		var me = owner.asCurrentUser();
		cases.appointOwner(caseId, owner.id(), coordinator.asCurrentUser());
		cases.move(caseId, CaseState.INFORMATION_GATHERING, null, me);
		disclosures.recordConsent(caseId, new ConsentRequest(Consent.Decision.GIVEN, Consent.DecidedBy.PERSON, Set.of(),
				Set.of(DataCategory.SOCIAL), Set.of(SharingPurpose.SUPPORT_PLANNING), LocalDate.now().minusDays(1),
				Consent.Obtained.WRITTEN, null, null), me);
		plans.addGoal(caseId, new GoalInput("Goes to school every day", "School days a week", "1", "5", owner.id(),
				LocalDate.now().plusMonths(3)), TypedAgainst.NO_PLAN_YET, me);
		plans.agree(caseId, new AgreementInput(DecidedBy.PERSON, LocalDate.now(), Obtained.ORAL, null), plans.against(caseId, me), me);
		cases.move(caseId, CaseState.SUPPORT, null, me);
	}

	@AfterEach
	void closeBrowser() {
		if (chromium != null) {
			chromium.close();
		}
	}

	@Test
	void aReviewClosesTheCaseAndTheFollowUpsAppearOnTheOwnersStartPage() {
		browser.signIn(owner);
		browser.open("/cases/" + caseId + "/reviews");
		browser.waitForPath("/cases/" + caseId + "/reviews");
		assertThat(browser.mainText()).contains("Goes to school every day");
		assertThat(Axe.seriousViolations(browser.driver())).as("the review form").isEmpty();

		browser.field("valuesNow0").sendKeys("5");
		browser.field("whatWorked").sendKeys("Walking to school with a friend from the club.");
		browser.field("decision-CLOSE").click();
		browser.field("closeReason").sendKeys("He goes to school every day and plays with the club; the family manages.");
		browser.field("outcome-GOALS_MET").click();
		browser.waitForNewPageAfter(() -> browser.submit("form[action$='/reviews']"));
		browser.waitForPath("/cases/" + caseId + "/reviews");

		assertThat(browser.mainText()).contains("Goals met");
		assertThat(cases.standing(caseId, owner.asCurrentUser()).orElseThrow().file().state()).isEqualTo(CaseState.CLOSED);
		assertThat(Axe.seriousViolations(browser.driver())).as("the closed case's reviews").isEmpty();

		// the follow-ups are planned by an event delivered after the review's transaction: the start page shows them once it has run
		var deadline = System.nanoTime() + java.time.Duration.ofSeconds(20).toNanos();
		do {
			browser.open("/");
			browser.waitForPath("/");
		}
		while (!browser.mainText().contains("follow-up checks are planned") && System.nanoTime() < deadline);
		var start = browser.mainText();
		assertThat(start).contains("2 follow-up checks are planned").contains(reference);
		assertThat(start).doesNotContain("Goes to school every day").as("the start page names no content");
		assertThat(Axe.seriousViolations(browser.driver())).as("the start page").isEmpty();
	}
}
