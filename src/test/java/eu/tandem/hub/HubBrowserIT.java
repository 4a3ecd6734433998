package eu.tandem.hub;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import eu.tandem.agency.Country;
import eu.tandem.agency.Sector;
import eu.tandem.hub.AgreementTerms.FlowTerm;
import eu.tandem.identity.AgencyId;
import eu.tandem.identity.Role;
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
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** A coordinator's hub in a real browser: the sharing check, publishing, and the public page signed out. */
@TandemIntegrationTest
class HubBrowserIT {

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Hubs hubs;

	@Autowired
	Agreements agreements;

	Chromium chromium;
	InBrowser browser;

	@RegisterExtension
	AfterTestExecutionCallback keepWhatTheBrowserShowed = context -> context.getExecutionException()
		.filter(failure -> chromium != null)
		.ifPresent(failure -> chromium.keepEvidence(Path.of("target", "browser-failures"),
				context.getRequiredTestMethod().getName()));

	AgencyId clinic;
	AgencyId police;
	StaffMember coordinator;
	Hub hub;

	@BeforeEach
	void hubWithASignedAgreement() {
		chromium = Chromium.start();
		browser = new InBrowser(chromium, port);
		clinic = fixtures.agency(Sector.MENTAL_HEALTH_CARE, "Clinic " + Fixtures.unique());
		police = fixtures.agency(Sector.POLICE, "Police " + Fixtures.unique());
		var sysadmin = fixtures.staff(clinic, Role.SYSTEM_ADMINISTRATOR).asCurrentUser();
		hub = hubs.create(new HubDetails("Hub " + Fixtures.unique(), HubLevel.LOCAL, new Country("NL"), "Utrecht", null,
				"monthly", "yearly", "Prevention desk", "desk@hub.example", "+31 30 555 0100", "weekdays",
				"We call you back within two days.", null), sysadmin);
		hubs.addAgency(hub.id(), clinic, "treats and advises", sysadmin);
		hubs.addAgency(hub.id(), police, "assesses risk", sysadmin);
		coordinator = fixtures.staff(police, Role.HUB_COORDINATOR);
		hubs.appoint(hub.id(), coordinator.id(), HubRole.COORDINATOR, sysadmin);
		var today = LocalDate.now();
		var version = agreements.draft(hub.id(), new AgreementTerms("Utrecht covenant", today.minusDays(1), null,
				today.plusYears(1), "2 years", Set.of(clinic, police), List.of(new PurposeBasis(SharingPurpose.JOINT_ASSESSMENT,
						Art6Basis.PUBLIC_TASK, null, "Police Act s. 12", "Covenant art. 4")),
				List.of(new FlowTerm(DataCategory.SECURITY, Sector.POLICE, Sector.MENTAL_HEALTH_CARE, SharingPurpose.JOINT_ASSESSMENT))),
				coordinator.asCurrentUser());
		for (var party : List.of(clinic, police)) {
			agreements.sign(version.agreement(), 1, party, "Director", today,
					fixtures.staff(party, Role.AGENCY_ADMINISTRATOR).asCurrentUser());
		}
	}

	@AfterEach
	void closeBrowser() {
		if (chromium != null) {
			chromium.close();
		}
	}

	@Test
	void theSharingCheckRefusesAnUncoveredFlowWithItsReason() {
		browser.signIn(coordinator);
		browser.open("/network/hubs/" + hub.id());
		browser.driver().findElement(By.linkText("Sharing check")).click();
		browser.waitForPath("/network/hubs/" + hub.id() + "/sharing-check");

		new Select(browser.field("category")).selectByVisibleText("Health");
		new Select(browser.field("from")).selectByValue(clinic.toString());
		new Select(browser.field("to")).selectByValue(police.toString());
		new Select(browser.field("purpose")).selectByVisibleText(SharingPurpose.JOINT_ASSESSMENT.label());
		browser.submitAndWait("main form");

		var answer = browser.find("#answer").getText();
		assertThat(answer).startsWith("No: Health data from mental health care to police is not covered by “Utrecht covenant” (version 1)");
		assertThat(browser.find("#answer").getDomAttribute("class")).contains("answer--no");

		new Select(browser.field("category")).selectByVisibleText("Security");
		new Select(browser.field("from")).selectByValue(police.toString());
		new Select(browser.field("to")).selectByValue(clinic.toString());
		browser.submitAndWait("main form");
		assertThat(browser.find("#answer").getText()).startsWith("Yes: clause 1 of “Utrecht covenant”, version 1");
	}

	@Test
	void aCoordinatorPublishesThePublicPageWhichAnyoneReadsSignedOut() {
		browser.signIn(coordinator);
		browser.open("/network/hubs/" + hub.id());
		browser.submit("form[action$='/publish']");
		browser.waitForPath("/network/hubs/" + hub.id());
		assertThat(browser.mainText()).contains("is published");
		browser.signOut();

		browser.open("/hubs");
		browser.driver().findElement(By.linkText(hub.name())).click();
		browser.waitForPath("/hubs/" + hub.id());

		assertThat(browser.heading()).isEqualTo(hub.name());
		assertThat(browser.mainText()).contains("desk@hub.example").contains("We call you back within two days.")
			.contains("treats and advises").contains("assesses risk");
		assertThat(browser.driver().findElements(By.cssSelector("form[action='/sign-out']"))).as("signed out").isEmpty();
	}

	@Test
	void theNetworkPictureShowsTheHubAndItsCoverage() {
		browser.signIn(coordinator);
		browser.open("/network/hubs/" + hub.id());
		browser.driver().findElement(By.linkText("Network picture")).click();
		browser.waitForPath("/network/hubs/" + hub.id() + "/picture");

		var picture = browser.find("svg[role=img]");
		assertThat(picture.isDisplayed()).isTrue();
		assertThat(picture.getSize().getWidth()).as("drawn at a readable size").isGreaterThan(300);
		assertThat(picture.getDomAttribute("viewBox")).matches("-?[0-9.]+ -?[0-9.]+ [0-9.]+ [0-9.]+");
		assertThat(picture.getDomAttribute("aria-label")).startsWith("Network picture of " + hub.name())
			.contains("2 member agencies in 2 sectors");
		assertThat(picture.findElements(By.cssSelector("g.network-svg__agency circle"))).hasSize(2)
			.allSatisfy(node -> assertThat(node.isDisplayed()).isTrue());
		assertThat(picture.findElements(By.cssSelector("text.network-svg__sector-name")))
			.extracting(name -> String.join(" ", name.findElements(By.tagName("tspan")).stream().map(WebElement::getText)
				.toList()))
			.as("each sector's name, its lines joined").containsExactlyInAnyOrder("Police", "Mental health care");
		assertThat(browser.find("svg[role=img] text.network-svg__categories").getText()).isEqualTo("security");
		assertThat(browser.mainText()).contains("Police").contains("Mental health care");
	}
}
