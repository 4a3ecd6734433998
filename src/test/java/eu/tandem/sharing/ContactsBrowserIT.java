package eu.tandem.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

import eu.tandem.agency.Country;
import eu.tandem.agency.Sector;
import eu.tandem.casework.CaseFiles;
import eu.tandem.casework.CaseId;
import eu.tandem.hub.HubDetails;
import eu.tandem.hub.HubId;
import eu.tandem.hub.HubLevel;
import eu.tandem.hub.HubRole;
import eu.tandem.hub.Hubs;
import eu.tandem.identity.Profession;
import eu.tandem.identity.Role;
import eu.tandem.kernel.ReferralId;
import eu.tandem.knowledge.CaseAttribute;
import eu.tandem.support.Axe;
import eu.tandem.support.Chromium;
import eu.tandem.support.Fixtures;
import eu.tandem.support.InBrowser;
import eu.tandem.support.Keyboard;
import eu.tandem.support.StaffMember;
import eu.tandem.support.TandemIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A youth worker records a contact with a child's mother in a real browser, by keyboard: the four Rs are offered on the
 * form, a day in the future comes back with the reason next to the day and everything typed kept, a note that calls
 * the boy "a psychopath" comes back with a gentle prompt, and "save as written" records it. Every page is axe-clean.
 */
@TandemIntegrationTest
class ContactsBrowserIT {

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Hubs hubs;

	@Autowired
	CaseFiles cases;

	Chromium chromium;
	InBrowser browser;

	@RegisterExtension
	AfterTestExecutionCallback keepWhatTheBrowserShowed = context -> context.getExecutionException()
		.filter(failure -> chromium != null)
		.ifPresent(failure -> chromium.keepEvidence(Path.of("target", "browser-failures"), context.getRequiredTestMethod().getName()));

	HubId hub;
	StaffMember youthWorker;
	CaseId caseId;

	@BeforeEach
	void aChildsCaseOwnedByAYouthWorker() {
		chromium = Chromium.start();
		browser = new InBrowser(chromium, port);
		var youthWork = fixtures.agency(Sector.YOUTH_WORK, "Youth work " + Fixtures.unique());
		var sysadmin = fixtures.staff(youthWork, Role.SYSTEM_ADMINISTRATOR).asCurrentUser();
		hub = hubs.create(new HubDetails("Hub " + Fixtures.unique(), HubLevel.LOCAL, new Country("DK"), null, null, null, null, null,
				null, null, null, null, null), sysadmin).id();
		hubs.addAgency(hub, youthWork, "member", sysadmin);
		var coordinator = fixtures.staff(youthWork, Profession.COORDINATOR, Role.HUB_COORDINATOR);
		hubs.appoint(hub, coordinator.id(), HubRole.COORDINATOR, sysadmin);
		youthWorker = fixtures.staff(youthWork, Profession.YOUTH_WORKER, Role.PRACTITIONER);
		caseId = cases.open(ReferralId.random(), Fixtures.caseReference(), hub, null, coordinator.asCurrentUser());
		cases.appointOwner(caseId, youthWorker.id(), coordinator.asCurrentUser());
		cases.markAttributes(caseId, Set.of(CaseAttribute.CHILD), coordinator.asCurrentUser());
	}

	@AfterEach
	void closeBrowser() {
		if (chromium != null) {
			chromium.close();
		}
	}

	@Test
	void aContactIsRecordedByKeyboardAfterARefusedDayAndAPromptAboutItsWording() {
		var today = hubs.find(hub).orElseThrow().today(Clock.systemUTC());
		browser.signIn(youthWorker);
		browser.open("/cases/" + caseId + "/information");
		browser.waitForPath("/cases/" + caseId + "/information");
		browser.waitForNewPageAfter(() -> browser.driver().findElement(By.linkText("Contacts with the person and family")).click());
		browser.waitForPath("/cases/" + caseId + "/contacts");
		assertThat(browser.find("#four-rs").getText()).contains("four Rs of trauma-informed care");
		assertThat(Axe.seriousViolations(browser.driver())).as("the empty form").isEmpty();

		var keyboard = new Keyboard(browser.driver());
		day(today.plusDays(1));
		keyboard.tabToField("with");
		keyboard.arrowTo("PARENT_OR_GUARDIAN");
		keyboard.tabToField("mode");
		keyboard.arrowTo("IN_PERSON");
		keyboard.tabToField("attended");
		keyboard.press(Keys.SPACE);
		keyboard.tabToField("category");
		keyboard.arrowTo("SOCIAL");
		keyboard.tabToField("note");
		keyboard.type("Mother says the neighbours call him a psychopath; he stays in his room.");
		keyboard.tabToField("record-contact");
		browser.waitForNewPageAfter(() -> keyboard.press(Keys.ENTER));

		assertThat(browser.path()).isEqualTo("/cases/" + caseId + "/contacts");
		assertThat(browser.field("day-error").getText()).contains("once it has happened");
		assertThat(browser.field("with-PARENT_OR_GUARDIAN").isSelected()).isTrue();
		assertThat(browser.field("mode").isSelected()).isTrue();
		assertThat(browser.field("attended").isSelected()).isTrue();
		assertThat(browser.field("note").getDomProperty("value")).contains("call him a psychopath");
		assertThat(Axe.seriousViolations(browser.driver())).as("the refused form").isEmpty();

		day(today);
		keyboard.tabToField("record-contact");
		browser.waitForNewPageAfter(() -> keyboard.press(Keys.ENTER));

		assertThat(browser.path()).isEqualTo("/cases/" + caseId + "/contacts");
		assertThat(browser.driver().switchTo().activeElement().getDomAttribute("id")).as("the prompt is where the page changed")
			.isEqualTo("note-wording");
		assertThat(browser.find("#note-wording").getText()).contains("psychopath");
		assertThat(browser.find("#note-wording a").getDomAttribute("href")).isEqualTo("/knowledge/items/lesson-mental-illness-1");
		assertThat(browser.driver().findElements(By.cssSelector(".error-summary"))).as("a prompt, not a refusal").isEmpty();
		assertThat(Axe.seriousViolations(browser.driver())).as("the prompt").isEmpty();

		keyboard.tabToField("note-as-written");
		browser.waitForNewPageAfter(() -> keyboard.press(Keys.ENTER));

		browser.waitForPath("/cases/" + caseId + "/contacts");
		assertThat(browser.find("[role=status]").getText()).contains("Recorded.");
		assertThat(browser.find("article").getText()).contains("With a parent or guardian", "In person", "Took place",
				"the neighbours call him a psychopath");
		assertThat(Axe.seriousViolations(browser.driver())).as("the list with the contact").isEmpty();
	}

	/** A date field takes its day as the browser's locale writes it; the value itself is the same in every locale. */
	private void day(LocalDate day) {
		((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1]", browser.field("day"), day.toString());
	}
}
