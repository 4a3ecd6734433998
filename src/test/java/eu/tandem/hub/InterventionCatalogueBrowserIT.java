package eu.tandem.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import eu.tandem.agency.Country;
import eu.tandem.agency.Sector;
import eu.tandem.identity.Role;
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
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The hub's catalogue of interventions in a real browser: reached from the hub page, used with the keyboard alone,
 * and with no serious or critical WCAG 2.1 AA violation on the list, on a refused form and on the form that rewords an
 * intervention.
 */
@TandemIntegrationTest
class InterventionCatalogueBrowserIT {

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Hubs hubs;

	Chromium chromium;
	InBrowser browser;
	StaffMember coordinator;
	Hub hub;

	@RegisterExtension
	AfterTestExecutionCallback keepWhatTheBrowserShowed = context -> context.getExecutionException()
		.filter(failure -> chromium != null)
		.ifPresent(failure -> chromium.keepEvidence(Path.of("target", "browser-failures"),
				context.getRequiredTestMethod().getName()));

	@BeforeEach
	void hubWithACoordinator() {
		chromium = Chromium.start();
		browser = new InBrowser(chromium, port);
		var police = fixtures.agency(Sector.POLICE, "Police " + Fixtures.unique());
		var sysadmin = fixtures.staff(police, Role.SYSTEM_ADMINISTRATOR).asCurrentUser();
		hub = hubs.create(new HubDetails("Hub " + Fixtures.unique(), HubLevel.LOCAL, new Country("GB"), null, null, null, null,
				null, "hub@example.org", null, null, null, null), sysadmin);
		hubs.addAgency(hub.id(), police, "assesses risk", sysadmin);
		coordinator = fixtures.staff(police, Role.HUB_COORDINATOR);
		hubs.appoint(hub.id(), coordinator.id(), HubRole.COORDINATOR, sysadmin);
	}

	@AfterEach
	void closeBrowser() {
		if (chromium != null) {
			chromium.close();
		}
	}

	@Test
	void aCoordinatorAddsAndRewordsAnInterventionWithTheKeyboardAloneOnScreensWithoutViolations() {
		browser.signIn(coordinator);
		browser.open("/network/hubs/" + hub.id());
		browser.waitForNewPageAfter(() -> browser.driver().findElement(By.linkText("Interventions")).click());
		var list = "/network/hubs/" + hub.id() + "/interventions";
		assertThat(browser.path()).isEqualTo(list);
		assertThat(Axe.seriousViolations(browser.driver())).as("the catalogue").isEmpty();

		var keyboard = new Keyboard(browser.driver());
		keyboard.tabToField("name");
		keyboard.type("Mentoring");
		keyboard.tabToField("description");
		keyboard.type("Ours.");
		browser.pressEnterAndWait("name");
		assertThat(browser.field("name").getDomAttribute("aria-invalid")).isEqualTo("true");
		assertThat(browser.find("#name-error").getText()).contains("The catalogue already has an intervention called “Mentoring”.");
		assertThat(Axe.seriousViolations(browser.driver())).as("the refused form").isEmpty();

		// tabbing into a field selects what it holds: typing replaces the name that was refused
		keyboard.tabToField("name");
		keyboard.type("Boxing club");
		browser.pressEnterAndWait("name");
		assertThat(browser.mainText()).contains("“Boxing club” is added to the catalogue.");

		keyboard.tabTo("the link to change it", element -> element.getText().equals("Change Boxing club"));
		browser.waitForNewPageAfter(() -> keyboard.press(Keys.ENTER));
		assertThat(browser.heading()).isEqualTo("Change “Boxing club”");
		assertThat(Axe.seriousViolations(browser.driver())).as("the form that rewords it").isEmpty();
		keyboard.tabToField("practice");
		keyboard.type("Sport for Change");
		browser.pressEnterAndWait("practice");
		assertThat(browser.path()).isEqualTo(list);
		assertThat(browser.mainText()).contains("Changes to “Boxing club” saved.").contains("Sport for Change");
	}
}
