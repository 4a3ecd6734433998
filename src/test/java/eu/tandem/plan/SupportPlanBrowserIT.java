package eu.tandem.plan;

import java.nio.file.Path;
import java.time.LocalDate;

import eu.tandem.agency.Country;
import eu.tandem.agency.Sector;
import eu.tandem.casework.CaseFiles;
import eu.tandem.casework.CaseId;
import eu.tandem.casework.SupportPlans;
import eu.tandem.hub.HubDetails;
import eu.tandem.hub.HubLevel;
import eu.tandem.hub.HubRole;
import eu.tandem.hub.Hubs;
import eu.tandem.identity.Profession;
import eu.tandem.identity.Role;
import eu.tandem.kernel.ReferralId;
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
import org.jspecify.annotations.Nullable;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A case owner draws up a support plan in a real browser, by keyboard: a SMART goal refused for what it lacks comes back
 * with each problem next to its field and what was typed kept; corrected, it is added; a task hangs off it; the
 * person's agreement makes the version agreed; an intervention from the hub's catalogue serves the goal, refused first for
 * ending before it starts. Every page on the way is axe-clean.
 */
@TandemIntegrationTest
class SupportPlanBrowserIT {

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Hubs hubs;

	@Autowired
	CaseFiles cases;

	@Autowired
	SupportPlans supportPlans;

	Chromium chromium;
	InBrowser browser;
	StaffMember owner;
	StaffMember psychologist;
	CaseId caseId;
	String agencyName;

	@RegisterExtension
	AfterTestExecutionCallback keepWhatTheBrowserShowed = context -> context.getExecutionException()
		.filter(failure -> chromium != null)
		.ifPresent(failure -> chromium.keepEvidence(Path.of("target", "browser-failures"), context.getRequiredTestMethod().getName()));

	@BeforeEach
	void aYouthWorkerOwnsACase() {
		chromium = Chromium.start();
		browser = new InBrowser(chromium, port);
		agencyName = "Youth work " + Fixtures.unique();
		var youthWork = fixtures.agency(Sector.YOUTH_WORK, agencyName);
		var sysadmin = fixtures.staff(youthWork, Role.SYSTEM_ADMINISTRATOR).asCurrentUser();
		var hub = hubs.create(new HubDetails("Hub " + Fixtures.unique(), HubLevel.LOCAL, new Country("NL"), null, null, null, null,
				null, null, null, null, null, null), sysadmin).id();
		hubs.addAgency(hub, youthWork, "member", sysadmin);
		var coordinator = fixtures.staff(youthWork, Profession.COORDINATOR, Role.HUB_COORDINATOR);
		hubs.appoint(hub, coordinator.id(), HubRole.COORDINATOR, sysadmin);
		owner = fixtures.staff(youthWork, Profession.YOUTH_WORKER, Role.PRACTITIONER);
		psychologist = fixtures.staff(youthWork, Profession.PSYCHOLOGIST, Role.PRACTITIONER);
		caseId = cases.open(ReferralId.random(), Fixtures.caseReference(), hub, null, coordinator.asCurrentUser());
		cases.appointOwner(caseId, owner.id(), coordinator.asCurrentUser());
		cases.addToTeam(caseId, psychologist.id(), coordinator.asCurrentUser());
	}

	@AfterEach
	void closeBrowser() {
		if (chromium != null) {
			chromium.close();
		}
	}

	@Test
	void aCaseOwnerBuildsAPlanWithASmartGoalAndRecordsTheAgreement() {
		var plan = "/cases/" + caseId + "/plan";
		browser.signIn(owner);
		browser.open(plan);
		browser.waitForPath(plan);
		assertThat(browser.heading()).startsWith("Support plan of case");
		assertThat(Axe.seriousViolations(browser.driver())).as("the empty plan").isEmpty();

		browser.field("statement").sendKeys("Goes back to his football club");
		browser.field("baseline").sendKeys("0 trainings a week");
		browser.field("target").sendKeys("2 trainings a week");
		new Select(browser.field("responsible")).selectByVisibleText(psychologist.asCurrentUser().displayName());
		browser.pressEnterAndWait("target");

		assertThat(browser.path()).isEqualTo(plan + "/goals");
		assertThat(browser.field("indicator-error").getText()).contains("Enter “Indicator”.");
		assertThat(browser.field("date-error").getText()).contains("Enter the date by which the goal is to be reached.");
		assertThat(browser.field("indicator").getAttribute("aria-describedby")).contains("indicator-error");
		assertThat(browser.field("statement").getAttribute("value")).isEqualTo("Goes back to his football club");
		assertThat(browser.field("target").getAttribute("value")).isEqualTo("2 trainings a week");
		assertThat(Axe.seriousViolations(browser.driver())).as("the refused goal").isEmpty();

		browser.field("indicator").sendKeys("Trainings attended a week");
		day("date", LocalDate.now().plusMonths(3));
		browser.pressEnterAndWait("indicator");

		browser.waitForPath(plan);
		assertThat(browser.find("[role=status]").getText()).isEqualTo("Goal added.");
		assertThat(browser.mainText()).contains("Goes back to his football club", "Trainings attended a week",
				psychologist.asCurrentUser().displayName(), "Version 1: a draft, not yet agreed.");
		assertThat(Axe.seriousViolations(browser.driver())).as("the plan with a goal").isEmpty();

		browser.waitForNewPageAfter(() -> browser.find("a[href*='/plan/goals/']").click());
		assertThat(browser.heading()).isEqualTo("Goal 1 of the support plan");
		browser.field("title").sendKeys("Call the coach with him");
		new Select(browser.field("assignee")).selectByVisibleText(owner.asCurrentUser().displayName());
		day("starts", LocalDate.now());
		day("due", LocalDate.now().plusDays(7));
		browser.pressEnterAndWait("title");
		assertThat(browser.find("[role=status]").getText()).isEqualTo("Task added.");
		assertThat(browser.mainText()).contains("Call the coach with him");
		assertThat(Axe.seriousViolations(browser.driver())).as("the goal with a task").isEmpty();

		browser.open(plan);
		browser.waitForPath(plan);
		new Select(browser.field("decidedBy")).selectByVisibleText("The person");
		new Select(browser.field("obtained")).selectByVisibleText("In writing");
		browser.waitForNewPageAfter(() -> browser.find("form[action$='/plan/agreement'] button[type=submit]").click());

		browser.waitForPath(plan);
		assertThat(browser.find("[role=status]").getText()).isEqualTo("Agreement recorded: this version of the plan is agreed.");
		assertThat(browser.mainText()).contains("Version 1, agreed on", "Agreed by: The person. How: In writing.");
		assertThat(supportPlans.agreed(caseId)).isTrue();
		assertThat(supportPlans.stillOpen(caseId)).containsExactly("Call the coach with him");
		assertThat(Axe.seriousViolations(browser.driver())).as("the agreed plan").isEmpty();

		browser.waitForNewPageAfter(() -> browser.find("form[action$='/plan/revision'] button[type=submit]").click());
		browser.waitForPath(plan);
		assertThat(browser.mainText()).contains("Version 2 started as a draft.", "Version 1, agreed on");
		browser.waitForNewPageAfter(() -> browser.find("a[href$='/plan/versions/1']").click());
		assertThat(browser.heading()).startsWith("Version 1 of the support plan");
		assertThat(browser.mainText()).contains("Goes back to his football club", "Call the coach with him");
		assertThat(Axe.seriousViolations(browser.driver())).as("an earlier version").isEmpty();
	}

	@Test
	void aCaseOwnerBuildsAPlanWithASmartGoalAndAnInterventionFromTheCatalogue() {
		var plan = "/cases/" + caseId + "/plan";
		browser.signIn(owner);
		browser.open(plan);
		browser.waitForPath(plan);
		browser.field("statement").sendKeys("Goes back to his football club");
		browser.field("indicator").sendKeys("Trainings attended a week");
		browser.field("baseline").sendKeys("0 trainings a week");
		browser.field("target").sendKeys("2 trainings a week");
		new Select(browser.field("responsible")).selectByVisibleText(psychologist.asCurrentUser().displayName());
		day("date", LocalDate.now().plusMonths(3));
		browser.pressEnterAndWait("target");
		browser.waitForPath(plan);
		assertThat(browser.find("[role=status]").getText()).isEqualTo("Goal added.");
		assertThat(Axe.seriousViolations(browser.driver())).as("the plan with a goal, ready for an intervention").isEmpty();

		new Select(browser.field("code")).selectByValue("mentoring");
		new Select(browser.field("provider")).selectByVisibleText(agencyName);
		new Select(browser.field("practitioner")).selectByVisibleText(psychologist.asCurrentUser().displayName());
		day("begins", LocalDate.now());
		new Select(browser.field("frequency")).selectByVisibleText("Weekly");
		day("ends", LocalDate.now().minusDays(1));
		browser.find("input[name=goals]").sendKeys(Keys.SPACE);
		browser.waitForNewPageAfter(() -> browser.find("form[action$='/plan/interventions'] button[type=submit]").click());

		browser.waitForPath(plan + "/interventions");
		assertThat(browser.field("ends-error").getText()).contains("An intervention cannot end before it starts.");
		assertThat(browser.field("ends").getAttribute("aria-describedby")).contains("ends-error");
		assertThat(new Select(browser.field("code")).getFirstSelectedOption().getAttribute("value")).isEqualTo("mentoring");
		assertThat(browser.find("input[name=goals]").isSelected()).isTrue();
		assertThat(Axe.seriousViolations(browser.driver())).as("the refused intervention").isEmpty();

		day("ends", null);
		browser.waitForNewPageAfter(() -> browser.find("form[action$='/plan/interventions'] button[type=submit]").click());

		browser.waitForPath(plan);
		assertThat(browser.find("[role=status]").getText()).isEqualTo("Intervention added.");
		assertThat(browser.mainText()).contains("Intervention 1: Mentoring", agencyName, "Weekly", "Planned", "Open-ended",
				"Goal 1: Goes back to his football club");
		assertThat(Axe.seriousViolations(browser.driver())).as("the plan with an intervention").isEmpty();

		browser.waitForNewPageAfter(() -> browser.find("a[href*='/plan/interventions/']").click());
		assertThat(browser.heading()).isEqualTo("Intervention 1: Mentoring");
		browser.field("title").sendKeys("Introduce the mentor");
		new Select(browser.field("assignee")).selectByVisibleText(owner.asCurrentUser().displayName());
		day("starts", LocalDate.now());
		day("due", LocalDate.now().plusDays(7));
		browser.pressEnterAndWait("title");
		assertThat(browser.find("[role=status]").getText()).isEqualTo("Task added.");
		assertThat(browser.mainText()).contains("Introduce the mentor");
		assertThat(supportPlans.stillOpen(caseId)).containsExactly("Introduce the mentor");
		assertThat(Axe.seriousViolations(browser.driver())).as("the intervention with a task").isEmpty();
	}

	/** A date field takes its day as the browser's locale writes it; the value itself is the same in every locale. */
	private void day(String field, @Nullable LocalDate day) {
		((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1]", browser.field(field),
				day == null ? "" : day.toString());
	}
}
