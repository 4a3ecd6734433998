package eu.tandem;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import eu.tandem.agency.Agencies;
import eu.tandem.agency.Sector;
import eu.tandem.identity.Accounts;
import eu.tandem.identity.NewAccount;
import eu.tandem.identity.Password;
import eu.tandem.identity.Profession;
import eu.tandem.identity.Role;
import eu.tandem.identity.Username;
import eu.tandem.support.Chromium;
import eu.tandem.support.Fixtures;
import eu.tandem.support.StaffMember;
import eu.tandem.support.SvgQrCode;
import eu.tandem.support.TandemIntegrationTest;
import eu.tandem.support.TestTotp;
import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tandem in a real headless Chromium: what people see and do, with the mouse and with the keyboard alone.
 * Each test gets a fresh browser; the demo account {@code jonas.weber} is used for the demo sign-in only,
 * everything else works with accounts and agencies that the test makes for itself.
 */
@TandemIntegrationTest
class BrowserIT {

	private static final Duration PATIENCE = Duration.ofSeconds(15);

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Accounts accounts;

	@Autowired
	Agencies agencies;

	Chromium chromium;
	WebDriver browser;
	WebDriverWait wait;

	/** When a test fails, what the browser showed is kept in target/browser-failures for the reader. */
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
	void aDemoAgencyAdministratorSignsInWithPasswordAndAuthenticatorCode() throws IOException {
		var jonas = DemoAccount.read("jonas.weber");
		assertThat(jonas.agency()).isEqualTo("Augsburg Police Prevention Unit");

		open("/sign-in");
		field("username").sendKeys(jonas.username());
		field("password").sendKeys(jonas.password());
		submit("form[action='/sign-in']");
		waitForPath("/sign-in/code");
		assertThat(heading()).isEqualTo("Enter the code from your authenticator app");
		field("code").sendKeys(codeToType(jonas.totpSecret()));
		submit("form[action='/sign-in/code']");

		waitForPath("/");
		assertThat(heading()).isEqualTo("Welcome, " + jonas.displayName());
		var who = browser.findElement(By.cssSelector("header .who"));
		assertThat(who.findElement(By.tagName("strong")).getText()).isEqualTo(jonas.displayName());
		assertThat(who.findElement(By.cssSelector(".who__agency")).getText()).isEqualTo(jonas.agency());
		assertThat(who.getText()).startsWith("Signed in as " + jonas.displayName());
	}

	@Test
	void anAgencyAdministratorAddsAStaffMemberToTheirOwnAgency() {
		var agency = fixtures.agency(Sector.SOCIAL_CARE);
		var agencyName = agencies.nameOf(agency);
		signIn(fixtures.staff(agency, Role.AGENCY_ADMINISTRATOR));

		browser.findElement(By.cssSelector("header nav")).findElement(By.linkText("Staff of my agency")).click();
		waitForHeading("Staff of " + agencyName);
		browser.findElement(By.linkText("Add a staff member")).click();
		waitForHeading("Add a staff member to " + agencyName);

		assertThat(roleLabels()).contains("Practitioner", "Hub coordinator").doesNotContain("System administrator");
		var username = "amira." + Fixtures.unique();
		var fullName = "Amira Haddad " + username.substring(6, 10);
		field("username").sendKeys(username);
		field("displayName").sendKeys(fullName);
		new Select(field("profession")).selectByVisibleText("Youth worker");
		role("Practitioner").click();
		role("Hub coordinator").click();
		field("password").sendKeys("a long first password");
		browser.findElement(By.xpath("//button[normalize-space()='Add staff member']")).click();

		waitForHeading("Staff of " + agencyName);
		assertThat(browser.findElement(By.cssSelector("p.notice[role=status]")).getText())
			.isEqualTo(fullName + " can now sign in as " + username
					+ ". At first sign-in they will set up an authenticator app.");
		var row = staffRow(username);
		assertThat(row).hasSize(5);
		assertThat(row.subList(0, 3)).containsExactly(fullName, username, "Youth worker");
		assertThat(row.get(3).split(", ")).containsExactlyInAnyOrder("Practitioner", "Hub coordinator");
		assertThat(row.get(4)).isEqualTo("Authenticator not set up");
	}

	@Test
	void theNewStaffFormShowsEachProblemNextToItsFieldKeepsWhatWasTypedAndCreatesNobody() {
		var agency = fixtures.agency(Sector.EDUCATION);
		signIn(fixtures.staff(agency, Role.AGENCY_ADMINISTRATOR));
		open("/agencies/" + agency + "/staff/new");
		var username = "noor." + Fixtures.unique();

		field("username").sendKeys(username);
		new Select(field("profession")).selectByVisibleText("Teacher");
		role("Practitioner").click();
		field("password").sendKeys("too short");
		browser.findElement(By.xpath("//button[normalize-space()='Add staff member']")).click();

		var summary = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".error-summary")));
		assertThat(summary.findElement(By.tagName("h2")).getText()).isEqualTo("There is a problem");
		assertThat(summary.findElements(By.cssSelector("li a"))).extracting(WebElement::getText).containsExactlyInAnyOrder(
				"Enter “Full name”.", "A password is at least 12 characters long. A few words make a good one.");
		assertThat(summary.getRect().getY()).as("the summary is above the first field")
			.isLessThan(field("username").getRect().getY());
		assertThat(fieldError("displayName")).isEqualTo("Enter “Full name”.");
		assertThat(fieldError("password")).isEqualTo("A password is at least 12 characters long. A few words make a good one.");
		assertThat(browser.findElements(By.id("username-error"))).isEmpty();
		for (var invalid : List.of("displayName", "password")) {
			assertThat(field(invalid).getDomAttribute("aria-invalid")).as(invalid).isEqualTo("true");
			assertThat(field(invalid).getDomAttribute("aria-describedby")).as(invalid).contains(invalid + "-error");
		}
		assertThat(field("username").getDomProperty("value")).isEqualTo(username);
		assertThat(new Select(field("profession")).getFirstSelectedOption().getText()).isEqualTo("Teacher");
		assertThat(role("Practitioner").isSelected()).isTrue();
		assertThat(field("password").getDomProperty("value")).as("a password is never sent back to the browser").isEmpty();

		open("/agencies/" + agency + "/staff");
		waitForHeading("Staff of " + agencies.nameOf(agency));
		assertThat(browser.findElement(By.id("staff-rows")).getText()).doesNotContain(username);
	}

	@Test
	void anAgencyAdministratorFindsNoStaffPagesOfAnotherAgency() {
		var own = fixtures.agency(Sector.POLICE);
		var other = fixtures.agency(Sector.MENTAL_HEALTH_CARE);
		var stranger = fixtures.staff(other, Role.PRACTITIONER);
		var admin = fixtures.staff(own, Role.AGENCY_ADMINISTRATOR);
		signIn(admin);

		for (var path : List.of("/agencies/" + other + "/staff", "/agencies/" + other + "/staff/new",
				"/agencies/" + other + "/staff/" + stranger.id())) {
			open(path);
			waitForHeading("Page not found");
			assertThat(browser.getTitle()).as(path).isEqualTo("Page not found – Tandem");
			assertThat(browser.findElement(By.tagName("main")).getText()).as(path)
				.contains("There is nothing here, or it is not shared with you.");
			assertThat(browser.getPageSource()).as(path)
				.doesNotContain(agencies.nameOf(other))
				.doesNotContain(stranger.username());
			assertThat(browser.findElement(By.cssSelector("header .who strong")).getText()).as(path)
				.isEqualTo(admin.asCurrentUser().displayName());
		}
	}

	/*
	 * Fails while the sign-in page gives the username field autofocus: focus starts in that field, so the first
	 * Tab goes on to the password field and the skip link is only reached backwards. The last assertion says so.
	 */
	@Test
	void theFirstTabOnTheSignInPageFocusesTheSkipLinkWhichLeadsToTheMainContent() {
		open("/sign-in");
		var before = describe(focused());

		keys(Keys.TAB);
		var afterFirstTab = describe(focused());
		// whatever the first Tab reached, the skip link must work once someone gets to it with the keyboard
		for (int presses = 0; presses < 5 && !"Skip to main content".equals(focused().getText()); presses++) {
			keys(Keys.SHIFT, Keys.TAB, Keys.SHIFT);
		}
		var skipLink = focused();
		assertThat(skipLink.getText()).isEqualTo("Skip to main content");
		assertThat(skipLink.getDomAttribute("href")).isEqualTo("#main");
		assertThat(skipLink.getRect().getX()).as("the focused skip link is on screen").isGreaterThanOrEqualTo(0);
		keys(Keys.ENTER);
		wait.until(driver -> "main".equals(focused().getDomAttribute("id")));
		keys(Keys.TAB);
		assertThat(focused().getDomAttribute("id")).isEqualTo("username");

		assertThat(afterFirstTab).as("what the first Tab focuses on /sign-in (focus before it: %s)", before)
			.isEqualTo("a \"Skip to main content\"");
	}

	@Test
	void signInCanBeCompletedWithTheKeyboardAlone() {
		var member = fixtures.staff(fixtures.agency(Sector.YOUTH_WORK), Role.PRACTITIONER);
		open("/sign-in");

		tabTo("username");
		keys(member.username());
		keys(Keys.TAB);
		assertThat(focused().getDomAttribute("id")).isEqualTo("password");
		keys(member.password());
		keys(Keys.ENTER);
		waitForPath("/sign-in/code");
		tabTo("code");
		keys(codeToType(member.totpSecret()));
		keys(Keys.ENTER);

		waitForPath("/");
		assertThat(heading()).isEqualTo("Welcome, " + member.asCurrentUser().displayName());
		assertThat(browser.findElement(By.cssSelector("header .who strong")).getText())
			.isEqualTo(member.asCurrentUser().displayName());
	}

	@Test
	void theFirstSignInOfANewAccountSetsUpTheAuthenticatorAppWithAQrCodeAndTheSecretAsText() {
		var agency = fixtures.agency(Sector.EDUCATION);
		var admin = fixtures.staff(agency, Role.AGENCY_ADMINISTRATOR);
		var username = new Username("new." + Fixtures.unique());
		var password = "my very first password";
		var newcomer = accounts.create(new NewAccount(username, "Newcomer " + username.value().substring(4), agency,
				Profession.TEACHER, Set.of(Role.PRACTITIONER), Password.of("password", password, username)),
				admin.asCurrentUser());

		open("/sign-in");
		field("username").sendKeys(username.value());
		field("password").sendKeys(password);
		submit("form[action='/sign-in']");

		waitForPath("/sign-in/enrol");
		assertThat(heading()).as("the enrolment page, not an error page").isEqualTo("Set up your authenticator app");
		var qr = browser.findElement(By.cssSelector(".qr svg[role=img]"));
		assertThat(qr.isDisplayed()).isTrue();
		assertThat(qr.getDomAttribute("aria-label")).isEqualTo("QR code to add Tandem to your authenticator app");
		var secret = browser.findElement(By.id("secret")).getText().replace(" ", "");
		assertThat(secret).matches("[A-Z2-7]{32}");
		var scanned = URI.create(SvgQrCode.decode(qr.getDomAttribute("viewBox"),
				qr.findElement(By.tagName("path")).getDomAttribute("d")));
		assertThat(scanned.getScheme()).isEqualTo("otpauth");
		assertThat(scanned.getHost()).isEqualTo("totp");
		assertThat(scanned.getPath()).isEqualTo("/Tandem:" + username.value());
		assertThat(scanned.getQuery()).contains("secret=" + secret, "issuer=Tandem", "digits=6", "period=30");

		field("code").sendKeys(wrongCode(secret));
		submit("form[action='/sign-in/enrol']");
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("code-error")));
		assertThat(URI.create(browser.getCurrentUrl()).getPath()).isEqualTo("/sign-in/enrol");
		assertThat(fieldError("code")).startsWith("That code is not right.");
		assertThat(field("code").getDomAttribute("aria-invalid")).isEqualTo("true");
		assertThat(browser.findElement(By.id("secret")).getText().replace(" ", ""))
			.as("the same secret is offered again").isEqualTo(secret);

		field("code").sendKeys(codeToType(secret));
		submit("form[action='/sign-in/enrol']");

		// the administrator knows the first password, so the newcomer replaces it before anything else
		waitForPath("/account/password");
		assertThat(heading()).isEqualTo("Choose your own password");
		field("currentPassword").sendKeys(password);
		field("newPassword").sendKeys("only I know this one");
		field("confirmation").sendKeys("only I know this one");
		submit("form[action='/account/password']");

		waitForPath("/");
		assertThat(heading()).isEqualTo("Welcome, " + newcomer.displayName());
		assertThat(browser.findElement(By.cssSelector("header .who strong")).getText()).isEqualTo(newcomer.displayName());
	}

	@Test
	void typingInTheStaffSearchNarrowsTheRowsWithoutLoadingANewPage() {
		var agency = fixtures.agency(Sector.SOCIAL_CARE);
		var admin = fixtures.staff(agency, Role.AGENCY_ADMINISTRATOR);
		var wanted = fixtures.staff(agency, Role.PRACTITIONER);
		var other = fixtures.staff(agency, Role.PRACTITIONER);
		signIn(admin);
		open("/agencies/" + agency + "/staff");
		waitForHeading("Staff of " + agencies.nameOf(agency));
		wait.until(driver -> Boolean.TRUE.equals(script("return !!window.htmx")));
		assertThat(usernamesInRows()).containsExactlyInAnyOrder(admin.username(), wanted.username(), other.username());
		script("window.tandemSamePage = 'still the same page';");
		var rowsBefore = browser.findElement(By.id("staff-rows"));

		var part = wanted.username().substring(3, 10);
		field("q").click();
		field("q").sendKeys(part);

		wait.withMessage("the rows to show only " + wanted.username())
			.until(driver -> usernamesInRows().equals(List.of(wanted.username())));
		assertThat(script("return window.tandemSamePage")).as("no new page was loaded").isEqualTo("still the same page");
		assertThat(ExpectedConditions.stalenessOf(rowsBefore).apply(browser)).as("the rows were replaced").isTrue();
		assertThat(field("q").getDomProperty("value")).isEqualTo(part);
		assertThat(browser.getCurrentUrl()).as("what was typed stays out of the address").endsWith("/staff");
		assertThat(browser.findElement(By.id("staff-summary")).getText()).as("the status line screen readers announce")
			.isEqualTo("1 person");
		assertThat(heading()).isEqualTo("Staff of " + agencies.nameOf(agency));
	}

	// --- what a person does -------------------------------------------------------------------------------

	private void signIn(StaffMember member) {
		open("/sign-in");
		field("username").sendKeys(member.username());
		field("password").sendKeys(member.password());
		submit("form[action='/sign-in']");
		waitForPath("/sign-in/code");
		field("code").sendKeys(codeToType(member.totpSecret()));
		submit("form[action='/sign-in/code']");
		waitForPath("/");
	}

	private void open(String path) {
		browser.get("http://localhost:" + port + path);
	}

	private void submit(String formSelector) {
		browser.findElement(By.cssSelector(formSelector + " button[type=submit]")).click();
	}

	/** Presses keys on whatever has the focus, as a keyboard does. */
	private void keys(CharSequence... keys) {
		new Actions(browser).sendKeys(keys).perform();
	}

	/** Presses Tab until the field has the focus, as someone would who sees where the focus is. */
	private void tabTo(String id) {
		for (int presses = 0; presses < 30 && !id.equals(focused().getDomAttribute("id")); presses++) {
			keys(Keys.TAB);
		}
		assertThat(focused().getDomAttribute("id")).as("focus after pressing Tab").isEqualTo(id);
	}

	/**
	 * A code that stays valid while the browser types it: a fresh one, but never the step before the current
	 * one, which may expire between reading the app and pressing Enter.
	 */
	private static String codeToType(String secret) {
		TestTotp.markUsed(secret, TestTotp.currentStep() - 1);
		return TestTotp.freshCode(secret);
	}

	private static String wrongCode(String secret) {
		var now = TestTotp.currentStep();
		var valid = Stream.of(now - 1, now, now + 1, now + 2).map(step -> TestTotp.code(secret, step)).toList();
		return Stream.of("000000", "111111", "222222", "333333").filter(code -> !valid.contains(code)).findFirst().orElseThrow();
	}

	// --- what a person sees -------------------------------------------------------------------------------

	private WebElement field(String id) {
		return browser.findElement(By.id(id));
	}

	private WebElement focused() {
		return browser.switchTo().activeElement();
	}

	private static String describe(WebElement element) {
		return element.getTagName() + (element.getDomAttribute("id") == null ? "" : "#" + element.getDomAttribute("id"))
				+ (element.getText().isBlank() ? "" : " \"" + element.getText() + "\"");
	}

	private String heading() {
		return browser.findElement(By.tagName("h1")).getText();
	}

	/** The error shown next to a field, without the "Error:" that only screen readers announce. */
	private String fieldError(String field) {
		var error = browser.findElement(By.id(field + "-error"));
		assertThat(error.isDisplayed()).as(field + "-error is visible").isTrue();
		return error.getText().replace("Error:", "").strip();
	}

	private WebElement role(String label) {
		var forId = browser.findElement(By.xpath("//fieldset[@id='roles']//label[normalize-space()='" + label + "']"))
			.getDomAttribute("for");
		return browser.findElement(By.id(forId));
	}

	private List<String> roleLabels() {
		return browser.findElements(By.cssSelector("fieldset#roles label")).stream().map(WebElement::getText).toList();
	}

	private List<String> staffRow(String username) {
		for (var row : browser.findElements(By.cssSelector("#staff-rows tr"))) {
			var cells = row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
			if (cells.size() > 1 && cells.get(1).equals(username)) {
				return cells;
			}
		}
		throw new AssertionError("No row for " + username + " in the staff list:\n" + browser.findElement(By.id("staff-rows")).getText());
	}

	private List<String> usernamesInRows() {
		return browser.findElements(By.cssSelector("#staff-rows tr td:nth-child(2)")).stream().map(WebElement::getText).toList();
	}

	private void waitForHeading(String text) {
		wait.withMessage(() -> "the heading " + text + " at " + browser.getCurrentUrl())
			.until(ExpectedConditions.textToBe(By.tagName("h1"), text));
	}

	private void waitForPath(String path) {
		wait.withMessage(() -> "the page " + path + ", but the browser is at " + browser.getCurrentUrl() + " showing: "
				+ browser.findElements(By.tagName("main")).stream().map(WebElement::getText).findFirst().orElse("(no main)"))
			.until(driver -> path.equals(URI.create(driver.getCurrentUrl()).getPath())
					&& "complete".equals(script("return document.readyState")));
	}

	private Object script(String script) {
		return ((JavascriptExecutor) browser).executeScript(script);
	}

	/** An account from demo/accounts.csv, with its name from demo/names.csv. */
	private record DemoAccount(String username, String password, String totpSecret, String agency, String displayName) {

		static DemoAccount read(String username) throws IOException {
			var format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
			try (Reader accounts = Files.newBufferedReader(Path.of("demo", "accounts.csv"), StandardCharsets.UTF_8);
					Reader names = Files.newBufferedReader(Path.of("demo", "names.csv"), StandardCharsets.UTF_8)) {
				var displayName = format.parse(names).stream()
					.filter(row -> row.get("username").equals(username))
					.map(row -> row.get("display_name"))
					.findFirst().orElseThrow(() -> new AssertionError("demo/names.csv has no " + username));
				return format.parse(accounts).stream()
					.filter(row -> row.get("username").equals(username))
					.map(row -> new DemoAccount(username, row.get("password"), row.get("totp_secret"), row.get("agency"), displayName))
					.findFirst().orElseThrow(() -> new AssertionError("demo/accounts.csv has no " + username));
			}
		}
	}
}
