package eu.tandem.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import eu.tandem.agency.Country;
import eu.tandem.agency.Sector;
import eu.tandem.casework.BreakGlass;
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
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Compartments in a real browser: a psychiatrist records a health note the teacher on the same team never sees. */
@TandemIntegrationTest
class InformationBrowserIT {

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

	eu.tandem.identity.AgencyId clinicId;

	Chromium chromium;
	InBrowser browser;

	@RegisterExtension
	AfterTestExecutionCallback keepWhatTheBrowserShowed = context -> context.getExecutionException()
		.filter(failure -> chromium != null)
		.ifPresent(failure -> chromium.keepEvidence(Path.of("target", "browser-failures"), context.getRequiredTestMethod().getName()));

	StaffMember psychiatrist;
	StaffMember teacher;
	CaseId caseId;

	@BeforeEach
	void caseWithAClinicAndASchool() {
		chromium = Chromium.start();
		browser = new InBrowser(chromium, port);
		var clinic = fixtures.agency(Sector.MENTAL_HEALTH_CARE);
		clinicId = clinic;
		var school = fixtures.agency(Sector.EDUCATION, "School " + Fixtures.unique());
		var sysadmin = fixtures.staff(clinic, Role.SYSTEM_ADMINISTRATOR).asCurrentUser();
		HubId hub = hubs.create(new HubDetails("Hub " + Fixtures.unique(), HubLevel.LOCAL, new Country("IE"), null, null, null, null,
				null, null, null, null, null, null), sysadmin).id();
		hubs.addAgency(hub, clinic, "member", sysadmin);
		hubs.addAgency(hub, school, "member", sysadmin);
		var coordinator = fixtures.staff(school, Profession.COORDINATOR, Role.HUB_COORDINATOR);
		hubs.appoint(hub, coordinator.id(), HubRole.COORDINATOR, sysadmin);
		psychiatrist = fixtures.staff(clinic, Profession.PSYCHIATRIST, Role.PRACTITIONER);
		teacher = fixtures.staff(school, Profession.TEACHER, Role.PRACTITIONER);
		caseId = cases.open(ReferralId.random(), Fixtures.caseReference(), hub, null, coordinator.asCurrentUser());
		cases.appointOwner(caseId, teacher.id(), coordinator.asCurrentUser());
		cases.addToTeam(caseId, psychiatrist.id(), coordinator.asCurrentUser());
	}

	StaffMember outsider() {
		return fixtures.staff(clinicId, Profession.PSYCHOLOGIST, Role.PRACTITIONER);
	}

	@AfterEach
	void closeBrowser() {
		if (chromium != null) {
			chromium.close();
		}
	}

	@Test
	void aHealthNoteStaysWithTheClinicAndAnUncoveredDisclosureIsRefusedWithItsReason() {
		browser.signIn(psychiatrist);
		browser.open("/cases/" + caseId);
		browser.driver().findElement(By.linkText("Information in the case")).click();
		browser.waitForPath("/cases/" + caseId + "/information");
		new Select(browser.field("category")).selectByVisibleText("Health");
		browser.field("text").sendKeys("Low mood since the exclusion; sleeps four hours a night.");
		browser.submitAndWait("form[action$='/information']");
		assertThat(browser.find("[role=status]").getText()).contains("Only the health professionals of your agency");
		assertThat(browser.mainText()).contains("Low mood since the exclusion");

		browser.field("summary").sendKeys("Engaged in treatment, no acute risk identified.");
		new Select(browser.field("summaryCategory")).selectByVisibleText("Health");
		new Select(browser.field("purpose")).selectByVisibleText("planning and delivering support");
		browser.field("legalBasis").sendKeys("GDPR Art. 6(1)(e), 9(2)(h)");
		new Select(browser.field("ground")).selectByValue("VITAL_INTERESTS");
		browser.submitAndWait("form[action$='/disclosures']");
		assertThat(browser.find("[role=alert]").getText()).contains("No: Hub").contains("has no information-sharing agreement");
		assertThat(browser.field("recipient-error").getText()).as("next to the recipient the agreement does not reach")
			.contains("has no information-sharing agreement");
		assertThat(browser.field("summary").getAttribute("value")).as("what was typed is kept")
			.isEqualTo("Engaged in treatment, no acute risk identified.");
		browser.signOut();

		breakGlass.openCase(caseId, "Mother called: he left a goodbye note this morning", outsider().asCurrentUser());
		browser.signIn(teacher);
		browser.open("/cases");
		assertThat(browser.find("[role=status]").getText()).contains("Emergency access to cases you own")
			.contains("he left a goodbye note");
		browser.open("/cases/" + caseId + "/information");
		assertThat(browser.heading()).isEqualTo("Information in the case");
		assertThat(browser.mainText()).doesNotContain("Low mood").doesNotContain("Engaged in treatment")
			.contains("Nothing you may see has been recorded yet.");
	}
}
