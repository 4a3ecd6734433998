package eu.tandem.hub;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import eu.tandem.agency.Country;
import eu.tandem.agency.Sector;
import eu.tandem.hub.AgreementTerms.FlowTerm;
import eu.tandem.identity.AgencyId;
import eu.tandem.identity.Role;
import eu.tandem.support.Browserless;
import eu.tandem.support.Fixtures;
import eu.tandem.support.Page;
import eu.tandem.support.StaffMember;
import eu.tandem.support.TandemIntegrationTest;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The network picture over real HTTP, of a hub built through the facades. */
@TandemIntegrationTest
class NetworkPictureIT {

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Hubs hubs;

	@Autowired
	Agreements agreements;

	final LocalDate today = LocalDate.now();

	HubId hub;
	String hubName;
	String clinicName;
	AgencyId clinic;
	AgencyId police;
	StaffMember coordinator;
	StaffMember practitioner;

	@BeforeEach
	void hubWithAClinicAndThePolice() {
		clinicName = "St. Mary & O'Brien's \"Open Door\" Clinic " + Fixtures.unique();
		clinic = fixtures.agency(Sector.MENTAL_HEALTH_CARE, clinicName);
		police = fixtures.agency(Sector.POLICE, "Police " + Fixtures.unique());
		var sysadmin = fixtures.staff(clinic, Role.SYSTEM_ADMINISTRATOR).asCurrentUser();
		hubName = "Hub " + Fixtures.unique();
		hub = hubs.create(new HubDetails(hubName, HubLevel.LOCAL, new Country("NL"), "Utrecht", null, "monthly", "yearly",
				"Desk", "hub@example.org", null, null, null, null), sysadmin).id();
		hubs.addAgency(hub, clinic, "treats and advises", sysadmin);
		hubs.addAgency(hub, police, "assesses risk", sysadmin);
		coordinator = fixtures.staff(police, Role.HUB_COORDINATOR);
		hubs.appoint(hub, coordinator.id(), HubRole.COORDINATOR, sysadmin);
		practitioner = fixtures.staff(police);
	}

	void signedAgreementLettingHealthFlowFromTheClinicToThePolice() {
		var terms = new AgreementTerms("Covenant", today.minusDays(1), today.plusYears(1), today.plusYears(1),
				"24 months after closure", Set.of(clinic, police),
				List.of(new PurposeBasis(SharingPurpose.JOINT_ASSESSMENT, Art6Basis.PUBLIC_TASK,
						Art9Condition.HEALTH_OR_SOCIAL_CARE, "Police Act s. 12", "Covenant art. 4")),
				List.of(new FlowTerm(DataCategory.HEALTH, Sector.MENTAL_HEALTH_CARE, Sector.POLICE,
						SharingPurpose.JOINT_ASSESSMENT)));
		var version = agreements.draft(hub, terms, coordinator.asCurrentUser());
		agreements.sign(version.agreement(), 1, clinic, "Dr. A. Haddad", today,
				fixtures.staff(clinic, Role.AGENCY_ADMINISTRATOR).asCurrentUser());
		agreements.sign(version.agreement(), 1, police, "J. Weber", today,
				fixtures.staff(police, Role.AGENCY_ADMINISTRATOR).asCurrentUser());
	}

	Page openPicture(String id) {
		var browser = new Browserless(port);
		browser.signIn(practitioner);
		return browser.get("/network/hubs/" + id + "/picture");
	}

	@Test
	void practitionerSeesWhoMayShareWhatWithWhom() {
		signedAgreementLettingHealthFlowFromTheClinicToThePolice();

		var page = openPicture(hub.toString());

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.heading()).isEqualTo("Network picture of " + hubName);
		var svg = page.html().selectFirst("main svg.network-svg");
		assertThat(svg).isNotNull();
		assertThat(svg.attr("role")).isEqualTo("img");
		assertThat(svg.attr("aria-label")).contains(hubName).contains("2 member agencies in 2 sectors")
			.contains("One agreement is in force today; it covers one sector-to-sector flow.");
		assertThat(svg.attr("viewBox")).matches("-?[0-9.]+ -?[0-9.]+ [0-9.]+ [0-9.]+");
		assertThat(svg.select("g.network-svg__agency circle")).hasSize(2);
		assertThat(svg.select("text.network-svg__sector-name"))
			.extracting(name -> String.join(" ", name.select("tspan").eachText()))
			.as("each sector's name, its lines joined").containsExactlyInAnyOrder("Police", "Mental health care");
		assertThat(svg.select("g.network-svg__flows path[marker-end]")).hasSize(1);
		assertThat(svg.select("text.network-svg__categories").eachText()).containsExactly("health");
		assertThat(String.join(" ", svg.select("text.network-svg__agency-name tspan").eachText())).contains(clinicName);
		assertThat(page.body()).contains("St. Mary &amp; O&#39;Brien&#39;s &quot;Open Door&quot;")
			.as("the name's first line in the picture, escaped").contains(">St. Mary &amp; O&#39;Brien&#39;s</tspan>");
		assertThat(page.html().select("main svg script, main [style]")).isEmpty();

		assertThat(cell(page, "Mental health care", "Police")).isEqualTo("Health (clause 1)");
		assertThat(cell(page, "Police", "Mental health care")).contains("not covered");
		assertThat(page.mainText()).contains("“Covenant”, version 1")
			.contains("Clause 1: health data from mental health care to police, for joint assessment of a referral.")
			.contains(clinicName);
		assertThat(page.html().select("main a[href=/network/hubs/" + hub + "]")).isNotEmpty();
	}

	@Test
	void pictureSaysSoWhenNoAgreementIsInForce() {
		var page = openPicture(hub.toString());

		assertThat(page.status()).isEqualTo(200);
		var link = page.html().selectFirst("main .network-summary a");
		assertThat(link).isNotNull();
		assertThat(link.text()).isEqualTo("No agreement is in force today, so no data may flow; see the hub's agreements.");
		assertThat(link.attr("href")).isEqualTo("/network/hubs/" + hub + "#agreements-title");
		assertThat(page.html().select("main table")).isEmpty();
		assertThat(page.html().selectFirst("main svg.network-svg").attr("aria-label"))
			.endsWith("No agreement is in force today, so no data may flow.");
	}

	@Test
	void unknownOrMalformedHubIsNotFound() {
		for (var id : List.of(HubId.random().toString(), "not-a-hub")) {
			var page = openPicture(id);

			assertThat(page.status()).as(id).isEqualTo(404);
			assertThat(page.heading()).isEqualTo("Page not found");
		}
	}

	@Test
	void anonymousVisitorIsSentToSignIn() {
		var page = new Browserless(port).get("/network/hubs/" + hub + "/picture");

		assertThat(page.path()).startsWith("/sign-in");
		assertThat(page.body()).doesNotContain(hubName);
	}

	/** The text of the coverage table's cell in the row of one sector and the column of another. */
	private static String cell(Page page, String fromSector, String toSector) {
		var table = page.html().selectFirst("main table");
		assertThat(table).isNotNull();
		var columns = table.select("thead th[scope=col]").eachText();
		var column = columns.indexOf("to " + toSector);
		assertThat(column).as("column for %s in %s", toSector, columns).isNotNegative();
		Element row = table.select("tbody tr").stream()
			.filter(tr -> tr.selectFirst("th[scope=row]").text().equals("from " + fromSector))
			.findFirst().orElseThrow(() -> new AssertionError("No row for " + fromSector));
		return row.select("td").get(column).text();
	}
}
