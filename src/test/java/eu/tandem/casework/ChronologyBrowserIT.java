package eu.tandem.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import eu.tandem.agency.Country;
import eu.tandem.agency.Sector;
import eu.tandem.hub.DataCategory;
import eu.tandem.hub.HubDetails;
import eu.tandem.hub.HubId;
import eu.tandem.hub.HubLevel;
import eu.tandem.hub.HubRole;
import eu.tandem.hub.Hubs;
import eu.tandem.identity.Profession;
import eu.tandem.identity.Role;
import eu.tandem.kernel.ReferralId;
import eu.tandem.sharing.CaseInformation;
import eu.tandem.sharing.ItemKind;
import eu.tandem.support.Axe;
import eu.tandem.support.Chromium;
import eu.tandem.support.Fixtures;
import eu.tandem.support.InBrowser;
import eu.tandem.support.StaffMember;
import eu.tandem.support.TandemIntegrationTest;
import eu.tandem.web.Language;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A case's chronology in a real browser: the police officer on the team sees the case's life, the team and their own
 * information, and nothing of the psychiatrist's health note, not even that one exists; the psychiatrist sees it. The
 * filters narrow the timeline, a day that cannot be read is named next to its field, and every page is axe-clean.
 */
@TandemIntegrationTest
class ChronologyBrowserIT {

	static final String HEALTH_NOTE = "Sleeps four hours a night; started on medication for a depressive episode.";
	static final String SECURITY_NOTE = "Seen at a rally of a banned group last spring; no offence known.";

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Hubs hubs;

	@Autowired
	CaseFiles cases;

	@Autowired
	CaseInformation information;

	Chromium chromium;
	InBrowser browser;

	@RegisterExtension
	AfterTestExecutionCallback keepWhatTheBrowserShowed = context -> context.getExecutionException()
		.filter(failure -> chromium != null)
		.ifPresent(failure -> chromium.keepEvidence(Path.of("target", "browser-failures"), context.getRequiredTestMethod().getName()));

	StaffMember officer;
	StaffMember psychiatrist;
	CaseId caseId;

	@BeforeEach
	void caseWithAHealthNoteAndAPoliceOfficerOnTheTeam() {
		chromium = Chromium.start();
		browser = new InBrowser(chromium, port);
		var youthWork = fixtures.agency(Sector.YOUTH_WORK, "Youth work " + Fixtures.unique());
		var clinic = fixtures.agency(Sector.MENTAL_HEALTH_CARE, "Clinic " + Fixtures.unique());
		var police = fixtures.agency(Sector.POLICE, "Police " + Fixtures.unique());
		var sysadmin = fixtures.staff(youthWork, Role.SYSTEM_ADMINISTRATOR).asCurrentUser();
		HubId hub = hubs.create(new HubDetails("Hub " + Fixtures.unique(), HubLevel.LOCAL, new Country("IE"), null, null, null, null,
				null, null, null, null, null, null), sysadmin).id();
		for (var member : java.util.List.of(youthWork, clinic, police)) {
			hubs.addAgency(hub, member, "member", sysadmin);
		}
		var coordinator = fixtures.staff(youthWork, Profession.COORDINATOR, Role.HUB_COORDINATOR);
		hubs.appoint(hub, coordinator.id(), HubRole.COORDINATOR, sysadmin);
		var owner = fixtures.staff(youthWork, Profession.YOUTH_WORKER, Role.PRACTITIONER);
		psychiatrist = fixtures.staff(clinic, Profession.PSYCHIATRIST, Role.PRACTITIONER);
		officer = fixtures.staff(police, Profession.POLICE_OFFICER, Role.PRACTITIONER);
		caseId = cases.open(ReferralId.random(), Fixtures.caseReference(), hub, null, coordinator.asCurrentUser());
		cases.appointOwner(caseId, owner.id(), coordinator.asCurrentUser());
		cases.addToTeam(caseId, psychiatrist.id(), owner.asCurrentUser());
		cases.addToTeam(caseId, officer.id(), owner.asCurrentUser());
		cases.move(caseId, CaseState.INFORMATION_GATHERING, "Taken on at the hub meeting with the clinic and the police.",
				owner.asCurrentUser());
		information.record(caseId, DataCategory.HEALTH, ItemKind.NOTE, HEALTH_NOTE, Language.ENGLISH, psychiatrist.asCurrentUser());
		information.record(caseId, DataCategory.SECURITY, ItemKind.NOTE, SECURITY_NOTE, Language.ENGLISH, officer.asCurrentUser());
	}

	@AfterEach
	void closeBrowser() {
		if (chromium != null) {
			chromium.close();
		}
	}

	@Test
	void thePoliceOfficerOnTheTeamSeesTheChronologyWithoutAnyHealthEntryOrAHintOfOne() {
		browser.signIn(officer);
		browser.open("/cases/" + caseId);
		browser.waitForPath("/cases/" + caseId);
		browser.waitForNewPageAfter(() -> browser.driver().findElement(By.linkText("Chronology")).click());
		browser.waitForPath("/cases/" + caseId + "/chronology");

		var shown = browser.mainText();
		assertThat(shown).contains("Moved from screening to information gathering", "Taken on at the hub meeting", SECURITY_NOTE,
				"joined the case team");
		assertThat(shown).doesNotContain(HEALTH_NOTE).doesNotContain("Health").doesNotContain("medication");
		assertThat(browser.driver().findElements(By.cssSelector(".timeline__entry"))).extracting(entry -> entry.getText())
			.filteredOn(text -> text.contains("Information")).as("one piece of information: their own").hasSize(1);
		assertThat(browser.find("[data-print]").isDisplayed()).as("the print button shows where scripts run").isTrue();
		assertThat(Axe.seriousViolations(browser.driver())).as("the chronology").isEmpty();

		browser.field("kind-TEAM").click();
		browser.waitForNewPageAfter(() -> browser.submit("form[action$='/chronology']"));
		browser.waitForPath("/cases/" + caseId + "/chronology");
		assertThat(browser.driver().findElements(By.cssSelector(".timeline__entry"))).as("the team only").isNotEmpty()
			.allSatisfy(entry -> assertThat(entry.getText()).contains("Case team"));
		assertThat(browser.field("kind-TEAM").isSelected()).as("the filter is kept").isTrue();

		((JavascriptExecutor) browser.driver()).executeScript("arguments[0].type = 'text'; arguments[0].value = '1 March'",
				browser.field("chronology-from"));
		browser.waitForNewPageAfter(() -> browser.submit("form[action$='/chronology']"));
		browser.waitForPath("/cases/" + caseId + "/chronology");
		assertThat(browser.field("chronology-from-error").getText()).contains("Enter a day as year-month-day");
		assertThat(browser.driver().findElements(By.cssSelector(".timeline__entry"))).as("still shown, by kind").isNotEmpty();
		assertThat(Axe.seriousViolations(browser.driver())).as("the refused day").isEmpty();
	}

	@Test
	void thePsychiatristSeesTheirHealthNoteInTheChronology() {
		browser.signIn(psychiatrist);
		browser.open("/cases/" + caseId + "/chronology");
		browser.waitForPath("/cases/" + caseId + "/chronology");

		assertThat(browser.mainText()).contains(HEALTH_NOTE, "Note (Health)").doesNotContain(SECURITY_NOTE);
	}
}
