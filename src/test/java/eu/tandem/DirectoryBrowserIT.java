package eu.tandem;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import eu.tandem.agency.Agencies;
import eu.tandem.agency.AgencyDetails;
import eu.tandem.agency.AgencyProfile;
import eu.tandem.agency.AgencySetup;
import eu.tandem.agency.ContactPoint;
import eu.tandem.agency.Country;
import eu.tandem.agency.Sector;
import eu.tandem.identity.Profession;
import eu.tandem.identity.Role;
import eu.tandem.support.Chromium;
import eu.tandem.support.Fixtures;
import eu.tandem.support.StaffMember;
import eu.tandem.support.TandemIntegrationTest;
import eu.tandem.support.TestTotp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A practitioner browses the agency directory in headless Chromium: narrows it by region, sector and
 * profession while htmx replaces only the rows, keeps the search in the address, and opens an agency's
 * profile. The agencies are the test's own, in a region of their own.
 */
@TandemIntegrationTest
class DirectoryBrowserIT {

	private static final Duration PATIENCE = Duration.ofSeconds(15);

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Agencies agencies;

	@Autowired
	AgencySetup agencySetup;

	Chromium chromium;
	WebDriver browser;
	WebDriverWait wait;

	@RegisterExtension
	AfterTestExecutionCallback keepWhatTheBrowserShowed = context -> context.getExecutionException()
		.filter(failure -> chromium != null)
		.ifPresent(failure -> chromium.keepEvidence(Path.of("target", "browser-failures"),
				context.getRequiredTestMethod().getName()));

	@BeforeEach
	void openBrowser() {
		chromium = Chromium.start();
		browser = chromium.driver();
		wait = new WebDriverWait(browser, PATIENCE);
	}

	@AfterEach
	void closeBrowser() {
		if (chromium != null) {
			chromium.close();
		}
	}

	@Test
	void aPractitionerNarrowsTheDirectoryWithHtmxAndOpensAnAgencysProfile() {
		var region = "Lakeland " + Fixtures.unique();
		var police = agency("Lakeland Police", Sector.POLICE, "DE", region, profile("Talks with young people.",
				Profession.POLICE_OFFICER));
		var clinic = agency("Lakeland Clinic", Sector.MENTAL_HEALTH_CARE, "DE", region, new AgencyProfile("District of Lakeland",
				"Treats people whose mental-health problems come together with extremist ideas.\nAdvises colleagues.",
				"Keeps clinical notes to itself.",
				List.of(new ContactPoint("Outpatient clinic", "clinic@lakeland.example", "+49 821 555 0210", "Mon–Fri 8:00–17:00")),
				Set.of(Profession.PSYCHIATRIST, Profession.PSYCHIATRIC_NURSE), false));
		var counselling = agency("Lakeland Counselling", Sector.MENTAL_HEALTH_CARE, "DK", region,
				profile("Counsels families.", Profession.PSYCHOLOGIST));
		signIn(fixtures.staff(fixtures.agency(Sector.YOUTH_WORK), Role.PRACTITIONER));

		browser.findElement(By.cssSelector("header nav")).findElement(By.linkText("Agencies")).click();
		waitForHeading("Agencies");
		wait.until(driver -> Boolean.TRUE.equals(script("return !!window.htmx")));
		script("window.tandemSamePage = 'still the same page';");

		field("region").sendKeys(region);
		waitForRows(List.of(police, clinic, counselling));
		assertThat(status()).isEqualTo("3 agencies");

		var rowsBefore = browser.findElement(By.id("agency-rows"));
		new Select(field("sector")).selectByVisibleText("Mental health care");
		waitForRows(List.of(clinic, counselling));
		assertThat(ExpectedConditions.stalenessOf(rowsBefore).apply(browser)).as("the rows were replaced").isTrue();
		assertThat(status()).as("the status line screen readers announce").isEqualTo("2 agencies");

		new Select(field("profession")).selectByVisibleText("Psychiatrist");
		waitForRows(List.of(clinic));
		assertThat(status()).isEqualTo("1 agency");
		assertThat(browser.findElement(By.id("agency-summary")).getDomAttribute("role")).isEqualTo("status");
		assertThat(script("return window.tandemSamePage")).as("no new page was loaded").isEqualTo("still the same page");
		assertThat(heading()).isEqualTo("Agencies");

		wait.withMessage("the address to hold the filters").until(driver -> addressHas("sector=MENTAL_HEALTH_CARE")
				&& addressHas("profession=PSYCHIATRIST") && addressHas("region=" + region));
		browser.navigate().refresh();
		waitForHeading("Agencies");
		assertThat(rowNames()).as("the address is a bookmark of the search").containsExactly(clinic);
		assertThat(new Select(field("sector")).getFirstSelectedOption().getText()).isEqualTo("Mental health care");
		assertThat(new Select(field("profession")).getFirstSelectedOption().getText()).isEqualTo("Psychiatrist");
		assertThat(field("region").getDomProperty("value")).isEqualTo(region);

		browser.findElement(By.linkText(clinic)).click();
		waitForHeading(clinic);
		assertThat(browser.findElement(By.id("jurisdiction")).getText()).isEqualTo("District of Lakeland");
		assertThat(browser.findElement(By.id("prevention-work")).getText())
			.as("line breaks typed into the profile show as line breaks")
			.isEqualTo("Treats people whose mental-health problems come together with extremist ideas.\nAdvises colleagues.");
		var contact = browser.findElement(By.cssSelector("#contact-points li"));
		assertThat(contact.findElement(By.tagName("h3")).getText()).isEqualTo("Outpatient clinic");
		assertThat(contact.getText()).contains("clinic@lakeland.example", "+49 821 555 0210", "Mon–Fri 8:00–17:00");
		assertThat(browser.findElements(By.cssSelector("#professions li")).stream().map(WebElement::getText))
			.containsExactly("Psychiatrist", "Psychiatric nurse");
		assertThat(browser.findElements(By.linkText("Edit profile"))).as("a practitioner reads only").isEmpty();
	}

	@Test
	void anAgencyAdministratorEditsTheProfileFromTheAgencysPage() {
		var region = "Riverside " + Fixtures.unique();
		var name = agency("Riverside Youth Office", Sector.SOCIAL_CARE, "DE", region, AgencyProfile.empty());
		var id = agencies.findByName(name).orElseThrow().id();
		signIn(fixtures.staff(id, Role.AGENCY_ADMINISTRATOR));

		open("/agencies/" + id);
		waitForHeading(name);
		browser.findElement(By.linkText("Edit profile")).click();
		waitForHeading("Profile of " + name);
		field("jurisdiction").sendKeys("City of Riverside");
		field("preventionWork").sendKeys("Visits families.\nWorks with schools.");
		field("contactPoints[0].label").sendKeys("Prevention desk");
		field("contactPoints[0].email").sendKeys("not-an-address");
		checkbox("Social worker").click();
		browser.findElement(By.xpath("//button[normalize-space()='Save profile']")).click();

		var summary = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".error-summary")));
		assertThat(summary.findElements(By.cssSelector("li a")).stream().map(WebElement::getText))
			.containsExactly("Contact point 1: Enter an e-mail address like prevention@agency.example.");
		assertThat(summary.findElement(By.cssSelector("li a")).getDomAttribute("href")).as("the summary's link leads to the field")
			.isEqualTo("#contactPoints[0].email");
		assertThat(field("contactPoints[0].email").getDomAttribute("aria-invalid")).isEqualTo("true");
		assertThat(browser.findElement(By.id("contactPoints[0].email-error")).getText())
			.contains("Enter an e-mail address like prevention@agency.example.");
		assertThat(checkbox("Social worker").isSelected()).as("what was ticked stays ticked").isTrue();
		assertThat(field("preventionWork").getDomProperty("value")).isEqualTo("Visits families.\nWorks with schools.");

		field("contactPoints[0].email").clear();
		field("contactPoints[0].email").sendKeys("desk@riverside.example");
		browser.findElement(By.xpath("//button[normalize-space()='Save profile']")).click();

		waitForHeading(name);
		assertThat(browser.findElement(By.cssSelector("p.notice[role=status]")).getText())
			.isEqualTo("The profile of " + name + " is saved.");
		assertThat(browser.findElement(By.id("prevention-work")).getText()).isEqualTo("Visits families.\nWorks with schools.");
		assertThat(browser.findElement(By.cssSelector("#contact-points li")).getText()).contains("Prevention desk",
				"desk@riverside.example");
		assertThat(browser.findElements(By.cssSelector("#professions li")).stream().map(WebElement::getText))
			.containsExactly("Social worker");
	}

	// --- what a person does and sees ----------------------------------------------------------------------

	private String agency(String name, Sector sector, String country, String region, AgencyProfile profile) {
		var agency = agencySetup.create(new AgencyDetails(name + " " + Fixtures.unique().substring(0, 4), sector,
				new Country(country), region, null, null, null));
		agencySetup.describe(agency.id(), profile);
		return agency.name();
	}

	private static AgencyProfile profile(String work, Profession... professions) {
		return new AgencyProfile(null, work, null, List.of(), Set.of(professions), false);
	}

	private void signIn(StaffMember member) {
		open("/sign-in");
		field("username").sendKeys(member.username());
		field("password").sendKeys(member.password());
		browser.findElement(By.cssSelector("form[action='/sign-in'] button[type=submit]")).click();
		waitForPath("/sign-in/code");
		// never the step before the current one, which may expire between typing and pressing Enter
		TestTotp.markUsed(member.totpSecret(), TestTotp.currentStep() - 1);
		field("code").sendKeys(TestTotp.freshCode(member.totpSecret()));
		browser.findElement(By.cssSelector("form[action='/sign-in/code'] button[type=submit]")).click();
		waitForPath("/");
	}

	private void open(String path) {
		browser.get("http://localhost:" + port + path);
	}

	private WebElement field(String id) {
		return browser.findElement(By.id(id));
	}

	private WebElement checkbox(String label) {
		var forId = browser.findElement(By.xpath("//fieldset[@id='professions']//label[normalize-space()='" + label + "']"))
			.getDomAttribute("for");
		return browser.findElement(By.id(forId));
	}

	private String heading() {
		return browser.findElement(By.tagName("h1")).getText();
	}

	private String status() {
		return browser.findElement(By.id("agency-summary")).getText();
	}

	/** Read in one step in the page, so that rows htmx replaces meanwhile cannot go stale half-way. */
	@SuppressWarnings("unchecked")
	private List<String> rowNames() {
		return (List<String>) script("return Array.from(document.querySelectorAll('#agency-rows td:first-child a'))"
				+ ".map(function (a) { return a.textContent.trim(); });");
	}

	private void waitForRows(List<String> names) {
		wait.withMessage(() -> "the rows " + names + ", but they are " + rowNames())
			.until(driver -> rowNames().stream().sorted().toList().equals(names.stream().sorted().toList()));
	}

	private boolean addressHas(String parameter) {
		var query = URI.create(browser.getCurrentUrl()).getRawQuery();
		return query != null && List.of(query.split("&")).stream()
			.map(pair -> URLDecoder.decode(pair, StandardCharsets.UTF_8))
			.anyMatch(parameter::equals);
	}

	private void waitForHeading(String text) {
		wait.withMessage(() -> "the heading " + text + " at " + browser.getCurrentUrl())
			.until(ExpectedConditions.textToBe(By.tagName("h1"), text));
	}

	private void waitForPath(String path) {
		wait.withMessage(() -> "the page " + path + ", but the browser is at " + browser.getCurrentUrl())
			.until(driver -> path.equals(URI.create(driver.getCurrentUrl()).getPath())
					&& "complete".equals(script("return document.readyState")));
	}

	private Object script(String script) {
		return ((JavascriptExecutor) browser).executeScript(script);
	}
}
