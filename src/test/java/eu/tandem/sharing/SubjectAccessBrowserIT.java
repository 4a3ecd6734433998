package eu.tandem.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import eu.tandem.agency.Country;
import eu.tandem.agency.Sector;
import eu.tandem.casework.CaseFiles;
import eu.tandem.casework.CaseId;
import eu.tandem.hub.DataCategory;
import eu.tandem.hub.HubDetails;
import eu.tandem.hub.HubLevel;
import eu.tandem.hub.HubRole;
import eu.tandem.hub.HubSetup;
import eu.tandem.identity.Profession;
import eu.tandem.identity.Role;
import eu.tandem.person.PersonDetails;
import eu.tandem.person.PersonName;
import eu.tandem.referral.Concern;
import eu.tandem.referral.NewReferral;
import eu.tandem.referral.Referral;
import eu.tandem.referral.Referrals;
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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The subject access review in a real browser, with the keyboard only: the officer starts a request and is told
 * what is wrong in a summary that takes the focus, the police find their withheld note from their start page and
 * keep it withheld with a ground, and the officer finalises. Screenshots of each screen are kept in
 * {@code target/screenshots/subject-access} for a person to look at.
 */
@TandemIntegrationTest
class SubjectAccessBrowserIT {

	static final Path SCREENSHOTS = Path.of("target", "screenshots", "subject-access");

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;


	@Autowired
	HubSetup hubSetup;

	@Autowired
	Referrals referrals;

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

	String tag;
	StaffMember officer;
	StaffMember dpo;
	CaseId caseId;

	@BeforeEach
	void aCaseWithAPoliceNote() {
		tag = Fixtures.uniqueLetters(); // letters only: the tag goes into the person's surname
		var police = fixtures.agency(Sector.POLICE, "Police Prevention Unit " + tag);
		var welfare = fixtures.agency(Sector.SOCIAL_CARE, "Youth Welfare Office " + tag);
		var hub = hubSetup.create(new HubDetails("Hub " + tag, HubLevel.LOCAL, new Country("DE"), null, null, null, null, null, null,
				null, null, null, null)).id();
		hubSetup.addAgency(hub, police, "member");
		hubSetup.addAgency(hub, welfare, "member");
		var coordinator = fixtures.staff(welfare, Profession.COORDINATOR, Role.HUB_COORDINATOR, Role.PRACTITIONER);
		officer = fixtures.staff(police, Profession.POLICE_OFFICER, Role.PRACTITIONER);
		dpo = fixtures.staff(welfare, Profession.OTHER, Role.DATA_PROTECTION_OFFICER);
		hubSetup.appoint(hub, coordinator.id(), HubRole.COORDINATOR);
		hubSetup.appoint(hub, officer.id(), HubRole.STANDING_MEMBER);
		var referral = referrals.submit(new NewReferral(hub, Concern.Channel.PRACTITIONER, null, "Repeats conspiracy videos " + tag, null,
				LocalDate.now(), Concern.Type.FAR_RIGHT, Set.of(Concern.Vulnerability.SOCIAL_ISOLATION), Concern.Awareness.YES,
				Concern.Consent.GIVEN, Concern.Urgency.SOON, Optional.of(new PersonDetails(List.of(new PersonName(PersonName.Kind.NAME,
						"Tomasz", "Wójcik" + tag, null)), null, null, null, Set.of(), List.of(), List.of())), Optional.empty()),
				coordinator.asCurrentUser());
		referrals.requestDeconfliction(referral, coordinator.asCurrentUser());
		referrals.answerDeconfliction(referral, Referral.Deconfliction.Answer.PROCEED, null, officer.asCurrentUser());
		referrals.decide(referral, Referral.Decision.PROCEED, "The hub takes it on " + tag, null, coordinator.asCurrentUser());
		caseId = cases.ofReferral(referral).orElseThrow().id();
		cases.appointOwner(caseId, coordinator.id(), coordinator.asCurrentUser());
		cases.addToTeam(caseId, officer.id(), coordinator.asCurrentUser());
		information.record(caseId, DataCategory.SECURITY, ItemKind.NOTE, "Named in a chat that shares banned material " + tag, Language.ENGLISH,
				officer.asCurrentUser());
		chromium = Chromium.start();
		browser = new InBrowser(chromium, port);
	}

	@AfterEach
	void closeTheBrowser() {
		if (chromium != null) {
			chromium.close();
		}
	}

	@Test
	void theOfficerReviewsAndThePoliceDecideWithTheKeyboardOnly() {
		browser.signIn(dpo);
		browser.open("/dpo/subject-access");
		shot("01-requests");

		browser.field("reference").sendKeys("not a reference", Keys.ENTER);
		browser.waitForPath("/dpo/subject-access");
		assertThat(focused().getAttribute("class")).as("the summary of problems takes the focus").contains("error-summary");
		assertThat(browser.find(".error-summary a").getAttribute("href")).endsWith("#reference");
		assertThat(browser.field("reference").getAttribute("aria-invalid")).isEqualTo("true");
		shot("02-start-refused");

		browser.field("reference").clear();
		browser.field("reference").sendKeys(caseId.toString(), Keys.ENTER);
		waitForPathStartingWith("/dpo/subject-access/");
		var review = browser.path();
		assertThat(browser.find("[role=status]").getText()).contains("The draft is compiled");
		assertThat(browser.driver().getCurrentUrl()).doesNotContain(caseId.toString());
		shot("03-draft");

		reloads(() -> press(browser.field("finalise")));
		browser.waitForPath(review);
		assertThat(focused().getAttribute("class")).contains("error-summary");
		assertThat(browser.find(".error-summary").getText()).contains("2 entries are withheld without a ground");
		shot("04-finalise-refused");

		browser.signOut();
		browser.signIn(officer);
		assertThat(browser.mainText()).contains("A subject access request waits for your agency's decision");
		shot("05-police-start-page");
		press(browser.find("a[href*='/release']"));
		waitForPathStartingWith("/subject-access/");
		var release = browser.path();
		assertThat(browser.mainText()).contains("Named in a chat that shares banned material " + tag).doesNotContain("Repeats conspiracy");
		shot("06-police-release");

		// keep the note withheld: the ground, then the answer to "may the person be told", then the button
		var withholdNote = browser.driver().findElements(By.cssSelector("form[action$='/withhold']")).stream()
			.filter(form -> form.findElement(By.xpath("ancestor::article")).getText().contains("Named in a chat")).findFirst().orElseThrow();
		withholdNote.findElement(By.tagName("textarea")).sendKeys("GDPR Art. 23(1)(d) with § 57 BDSG");
		reloads(() -> new Actions(browser.driver()).sendKeys(Keys.TAB).sendKeys(Keys.SPACE).sendKeys(Keys.TAB).sendKeys(Keys.ENTER)
			.perform());
		browser.waitForPath(release);
		assertThat(browser.find("[role=status]").getText()).contains("Withheld. The answer says that it was withheld");
		shot("07-police-withheld");

		var releaseCheck = browser.driver().findElements(By.cssSelector("form[action$='/release']")).stream()
			.filter(form -> form.findElement(By.xpath("ancestor::article")).getText().contains("Check with the police")).findFirst()
			.orElseThrow();
		releaseCheck.findElement(By.tagName("textarea")).sendKeys("Nothing in it is at risk");
		reloads(() -> new Actions(browser.driver()).sendKeys(Keys.TAB).sendKeys(Keys.ENTER).perform());
		browser.waitForPath(release);
		assertThat(browser.find("[role=status]").getText()).contains("Released");

		browser.signOut();
		browser.signIn(dpo);
		browser.open(review);
		assertThat(browser.mainText()).contains("every entry has a decision; ready to finalise");
		reloads(() -> press(browser.field("finalise")));
		browser.waitForPath(review);
		assertThat(browser.find("[role=status]").getText()).contains("Finalised");
		assertThat(browser.mainText()).contains("Download the answer as PDF",
				"An item recorded by Police Prevention Unit " + tag);
		shot("08-final");

		browser.open("/dpo/access-history");
		browser.field("reference").sendKeys(caseId.toString(), Keys.ENTER);
		browser.waitForPath("/dpo/access-history");
		assertThat(browser.mainText()).contains("lines, newest first", "finalised a subject access request");
		shot("09-access-history");
	}

	/** Does what submits a form and waits until the page it was on has gone: the next page may have the same address. */
	private void reloads(Runnable action) {
		var page = browser.driver().findElement(By.tagName("html"));
		action.run();
		new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(15))
			.until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(page));
	}

	private WebElement focused() {
		return browser.driver().switchTo().activeElement();
	}

	/** Enter on a focused link or button, as the keyboard does it. */
	private static void press(WebElement element) {
		element.sendKeys(Keys.ENTER);
	}

	private void waitForPathStartingWith(String prefix) {
		new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(15))
			.until(driver -> browser.path().startsWith(prefix) && browser.path().length() > prefix.length());
	}

	/** The whole page, however long, a screen at a time, so that a person can read every screen afterwards. */
	private void shot(String name) {
		var script = (org.openqa.selenium.JavascriptExecutor) browser.driver();
		var height = ((Number) script.executeScript("return document.documentElement.scrollHeight")).intValue();
		var screen = ((Number) script.executeScript("return window.innerHeight")).intValue();
		for (int part = 0; part * screen < height && part < 12; part++) {
			script.executeScript("window.scrollTo(0, arguments[0])", part * screen);
			chromium.keepEvidence(SCREENSHOTS, name + (part == 0 ? "" : "-" + (part + 1)));
		}
		script.executeScript("window.scrollTo(0, 0)");
	}
}
