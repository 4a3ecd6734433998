package eu.tandem.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The consent form in a real browser, by keyboard: a decision dated in the future comes back with the focus on the
 * summary of problems, each problem next to its field and every tick still there; corrected, it is recorded and listed
 * with its date in words.
 */
@TandemIntegrationTest
class ConsentBrowserIT {

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Hubs hubs;

	@Autowired
	CaseFiles cases;

	@Autowired
	Disclosures disclosures;

	Chromium chromium;
	InBrowser browser;
	StaffMember teacher;
	CaseId caseId;

	@RegisterExtension
	AfterTestExecutionCallback keepWhatTheBrowserShowed = context -> context.getExecutionException()
		.filter(failure -> chromium != null)
		.ifPresent(failure -> chromium.keepEvidence(Path.of("target", "browser-failures"), context.getRequiredTestMethod().getName()));

	@BeforeEach
	void aTeacherOwnsACase() {
		chromium = Chromium.start();
		browser = new InBrowser(chromium, port);
		var school = fixtures.agency(Sector.EDUCATION, "School " + Fixtures.unique());
		var sysadmin = fixtures.staff(school, Role.SYSTEM_ADMINISTRATOR).asCurrentUser();
		HubId hub = hubs.create(new HubDetails("Hub " + Fixtures.unique(), HubLevel.LOCAL, new Country("NL"), null, null, null, null,
				null, null, null, null, null, null), sysadmin).id();
		hubs.addAgency(hub, school, "member", sysadmin);
		var coordinator = fixtures.staff(school, Profession.COORDINATOR, Role.HUB_COORDINATOR);
		hubs.appoint(hub, coordinator.id(), HubRole.COORDINATOR, sysadmin);
		teacher = fixtures.staff(school, Profession.TEACHER, Role.PRACTITIONER);
		caseId = cases.open(ReferralId.random(), Fixtures.caseReference(), hub, null, coordinator.asCurrentUser());
		cases.appointOwner(caseId, teacher.id(), coordinator.asCurrentUser());
	}

	@AfterEach
	void closeBrowser() {
		if (chromium != null) {
			chromium.close();
		}
	}

	@Test
	void aDecisionDatedInTheFutureComesBackWithEveryTickAndIsRecordedOnceCorrected() {
		var today = LocalDate.now(ZoneOffset.UTC);
		browser.signIn(teacher);
		browser.open("/cases/" + caseId + "/consent");
		browser.waitForPath("/cases/" + caseId + "/consent");

		browser.field("decision").sendKeys(Keys.SPACE);
		browser.field("categories-SOCIAL").sendKeys(Keys.SPACE);
		browser.field("categories-EDUCATION").sendKeys(Keys.SPACE);
		day("decidedOn", today.plusDays(1));
		browser.field("documentReference").sendKeys("Form 9 of the school");
		browser.pressEnterAndWait("documentReference");

		assertThat(browser.path()).isEqualTo("/cases/" + caseId + "/consent");
		var focused = browser.driver().switchTo().activeElement();
		assertThat(focused.getAttribute("class")).as("the focus is on the summary of problems").contains("error-summary");
		assertThat(focused.getText()).contains("Only the person, or the guardian", "cannot be in the future", "Choose the purposes");
		assertThat(browser.field("decidedOn-error").getText()).contains("cannot be in the future");
		assertThat(browser.field("decidedOn").getAttribute("aria-describedby")).contains("decidedOn-error");
		assertThat(browser.field("purposes-error").getText()).contains("Choose the purposes");
		assertThat(browser.field("decision").isSelected()).isTrue();
		assertThat(browser.field("categories-SOCIAL").isSelected()).isTrue();
		assertThat(browser.field("categories-EDUCATION").isSelected()).isTrue();
		assertThat(browser.field("categories").isSelected()).as("identity was not ticked").isFalse();
		assertThat(browser.field("documentReference").getAttribute("value")).isEqualTo("Form 9 of the school");
		assertThat(disclosures.consents(caseId, teacher.asCurrentUser())).isEmpty();

		new Select(browser.field("decidedBy")).selectByVisibleText("The person");
		browser.field("purposes").sendKeys(Keys.SPACE);
		day("decidedOn", today);
		browser.pressEnterAndWait("documentReference");

		assertThat(browser.path()).isEqualTo("/cases/" + caseId + "/consent");
		assertThat(browser.find("[role=status]").getText()).isEqualTo("Consent decision recorded.");
		assertThat(browser.mainText()).contains("Given by the person on "
				+ DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH).format(today));
		assertThat(disclosures.consents(caseId, teacher.asCurrentUser())).singleElement().satisfies(consent -> {
			assertThat(consent.categories()).extracting(Enum::name).containsExactlyInAnyOrder("SOCIAL", "EDUCATION");
			assertThat(consent.documentReference()).isEqualTo("Form 9 of the school");
		});
	}

	/** A date field takes its day as the browser's locale writes it; the value itself is the same in every locale. */
	private void day(String field, LocalDate day) {
		((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1]", browser.field(field), day.toString());
	}
}
