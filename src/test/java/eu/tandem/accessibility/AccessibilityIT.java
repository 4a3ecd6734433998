package eu.tandem.accessibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import eu.tandem.support.Axe;
import eu.tandem.support.Chromium;
import eu.tandem.support.DemoStaff;
import eu.tandem.support.InBrowser;
import eu.tandem.support.ScreenWalk;
import eu.tandem.support.TandemIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every screen a demo user reaches passes axe-core's WCAG 2.1 A and AA rules without a serious or critical
 * violation: signed out, and as a practitioner, a coordinator, a data protection officer, a curator and the
 * administrators. The walk follows the links of the menu and, from each page, the first link of each kind (a case,
 * a referral, an agency), as a person would, so that new screens are checked without being listed here.
 */
@TandemIntegrationTest
class AccessibilityIT {

	private static final int MOST_SCREENS = 30;

	@LocalServerPort
	int port;

	@Autowired
	DemoStaff demo;

	Chromium chromium;
	InBrowser browser;

	@BeforeEach
	void openBrowser() {
		chromium = Chromium.start();
		browser = new InBrowser(chromium, port);
	}

	@AfterEach
	void closeBrowser() {
		chromium.close();
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "signed out", "sofia.ricci", "oleksandr.kovalenko", "elif.kaya", "lukas.nowak", "matthias.gruber",
			"ioana.popescu", "jonas.weber", "ingrid.holm" })
	void everyScreenTheUserReachesHasNoSeriousOrCriticalViolation(String who) {
		if (who.equals("signed out")) {
			browser.open("/sign-in");
		}
		else {
			browser.signIn(demo.member(who));
		}
		var violations = new LinkedHashMap<String, List<String>>();
		var checked = walk(violations, who);
		assertThat(checked).as("screens checked for " + who).hasSizeGreaterThan(2);
		assertThat(violations).as("WCAG 2.1 AA violations on the screens of " + who + " (checked: " + checked + ")").isEmpty();
	}

	private Set<String> walk(Map<String, List<String>> violations, String who) {
		var start = new ArrayList<String>();
		start.add(ScreenWalk.pathOf(browser.driver().getCurrentUrl(), port));
		start.addAll(links("header nav a[href]"));
		return ScreenWalk.walk(start, MOST_SCREENS, path -> {
			browser.open(path);
			if (!"text/html".equals(((JavascriptExecutor) browser.driver()).executeScript("return document.contentType"))) {
				return null; // a download shown raw (the audit checkpoint), not a screen
			}
			var found = Axe.seriousViolations(browser.driver());
			if (!found.isEmpty()) {
				violations.put(path, found);
				chromium.keepEvidence(Path.of("target", "accessibility"), who.replace(' ', '-') + ScreenWalk.kind(path).replace('/', '_'));
			}
			return links(ScreenWalk.LINKS);
		});
	}

	private List<String> links(String selector) {
		return ScreenWalk.links(browser.driver().findElements(By.cssSelector(selector)).stream()
			.map(anchor -> anchor.getDomProperty("href")).toList(), port);
	}
}
