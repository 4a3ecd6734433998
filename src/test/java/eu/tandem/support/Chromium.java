package eu.tandem.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A headless Chromium for the browser tests: Debian's own chromium and chromedriver, never anything
 * downloaded (Selenium Manager does not run because both paths are given), a fresh profile each time.
 * Close it to quit the browser and remove the profile.
 */
public final class Chromium implements AutoCloseable {

	public static final Path BROWSER = Path.of("/usr/bin/chromium");
	public static final Path DRIVER = Path.of("/usr/bin/chromedriver");

	/**
	 * Selenium warns at every start that it has no DevTools support for this Chromium's version; the tests
	 * use WebDriver only, so the warning says nothing. Held here so the logger keeps its level.
	 */
	private static final Logger CDP_VERSION_WARNINGS = Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

	static {
		CDP_VERSION_WARNINGS.setLevel(Level.SEVERE);
	}

	private final WebDriver driver;
	private final Path profile;

	private Chromium(WebDriver driver, Path profile) {
		this.driver = driver;
		this.profile = profile;
	}

	/** Starts a browser, or fails with what to install if Debian's chromium or chromedriver is missing. */
	public static Chromium start() {
		requireExecutable(BROWSER);
		requireExecutable(DRIVER);
		System.setProperty("webdriver.chrome.driver", DRIVER.toString());
		Path profile;
		try {
			profile = Files.createTempDirectory("tandem-chromium-");
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		var options = new ChromeOptions();
		options.setBinary(BROWSER.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--window-size=1280,1024", "--lang=en", "--user-data-dir=" + profile);
		var service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
		try {
			var driver = new ChromeDriver(service, options);
			driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
			return new Chromium(driver, profile);
		}
		catch (RuntimeException e) {
			delete(profile);
			throw e;
		}
	}

	public WebDriver driver() {
		return driver;
	}

	/** Saves a screenshot and the page source as {@code name.png} and {@code name.html} in the directory. */
	public void keepEvidence(Path directory, String name) {
		try {
			Files.createDirectories(directory);
			Files.writeString(directory.resolve(name + ".html"), driver.getCurrentUrl() + "\n" + driver.getPageSource());
			Files.write(directory.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
		}
		catch (IOException | RuntimeException e) {
			System.err.println("Could not keep what the browser showed for " + name + ": " + e);
		}
	}

	@Override
	public void close() {
		try {
			driver.quit();
		}
		finally {
			delete(profile);
		}
	}

	private static void requireExecutable(Path path) {
		if (!Files.isExecutable(path)) {
			throw new AssertionError("The browser tests need Debian's Chromium and its driver at " + BROWSER + " and "
					+ DRIVER + ", but " + path + " is missing. Install them with: "
					+ "sudo apt-get install chromium chromium-driver");
		}
	}

	private static void delete(Path root) {
		if (!Files.exists(root)) {
			return;
		}
		try (var paths = Files.walk(root)) {
			paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
		}
		catch (IOException | UncheckedIOException e) {
			// a leftover temporary profile is not worth failing a test for
		}
	}
}
