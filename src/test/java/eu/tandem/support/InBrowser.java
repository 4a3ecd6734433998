package eu.tandem.support;

import java.net.URI;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What a person does in the browser, in the words a test reads best: open, type, submit, wait for a page. */
public class InBrowser {

	private static final Duration PATIENCE = Duration.ofSeconds(15);

	private final WebDriver browser;
	private final WebDriverWait wait;
	private final int port;

	public InBrowser(Chromium chromium, int port) {
		this.browser = chromium.driver();
		this.wait = new WebDriverWait(browser, PATIENCE);
		this.port = port;
	}

	public WebDriver driver() {
		return browser;
	}

	public void open(String path) {
		browser.get("http://localhost:" + port + path);
	}

	public WebElement field(String id) {
		return browser.findElement(By.id(id));
	}

	public WebElement find(String css) {
		return browser.findElement(By.cssSelector(css));
	}

	public void submit(String formSelector) {
		browser.findElement(By.cssSelector(formSelector + " button[type=submit]")).click();
	}

	/**
	 * Submits the form and waits until the browser has left the page and loaded the next one: for a form that answers
	 * on the same address (a refusal, a result under the form), where waiting for the address would not wait at all.
	 */
	public void submitAndWait(String formSelector) {
		waitForNewPageAfter(() -> submit(formSelector));
	}

	/** Does what sends the browser to a next page (a key pressed, a click) and waits until that page has loaded. */
	public void waitForNewPageAfter(Runnable action) {
		var page = browser.findElement(By.tagName("html"));
		action.run();
		wait.withMessage(() -> "a new page after leaving " + browser.getCurrentUrl())
			.until(ExpectedConditions.stalenessOf(page));
		wait.until(driver -> "complete".equals(((JavascriptExecutor) driver).executeScript("return document.readyState")));
	}

	/**
	 * Presses Enter in a field, as a keyboard user sends a form, and waits for the next page as {@link #submitAndWait}
	 * does.
	 */
	public void pressEnterAndWait(String fieldId) {
		waitForNewPageAfter(() -> field(fieldId).sendKeys(Keys.ENTER));
	}

	public String heading() {
		return browser.findElement(By.tagName("h1")).getText();
	}

	public String mainText() {
		return browser.findElement(By.tagName("main")).getText();
	}

	public String path() {
		return URI.create(browser.getCurrentUrl()).getPath();
	}

	public void waitForPath(String path) {
		wait.withMessage(() -> "the page " + path + ", but the browser is at " + browser.getCurrentUrl() + " showing: "
				+ browser.findElements(By.tagName("main")).stream().map(WebElement::getText).findFirst().orElse("(no main)"))
			.until(driver -> path.equals(URI.create(driver.getCurrentUrl()).getPath())
					&& "complete".equals(((JavascriptExecutor) driver).executeScript("return document.readyState")));
	}

	/** Signs in with password and a code from the account's authenticator, typed as a person would. */
	public void signIn(StaffMember member) {
		open("/sign-in");
		field("username").sendKeys(member.username());
		field("password").sendKeys(member.password());
		submit("form[action='/sign-in']");
		waitForPath("/sign-in/code");
		// never the step before the current one, which may expire between reading the app and pressing Enter
		TestTotp.markUsed(member.totpSecret(), TestTotp.currentStep() - 1);
		field("code").sendKeys(TestTotp.freshCode(member.totpSecret()));
		submit("form[action='/sign-in/code']");
		waitForPath("/");
	}

	public void signOut() {
		submit("form[action='/sign-out']");
		waitForPath("/sign-in");
	}
}
