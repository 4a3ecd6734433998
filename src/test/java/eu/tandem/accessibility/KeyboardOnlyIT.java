package eu.tandem.accessibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import eu.tandem.support.Chromium;
import eu.tandem.support.DemoStaff;
import eu.tandem.support.Fixtures;
import eu.tandem.support.InBrowser;
import eu.tandem.support.Keyboard;
import eu.tandem.support.TandemIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A teacher refers a concern and the hub's coordinator decides it with the keyboard alone: Tab to move, typing,
 * arrow keys to choose, Space to tick, Enter to follow a link or send a form. Nothing is clicked.
 */
@TandemIntegrationTest
class KeyboardOnlyIT {

	@LocalServerPort
	int port;

	@Autowired
	DemoStaff demo;

	@Autowired
	JdbcClient jdbc;

	Chromium chromium;
	InBrowser browser;
	Keyboard keyboard;

	@BeforeEach
	void openBrowser() {
		chromium = Chromium.start();
		browser = new InBrowser(chromium, port);
		keyboard = new Keyboard(chromium.driver());
	}

	@AfterEach
	void closeBrowser() {
		chromium.close();
	}

	@Test
	void aReferralAndItsTriageDecisionAreMadeWithTheKeyboardAlone() {
		var surname = "Osei-Brandt" + Fixtures.uniqueLetters();
		browser.signIn(demo.member("sofia.ricci"));
		keyboard.tabTo("the menu's Refer a concern", link -> "/referrals/new".equals(link.getDomAttribute("href")));
		keyboard.press(Keys.ENTER);
		browser.waitForPath("/referrals/new");

		keyboard.tabToField("givenNames");
		keyboard.type("Malik");
		keyboard.tabToField("surname");
		keyboard.type(surname);
		keyboard.tabToField("birthDay");
		keyboard.type("14");
		keyboard.tabToField("birthMonth");
		keyboard.type("3");
		keyboard.tabToField("birthYear");
		keyboard.type("2010");
		keyboard.tabToField("concern");
		keyboard.type("He has stopped talking to classmates and shares videos of a preacher who mocks them.");
		keyboard.tabToField("type");
		keyboard.arrowTo("MIXED_OR_UNCLEAR");
		keyboard.tabTo("the social isolation box", box -> "SOCIAL_ISOLATION".equals(box.getDomAttribute("value")));
		keyboard.press(Keys.SPACE);
		keyboard.tabToField("personAware");
		keyboard.arrowTo("NO");
		keyboard.tabToField("consent");
		keyboard.arrowTo("NOT_ASKED");
		keyboard.tabToField("urgency");
		keyboard.arrowTo("SOON");
		keyboard.tabTo("the send button", button -> "submit".equals(button.getDomAttribute("type"))
				&& button.findElements(By.xpath("ancestor::form[@action='/referrals']")).size() == 1);
		keyboard.press(Keys.ENTER);
		browser.waitForPath("/referrals");
		var referral = jdbc.sql("""
				select id from referral.referral
				 where referrer_id = (select id from identity.account where username = 'sofia.ricci')
				 order by received_at desc limit 1""").query(UUID.class).single();
		assertThat(jdbc.sql("select array_to_string(vulnerabilities, ',') from referral.referral where id = :id").param("id", referral)
			.query(String.class).single()).isEqualTo("SOCIAL_ISOLATION");
		browser.signOut();

		browser.signIn(demo.member("elif.kaya"));
		keyboard.tabTo("the menu's Triage", link -> "/triage".equals(link.getDomAttribute("href")));
		keyboard.press(Keys.ENTER);
		browser.waitForPath("/triage");
		keyboard.tabTo("the new referral", link -> ("/triage/" + referral).equals(link.getDomAttribute("href")));
		keyboard.press(Keys.ENTER);
		browser.waitForPath("/triage/" + referral);
		keyboard.tabTo("the first decision", radio -> "decision".equals(radio.getDomAttribute("name")));
		keyboard.arrowTo("NO_FURTHER_ACTION");
		keyboard.tabToField("rationale");
		keyboard.type("The school's pastoral team follows this up; nothing points to radicalisation.");
		keyboard.tabTo("the record button", button -> "submit".equals(button.getDomAttribute("type"))
				&& button.findElements(By.xpath("ancestor::form[contains(@action, '/decision')]")).size() == 1);
		browser.waitForNewPageAfter(() -> keyboard.press(Keys.ENTER));

		assertThat(browser.find("[role=status]").getText()).startsWith("Decided: No further action.");
		assertThat(jdbc.sql("select decision from referral.triage where referral_id = :id").param("id", referral)
			.query(String.class).single()).isEqualTo("NO_FURTHER_ACTION");
	}
}
