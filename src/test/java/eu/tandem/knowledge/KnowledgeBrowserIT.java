package eu.tandem.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;

import eu.tandem.agency.Country;
import eu.tandem.agency.Sector;
import eu.tandem.casework.CaseFiles;
import eu.tandem.casework.CaseId;
import eu.tandem.hub.HubDetails;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The library in a real browser: a search with a typo, a curator's change and its review, knowledge on a case. */
@TandemIntegrationTest
class KnowledgeBrowserIT {

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

	@BeforeEach
	void startBrowser() {
		chromium = Chromium.start();
		browser = new InBrowser(chromium, port);
	}

	@AfterEach
	void closeBrowser() {
		if (chromium != null) {
			chromium.close();
		}
	}

	@Test
	void aSearchWithATypoFindsThePracticeMeant() {
		browser.open("/knowledge");
		browser.field("q").sendKeys("anchr work");
		browser.submit("form[role=search]");
		waitUntil(() -> browser.find("#results-title").getText().contains("anchor work"));

		assertThat(browser.find("[role=status]").getText()).contains("Showing results for anchor work");
		WebElement first = browser.find(".result h3 a");
		assertThat(first.getText()).isEqualTo("Anchor work");
		assertThat(browser.find(".result h3 mark").getText()).isEqualToIgnoringCase("Anchor");
		first.click();
		browser.waitForPath("/knowledge/items/practice-anchor-work");
		assertThat(browser.mainText()).contains("Finland").contains("https://ec.europa.eu/home-affairs/content/anchor-model_en");
	}

	@Test
	void aCuratorsChangeAppearsOnlyAfterASecondCuratorPublishesIt() {
		var agency = fixtures.agency(Sector.NGO_COMMUNITY);
		var writer = fixtures.staff(agency, Role.KNOWLEDGE_CURATOR);
		var reviewer = fixtures.staff(agency, Role.KNOWLEDGE_CURATOR);
		var addition = "Evaluated again in " + Fixtures.unique() + ".";

		browser.signIn(writer);
		browser.open("/knowledge/items/practice-legato");
		browser.driver().findElement(By.linkText("Edit")).click();
		browser.waitForPath("/knowledge/curation/items/practice-legato/edit");
		browser.field("text").sendKeys(" " + addition);
		browser.field("changeNote").sendKeys("Adds the new evaluation.");
		browser.driver().findElement(By.cssSelector("button[value=review]")).click();
		waitUntil(() -> browser.path().startsWith("/knowledge/curation/items/practice-legato/versions/"));
		assertThat(browser.find("[role=status]").getText()).contains("sent for review");
		assertThat(browser.mainText()).as("the writer cannot publish their own change").doesNotContain("Publish\n");
		assertThat(browser.driver().findElements(By.cssSelector("form[action$='/publish']"))).isEmpty();
		var review = browser.path();
		browser.signOut();

		browser.open("/knowledge/items/practice-legato");
		assertThat(browser.mainText()).as("readers see the published version until the review").doesNotContain(addition);

		browser.signIn(reviewer);
		browser.open("/knowledge/curation");
		browser.driver().findElement(By.cssSelector("a[href='" + review + "']")).click();
		browser.waitForPath(review);
		browser.submit("form[action$='/publish']");
		waitUntil(() -> browser.find("[role=status]").getText().contains("Published"));
		browser.signOut();

		browser.open("/knowledge/items/practice-legato");
		assertThat(browser.mainText()).contains(addition);
	}

	@Test
	void aCaseWithAChildReturneeShowsTheChildReturneeLessons() {
		var welfare = fixtures.agency(Sector.SOCIAL_CARE);
		var sysadmin = fixtures.staff(welfare, Role.SYSTEM_ADMINISTRATOR).asCurrentUser();
		var hub = hubs.create(new HubDetails("Hub " + Fixtures.unique(), HubLevel.LOCAL, new Country("BE"), null, null, null, null, null,
				null, null, null, null, null), sysadmin).id();
		hubs.addAgency(hub, welfare, "member", sysadmin);
		var coordinator = fixtures.staff(welfare, Profession.COORDINATOR, Role.HUB_COORDINATOR);
		hubs.appoint(hub, coordinator.id(), HubRole.COORDINATOR, sysadmin);
		StaffMember socialWorker = fixtures.staff(welfare, Profession.SOCIAL_WORKER, Role.PRACTITIONER);
		CaseId caseId = cases.open(ReferralId.random(), Fixtures.caseReference(), hub, null, coordinator.asCurrentUser());
		cases.appointOwner(caseId, socialWorker.id(), coordinator.asCurrentUser());

		browser.signIn(socialWorker);
		browser.open("/cases/" + caseId);
		assertThat(browser.find("#knowledge-title + p").getText()).contains("Mark what applies");
		browser.field("attribute-child").click();
		browser.field("attribute-returnee").click();
		browser.submit("form[action$='/attributes']");
		waitUntil(() -> browser.find("[role=status]").getText().contains("Saved what applies"));

		var knowledge = browser.find("section.context");
		var lesson = knowledge.findElement(By.cssSelector("a[href='/knowledge/items/lesson-mental-illness-5']")).findElement(By.xpath(".."));
		assertThat(lesson.getText()).contains("Child returnees and their families require a sense of empowerment")
			.contains("Shown because");
		assertThat(knowledge.findElements(By.cssSelector("a[href='/knowledge/items/meeting-2018-07-resilience-child-returnees']")))
			.isNotEmpty();
		assertThat(browser.field("attribute-child").isSelected()).isTrue();
	}

	private void waitUntil(java.util.function.BooleanSupplier condition) {
		new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).ignoring(org.openqa.selenium.NoSuchElementException.class)
			.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
			.until(driver -> condition.getAsBoolean());
	}

}
