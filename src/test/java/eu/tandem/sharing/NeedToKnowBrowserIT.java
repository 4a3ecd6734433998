package eu.tandem.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.UUID;

import eu.tandem.casework.CaseId;
import eu.tandem.support.Chromium;
import eu.tandem.support.DemoStaff;
import eu.tandem.support.InBrowser;
import eu.tandem.support.StaffMember;
import eu.tandem.support.TandemIntegrationTest;
import eu.tandem.support.TestTotp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Need to know on the demo case, in a real browser, as the demo README tells it: the police officer on the team reads
 * the youth welfare office's home-visit observation only once the social worker discloses it for a purpose the hub's
 * agreement covers; an exit worker who breaks the glass does not read the police note until the security step, and
 * the police are told at once.
 */
@TandemIntegrationTest
class NeedToKnowBrowserIT {

	static final String HOME_VISIT = "Home visit: lives with his mother";
	static final String POLICE_NOTE = "Named in a youth-group chat";

	@LocalServerPort
	int port;

	@Autowired
	DemoStaff demo;

	@Autowired
	Disclosures disclosures;

	@Autowired
	JdbcClient jdbc;

	Chromium chromium;
	InBrowser browser;
	CaseId caseId;
	String reference;

	@RegisterExtension
	AfterTestExecutionCallback keepWhatTheBrowserShowed = context -> context.getExecutionException()
		.filter(failure -> chromium != null)
		.ifPresent(failure -> chromium.keepEvidence(Path.of("target", "browser-failures"), context.getRequiredTestMethod().getName()));

	@BeforeEach
	void theDemoCase() {
		chromium = Chromium.start();
		browser = new InBrowser(chromium, port);
		caseId = new CaseId(jdbc.sql("""
				select c.id from casework.case_file c join referral.referral r on r.id = c.referral_id
				 where r.concern like 'Since the summer he repeats conspiracy videos%'
				""").query(UUID.class).single());
		reference = jdbc.sql("select reference from casework.case_file where id = :id").param("id", caseId.value())
			.query(String.class).single();
	}

	@AfterEach
	void closeBrowser() {
		if (chromium != null) {
			chromium.close();
		}
	}

	@Test
	void thePoliceOfficerReadsTheHomeVisitOnlyOnceTheSocialWorkerDisclosesItForACoveredPurpose() {
		var officer = demo.member("lukas.nowak");
		var socialWorker = demo.member("oleksandr.kovalenko");
		UUID disclosure = null;
		try {
			browser.signIn(officer);
			openInformation();
			assertThat(browser.mainText()).contains(POLICE_NOTE).contains("Mother reports that an older man")
				.doesNotContain("Home visit");
			browser.signOut();

			browser.signIn(socialWorker);
			openInformation();
			assertThat(browser.mainText()).contains(HOME_VISIT)
				.contains("Not shared with Augsburg Police Prevention Unit (police), Lechfeld Comprehensive School (education) under "
						+ "the hub's agreement — disclose it if the purpose needs it.");
			fillDisclosureOfTheHomeVisit("planning and delivering support", "/cases/" + caseId + "/disclosures");
			assertThat(browser.find("[role=alert]").getText())
				.contains("No: Social information from social care to police is not covered");

			fillDisclosureOfTheHomeVisit("joint assessment of a referral", "/cases/" + caseId + "/information");
			assertThat(browser.find("[role=status]").getText()).startsWith("Disclosed.");
			disclosure = jdbc.sql("select id from sharing.disclosure where case_id = :case and purpose = 'JOINT_ASSESSMENT' "
					+ "order by disclosed_at desc limit 1").param("case", caseId.value()).query(UUID.class).single();
			assertThat(browser.mainText()).as("the home visit reaches the police now")
				.doesNotContain("Augsburg Police Prevention Unit (police)");
			browser.signOut();

			browser.signIn(officer);
			openInformation();
			assertThat(browser.mainText()).contains(HOME_VISIT);
		}
		finally {
			if (disclosure != null) {
				// the demo case as it was for the tests after this one; the revocation is on the ledger like any other
				disclosures.revoke(disclosure, socialWorker.asCurrentUser());
			}
		}
	}

	@Test
	void anExitWorkerWithEmergencyAccessReadsThePoliceNoteOnlyAfterTheSecurityStepAndThePoliceAreTold() {
		var exitWorker = demo.member("ayse.demir");
		try {
			breakTheGlassAndTakeTheSecurityStep(exitWorker);
		}
		finally {
			// end her access, so that the demo case is as it was for the tests after this one; the grants stay on record
			jdbc.sql("update casework.emergency_access set expires_at = greatest(opened_at + interval '1 second', now()) "
					+ "where case_id = :case and user_id = :user").param("case", caseId.value()).param("user", exitWorker.id().value())
				.update();
		}
	}

	private void breakTheGlassAndTakeTheSecurityStep(StaffMember exitWorker) {
		browser.signIn(exitWorker);
		browser.open("/cases/emergency");
		browser.field("reference").sendKeys(reference);
		browser.field("reason").sendKeys("He called our exit line tonight saying he is meeting the chat group's leader");
		browser.submit("form[action='/cases/emergency']");
		browser.waitForPath("/cases/" + caseId);
		assertThat(browser.find("[role=status]").getText()).startsWith("Emergency access until");

		openInformation();
		assertThat(browser.mainText()).doesNotContain(POLICE_NOTE).doesNotContain("Attends fortnightly sessions");

		browser.open("/cases/" + caseId);
		browser.driver().findElement(By.xpath("//summary[normalize-space()='Open security information']")).click();
		browser.field("security-reason").sendKeys("Is he known?");
		browser.field("security-code").sendKeys("000000");
		browser.submitAndWait("form[action$='/emergency/security']");
		browser.waitForPath("/cases/" + caseId);
		assertThat(browser.field("security-reason-error").getText()).contains("at least 20 characters");
		assertThat(browser.field("security-reason").getAttribute("aria-invalid")).isEqualTo("true");
		assertThat(browser.field("security-reason").getAttribute("value")).as("what she typed is kept").isEqualTo("Is he known?");
		browser.field("security-reason").sendKeys(" I need to know whether the police know this group before he goes tonight");
		browser.field("security-code").sendKeys(TestTotp.freshCode(exitWorker.totpSecret()));
		browser.submitAndWait("form[action$='/emergency/security']");
		browser.waitForPath("/cases/" + caseId);
		assertThat(browser.find("[role=status]").getText()).startsWith("Emergency access to security information until");

		openInformation();
		assertThat(browser.mainText()).contains(POLICE_NOTE).doesNotContain("Attends fortnightly sessions");
		browser.signOut();

		browser.signIn(demo.member("lukas.nowak"));
		assertThat(browser.mainText()).contains("Emergency access to security information your agency recorded")
			.contains("Ayşe Demir (Bavarian Exit Network) opened it with emergency access")
			.as("the start page names neither the reason nor the case").doesNotContain("before he goes tonight");
		browser.driver().findElement(By.linkText("Review it and mark it as read")).click();
		browser.waitForPath("/emergency-notices");
		assertThat(browser.mainText()).contains("before he goes tonight").contains(reference);
	}

	private void openInformation() {
		browser.open("/cases/" + caseId + "/information");
		browser.waitForPath("/cases/" + caseId + "/information");
	}

	/** Fills in and sends the disclosure; a refused one comes back on the address it was sent to, with what was typed. */
	private void fillDisclosureOfTheHomeVisit(String purpose, String expectedPath) {
		var box = browser.driver().findElement(By.xpath("//label[starts-with(normalize-space(), 'Social: " + HOME_VISIT
				+ "')]/preceding-sibling::input[@type='checkbox']"));
		if (!box.isSelected()) {
			box.click();
		}
		new Select(browser.field("recipient")).selectByVisibleText("Augsburg Police Prevention Unit");
		new Select(browser.field("purpose")).selectByVisibleText(purpose);
		browser.field("legalBasis").clear();
		browser.field("legalBasis").sendKeys("GDPR Art. 6(1)(e); § 8a SGB VIII");
		new Select(browser.field("ground")).selectByValue("PUBLIC_TASK");
		browser.field("statute").clear();
		browser.field("statute").sendKeys("§ 8a SGB VIII; Art. 4 BayDSG");
		browser.submitAndWait("form[action$='/disclosures']");
		browser.waitForPath(expectedPath);
	}
}
