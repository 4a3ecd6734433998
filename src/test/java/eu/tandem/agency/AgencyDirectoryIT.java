package eu.tandem.agency;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import eu.tandem.audit.AuditAction;
import eu.tandem.audit.AuditLog;
import eu.tandem.audit.AuditSubject;
import eu.tandem.identity.AgencyId;
import eu.tandem.identity.Profession;
import eu.tandem.identity.Role;
import eu.tandem.support.Browserless;
import eu.tandem.support.Fixtures;
import eu.tandem.support.Page;
import eu.tandem.support.StaffMember;
import eu.tandem.support.TandemIntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The agency directory and agency profiles over real HTTP: searching by each filter and by several, the
 * rows htmx asks for, who may edit a profile, and what a refused or stale edit leaves behind (nothing).
 * Every test makes its own agencies in a region of its own, so other tests' agencies never show up.
 */
@TandemIntegrationTest
class AgencyDirectoryIT {

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Agencies agencies;

	@Autowired
	AgencySetup agencySetup;

	@Autowired
	AuditLog audit;

	String region;
	Browserless practitioner;

	@BeforeEach
	void signInAsPractitioner() {
		region = "Testshire " + Fixtures.unique();
		practitioner = new Browserless(port);
		practitioner.signIn(fixtures.staff(fixtures.agency(Sector.YOUTH_WORK), Role.PRACTITIONER));
	}

	// --- the directory ------------------------------------------------------------------------------------

	@Test
	void findsAgenciesBySector() {
		var police = agency("Police", Sector.POLICE, "DE", described("Talks with young people."));
		agency("Clinic", Sector.MENTAL_HEALTH_CARE, "DE", described("Treats."));

		var found = search(Map.of("region", region, "sector", "POLICE"));

		assertThat(names(found)).containsExactly(police);
		assertThat(summary(found)).isEqualTo("1 agency");
		assertThat(found.html().selectFirst("#sector option[selected]").text()).isEqualTo("Police");
		assertThat(names(search(Map.of("region", region)))).hasSize(2);
		assertThat(names(search(Map.of("region", region, "sector", "NO_SUCH_SECTOR")))).as("an unknown sector filters nothing")
			.hasSize(2);
	}

	@Test
	void findsAgenciesByCountry() {
		var danish = agency("Aarhus team", Sector.YOUTH_WORK, "DK", described("Youth clubs."));
		agency("Augsburg team", Sector.YOUTH_WORK, "DE", described("Street work."));

		var found = search(Map.of("region", region, "country", "DK"));

		assertThat(names(found)).containsExactly(danish);
		assertThat(found.html().selectFirst("#country option[selected]").text()).isEqualTo("Denmark");
	}

	@Test
	void findsAgenciesByPartOfTheirRegionWhateverTheCase() {
		var upper = agencySetup.create(new AgencyDetails("Upper " + Fixtures.unique(), Sector.SOCIAL_CARE,
				new Country("DK"), "ÅRHUS NORD " + region, null, null, null));
		var lower = agencySetup.create(new AgencyDetails("Lower " + Fixtures.unique(), Sector.SOCIAL_CARE,
				new Country("DK"), "lower valley, " + region.toLowerCase(), null, null, null));

		assertThat(names(search(Map.of("region", region.toUpperCase())))).containsExactlyInAnyOrder(upper.name(), lower.name());
		assertThat(names(search(Map.of("region", "århus nord " + region)))).containsExactly(upper.name());
		assertThat(names(search(Map.of("region", "VALLEY, " + region)))).containsExactly(lower.name());
	}

	@Test
	void findsAgenciesThatBringAProfession() {
		var clinic = agency("Clinic", Sector.MENTAL_HEALTH_CARE, "DE",
				described("Treats.", Profession.PSYCHIATRIST, Profession.PSYCHIATRIC_NURSE));
		agency("Counselling", Sector.NGO_COMMUNITY, "DE", described("Listens.", Profession.COUNSELLOR));
		agency("Undescribed", Sector.NGO_COMMUNITY, "DE", AgencyProfile.empty());

		var found = search(Map.of("region", region, "profession", "PSYCHIATRIC_NURSE"));

		assertThat(names(found)).containsExactly(clinic);
		assertThat(found.html().selectFirst("#agency-rows tr").text()).contains("Psychiatrist, Psychiatric nurse");
	}

	@Test
	void findsWordsInTheNameWhatTheAgencyDoesAndItsResponsibilities() {
		var word = "Kayak" + Fixtures.unique();
		var byName = agency(word + " Club", Sector.YOUTH_WORK, "DE", described("Youth work."));
		var byWork = agency("Harbour", Sector.YOUTH_WORK, "DE", described("Takes young people out in a " + word.toLowerCase()
				+ " on the lake.\nEvery week."));
		var byResponsibilities = agency("Marina", Sector.YOUTH_WORK, "DE", new AgencyProfile(null, "Sports.",
				"Safety on the water: " + word.toUpperCase() + " instructors hold a licence.", List.of(), Set.of(), false));
		agency("Elsewhere", Sector.YOUTH_WORK, "DE", described("Football."));

		assertThat(names(search(Map.of("region", region, "q", word))))
			.containsExactlyInAnyOrder(byName, byWork, byResponsibilities);
		assertThat(names(search(Map.of("region", region, "q", "  " + word + "   instructors "))))
			.as("every word must appear").containsExactly(byResponsibilities);
		assertThat(names(search(Map.of("q", word)))).as("without any other filter").hasSize(3);
	}

	@Test
	void combinesFilters() {
		var wanted = agency("Exit East", Sector.EXIT_PROGRAMME, "DK", described("Mentors people who leave groups.",
				Profession.EXIT_WORKER));
		agency("Exit West", Sector.EXIT_PROGRAMME, "DE", described("Mentors people who leave groups.", Profession.EXIT_WORKER));
		agency("Exit North", Sector.EXIT_PROGRAMME, "DK", described("Mentors people who leave groups.", Profession.COUNSELLOR));
		agency("Police East", Sector.POLICE, "DK", described("Mentors people who leave groups.", Profession.EXIT_WORKER));
		agency("Exit South", Sector.EXIT_PROGRAMME, "DK", described("Advises families.", Profession.EXIT_WORKER));

		var found = search(Map.of("q", "mentors", "sector", "EXIT_PROGRAMME", "country", "DK",
				"region", region.substring(2), "profession", "EXIT_WORKER"));

		assertThat(names(found)).containsExactly(wanted);
		assertThat(summary(found)).isEqualTo("1 agency");
		assertThat(summary(search(Map.of("region", region)))).isEqualTo("5 agencies");
		assertThat(summary(search(Map.of("region", region, "sector", "EDUCATION")))).isEqualTo("0 agencies");
		assertThat(search(Map.of("region", region, "sector", "EDUCATION")).mainText()).contains("No agency matches.");
	}

	@Test
	void wildcardsInWhatPeopleTypeAreTakenLiterally() {
		var percent = agencySetup.create(new AgencyDetails("Percent " + Fixtures.unique(), Sector.POLICE,
				new Country("DE"), "Zone 100% " + region, null, null, null)).name();
		agencySetup.create(new AgencyDetails("Thousand " + Fixtures.unique(), Sector.POLICE, new Country("DE"),
				"Zone 1000 " + region, null, null, null));
		var underscore = agencySetup.create(new AgencyDetails("Underscore " + Fixtures.unique(), Sector.POLICE,
				new Country("DE"), "Zone a_b " + region, null, null, null)).name();
		agencySetup.create(new AgencyDetails("Letter " + Fixtures.unique(), Sector.POLICE, new Country("DE"),
				"Zone axb " + region, null, null, null));
		var backslash = agencySetup.create(new AgencyDetails("Backslash " + Fixtures.unique(), Sector.POLICE,
				new Country("DE"), "Zone c\\d " + region, null, null, null)).name();

		assertThat(names(search(Map.of("region", "100% " + region)))).containsExactly(percent);
		assertThat(names(search(Map.of("region", "a_b " + region)))).containsExactly(underscore);
		assertThat(names(search(Map.of("region", "c\\d " + region)))).containsExactly(backslash);
		assertThat(names(search(Map.of("region", region, "q", "%")))).as("% in a name, not anything").isEmpty();
		assertThat(names(search(Map.of("region", region, "q", "_")))).isEmpty();
		assertThat(names(search(Map.of("region", region)))).hasSize(5);
	}

	@Test
	void htmxGetsOnlyTheRowsAndTheStatusLineWhichItSwapsIntoThePage() {
		var police = agency("Police", Sector.POLICE, "DE", described("Talks."));
		var query = query(Map.of("region", region, "sector", "POLICE"));

		var rows = practitioner.get("/agencies?" + query, Map.of("HX-Request", "true"));

		assertThat(rows.status()).isEqualTo(200);
		assertThat(rows.body()).doesNotContain("<html").doesNotContain("<h1");
		// rows outside a table: read them as they are, not as an HTML parser repairs a page
		var fragment = Jsoup.parse(rows.body(), "", Parser.xmlParser());
		assertThat(fragment.select("tbody#agency-rows td a").eachText()).containsExactly(police);
		var status = fragment.getElementById("agency-summary");
		assertThat(status.attr("hx-swap-oob")).isEqualTo("innerHTML");
		assertThat(status.text()).isEqualTo("1 agency");
		assertThat(rows.headers().allValues("Vary")).anySatisfy(vary -> assertThat(vary).contains("HX-Request"));

		var restored = practitioner.get("/agencies?" + query, Map.of("HX-Request", "true", "HX-History-Restore-Request", "true"));
		assertThat(restored.heading()).as("a history restore gets the whole page").isEqualTo("Agencies");
		assertThat(names(restored)).containsExactly(police);
	}

	@Test
	void theFilterFormWorksWithoutScriptAndAsksHtmxForTheRows() {
		var page = practitioner.get("/agencies");

		var form = page.html().selectFirst("form#agency-filter");
		assertThat(form.attr("method")).isEqualTo("get");
		assertThat(form.attr("action")).isEqualTo("/agencies");
		assertThat(form.select("[name]").eachAttr("name")).containsExactly("q", "sector", "country", "region", "profession");
		assertThat(form.attr("hx-get")).isEqualTo("/agencies");
		assertThat(form.attr("hx-target")).isEqualTo("#agency-rows");
		assertThat(form.attr("hx-push-url")).isEqualTo("true");
		assertThat(page.html().getElementById("agency-summary").attr("role")).isEqualTo("status");
		assertThat(form.select("#country option").eachText()).contains("Any country", "Denmark", "Germany");
		for (var field : List.of("q", "sector", "country", "region", "profession")) {
			assertThat(page.html().select("label[for=" + field + "]")).as("label of " + field).hasSize(1);
		}
	}

	// --- an agency's page ---------------------------------------------------------------------------------

	@Test
	void theAgencyPageShowsTheWholeProfileToEveryoneSignedIn() {
		var id = agencyId("Lake Clinic", Sector.MENTAL_HEALTH_CARE, "DE", new AgencyProfile("District of Lakeside",
				"Treats people.\nAdvises colleagues.", "Keeps clinical notes to itself.",
				List.of(new ContactPoint("Outpatient clinic", "clinic@lake.example", "+49 821 555 0210", "Mon–Fri 8–17"),
						new ContactPoint("Duty psychiatrist", null, "+49 821 555 0211", null)),
				Set.of(Profession.PSYCHIATRIST, Profession.PSYCHIATRIC_NURSE), true));

		var page = practitioner.get("/agencies/" + id);

		assertThat(page.html().getElementById("jurisdiction").text()).isEqualTo("District of Lakeside");
		assertThat(page.html().getElementById("prevention-work").wholeText()).isEqualTo("Treats people.\nAdvises colleagues.");
		assertThat(page.html().getElementById("responsibilities").text()).isEqualTo("Keeps clinical notes to itself.");
		var points = page.html().select("#contact-points > li");
		assertThat(points).hasSize(2);
		assertThat(points.get(0).text()).contains("Outpatient clinic", "clinic@lake.example", "+49 821 555 0210", "Mon–Fri 8–17");
		assertThat(points.get(0).selectFirst("a[href^=mailto:]").attr("href")).isEqualTo("mailto:clinic@lake.example");
		assertThat(points.get(1).selectFirst("a[href^=tel:]").attr("href")).isEqualTo("tel:+498215550211");
		assertThat(page.html().select("#professions li").eachText()).containsExactly("Psychiatrist", "Psychiatric nurse");
		assertThat(page.html().getElementById("staff-names").text()).contains("publishes the names of its staff");
		assertThat(page.html().select("a[href$=/profile]")).as("a practitioner reads only").isEmpty();
	}

	@Test
	void anUndescribedAgencySaysSo() {
		var id = agencyId("Quiet Office", Sector.LOCAL_AUTHORITY, "DK", AgencyProfile.empty());

		var page = practitioner.get("/agencies/" + id);

		assertThat(page.mainText()).contains("This agency has not described its prevention work yet.", "No contact points given yet.",
				"None listed yet.", "does not publish the names of its staff");
	}

	// --- editing a profile --------------------------------------------------------------------------------

	@Test
	void anAgencyAdministratorEditsTheirOwnAgencysProfile() {
		var id = agencyId("Own Agency", Sector.SOCIAL_CARE, "DE", AgencyProfile.empty());
		var admin = fixtures.staff(id, Role.AGENCY_ADMINISTRATOR);
		var browser = signedIn(admin);
		var page = browser.get("/agencies/" + id);
		assertThat(page.html().select("a[href=/agencies/" + id + "/profile]").text()).isEqualTo("Edit profile");

		var saved = saveProfile(browser, id, Map.ofEntries(Map.entry("jurisdiction", "City of Augsburg"),
				Map.entry("preventionWork", "Visits families.\r\nWorks with schools."),
				Map.entry("responsibilities", "Child welfare."),
				Map.entry("contactPoints[0].label", "Prevention desk"), Map.entry("contactPoints[0].email", "desk@own.example"),
				Map.entry("contactPoints[0].openingHours", "Mon–Thu 8–16"),
				Map.entry("contactPoints[1].label", "Duty phone"), Map.entry("contactPoints[1].phone", "+49 821 555 0300"),
				Map.entry("professions[0]", "SOCIAL_WORKER"), Map.entry("professions[1]", "PSYCHOLOGIST"),
				Map.entry("publishesStaffNames", "true")));

		assertThat(saved.path()).isEqualTo("/agencies/" + id);
		assertThat(saved.mainText()).contains("The profile of " + agencies.nameOf(id) + " is saved.");
		assertThat(agencies.profileOf(id)).contains(new AgencyProfile("City of Augsburg",
				"Visits families.\nWorks with schools.", "Child welfare.",
				List.of(new ContactPoint("Prevention desk", "desk@own.example", null, "Mon–Thu 8–16"),
						new ContactPoint("Duty phone", null, "+49 821 555 0300", null)),
				Set.of(Profession.SOCIAL_WORKER, Profession.PSYCHOLOGIST), true));
		assertThat(audit.about(AuditSubject.of("agency", id), 5)).anySatisfy(recorded -> {
			assertThat(recorded.event().action()).isEqualTo(AuditAction.of("agency.profile-updated"));
			assertThat(recorded.event().actor().userId()).isEqualTo(admin.id().value());
		});

		var form = browser.get("/agencies/" + id + "/profile");
		assertThat(form.inputValue("contactPoints[0].label")).isEqualTo("Prevention desk");
		assertThat(form.inputValue("contactPoints[1].phone")).isEqualTo("+49 821 555 0300");
		assertThat(form.inputValue("contactPoints[2].label")).as("a spare row to add one").isEmpty();
		assertThat(form.html().select("input[name=professions][checked]").eachAttr("value"))
			.containsExactly("PSYCHOLOGIST", "SOCIAL_WORKER");
	}

	@Test
	void emptyingAContactPointsRowRemovesIt() {
		var id = agencyId("Tidy Agency", Sector.SOCIAL_CARE, "DE", new AgencyProfile(null, null, null,
				List.of(new ContactPoint("Old desk", "old@tidy.example", null, null),
						new ContactPoint("New desk", "new@tidy.example", null, null)),
				Set.of(Profession.SOCIAL_WORKER), false));
		var browser = signedIn(fixtures.staff(id, Role.AGENCY_ADMINISTRATOR));

		saveProfile(browser, id, Map.of("contactPoints[0].label", "", "contactPoints[0].email", "",
				"contactPoints[1].label", "New desk", "contactPoints[1].email", "new@tidy.example"));

		var profile = agencies.profileOf(id).orElseThrow();
		assertThat(profile.contactPoints()).containsExactly(new ContactPoint("New desk", "new@tidy.example", null, null));
		assertThat(profile.professions()).as("no box ticked: no professions").isEmpty();
	}

	@Test
	void aSystemAdministratorEditsAnyAgencysProfile() {
		var id = agencyId("Any Agency", Sector.EDUCATION, "DK", AgencyProfile.empty());
		var browser = signedIn(fixtures.staff(fixtures.agency(Sector.LOCAL_AUTHORITY), Role.SYSTEM_ADMINISTRATOR));

		saveProfile(browser, id, Map.of("jurisdiction", "Aarhus Municipality"));

		assertThat(agencies.profileOf(id).orElseThrow().jurisdiction()).isEqualTo("Aarhus Municipality");
	}

	@Test
	void anAdministratorOfAnotherAgencyFindsNoProfileEditPage() {
		var id = agencyId("Their Agency", Sector.POLICE, "DE", described("Original."));
		var before = agencies.profileOf(id).orElseThrow();
		var stranger = signedIn(fixtures.staff(fixtures.agency(Sector.POLICE), Role.AGENCY_ADMINISTRATOR));

		assertThat(stranger.get("/agencies/" + id).html().select("a[href$=/profile]")).isEmpty();
		var page = stranger.get("/agencies/" + id + "/profile");
		assertThat(page.status()).isEqualTo(404);
		assertThat(page.heading()).isEqualTo("Page not found");
		var posted = stranger.post("/agencies/" + id + "/profile", Map.of("_csrf", csrf(stranger),
				"jurisdiction", "Taken over", "version", "1"));
		assertThat(posted.status()).isEqualTo(404);
		assertThat(agencies.profileOf(id)).contains(before);
	}

	@Test
	void aPractitionerIsRefusedTheProfileEditPage() {
		var id = agencyId("My Agency", Sector.POLICE, "DE", described("Original."));
		var before = agencies.profileOf(id).orElseThrow();
		var colleague = signedIn(fixtures.staff(id, Role.PRACTITIONER));

		assertThat(colleague.get("/agencies/" + id + "/profile").status()).isEqualTo(403);
		var posted = colleague.post("/agencies/" + id + "/profile", Map.of("_csrf", csrf(colleague),
				"jurisdiction", "Changed by a practitioner", "version", "1"));
		assertThat(posted.status()).isEqualTo(403);
		assertThat(posted.heading()).isEqualTo("This page is not part of your role");
		assertThat(agencies.profileOf(id)).contains(before);
	}

	@Test
	void aStaleProfileEditIsRefusedAndOverwritesNothing() {
		var id = agencyId("Busy Agency", Sector.YOUTH_WORK, "DE", described("Original.", Profession.YOUTH_WORKER));
		var first = signedIn(fixtures.staff(id, Role.AGENCY_ADMINISTRATOR));
		var second = signedIn(fixtures.staff(id, Role.AGENCY_ADMINISTRATOR));
		var loadedBySecond = second.get("/agencies/" + id + "/profile");

		saveProfile(first, id, Map.of("preventionWork", "First's words.", "contactPoints[0].label", "First's desk",
				"contactPoints[0].email", "first@busy.example", "professions[0]", "SOCIAL_WORKER"));
		var afterFirst = agencies.profileOf(id).orElseThrow();

		var stale = post(second, loadedBySecond, Map.of("preventionWork", "Second's words.",
				"contactPoints[0].label", "Second's desk", "contactPoints[0].email", "second@busy.example",
				"professions[0]", "COUNSELLOR"));

		assertThat(stale.path()).isEqualTo("/agencies/" + id + "/profile");
		assertThat(stale.mainText()).contains("Someone else changed this agency's profile while you were editing it. "
				+ "Nothing was saved");
		assertThat(stale.html().getElementById("preventionWork").val()).as("the form shows their version")
			.isEqualTo("First's words.");
		assertThat(agencies.profileOf(id)).contains(afterFirst);
	}

	@Test
	void badInputIsRefusedNextToItsFieldAndNothingIsSaved() {
		var id = agencyId("Careful Agency", Sector.EDUCATION, "DE", new AgencyProfile("Königsbrunn", "Teaches.", "Safeguards.",
				List.of(new ContactPoint("Safeguarding lead", "lead@careful.example", null, null)),
				Set.of(Profession.TEACHER), false));
		var before = agencies.profileOf(id).orElseThrow();
		var browser = signedIn(fixtures.staff(id, Role.AGENCY_ADMINISTRATOR));
		var cases = new LinkedHashMap<Map<String, String>, Map.Entry<String, String>>();
		cases.put(Map.of("preventionWork", "w".repeat(2001)), Map.entry("preventionWork", "at most 2,000 characters"));
		// C0 controls (a bell, a NUL) never reach the form: the request is refused as unreadable (BadBytesIT)
		cases.put(Map.of("responsibilities", "Next\u0085line"), Map.entry("responsibilities", "control characters"));
		cases.put(Map.of("preventionWork", "We help\u202Equietly"), Map.entry("preventionWork", "control characters"));
		cases.put(Map.of("jurisdiction", "Augsburg\nand more"), Map.entry("jurisdiction", "control characters"));
		cases.put(Map.of("contactPoints[0].label", "Desk", "contactPoints[0].email", "not-an-address"),
				Map.entry("contactPoints[0].email", "Contact point 1: Enter an e-mail address like prevention@agency.example."));
		cases.put(Map.of("contactPoints[0].label", "Desk", "contactPoints[0].phone", "call us"),
				Map.entry("contactPoints[0].phone", "Contact point 1: Enter a phone number"));
		cases.put(Map.of("contactPoints[0].label", "Desk"),
				Map.entry("contactPoints[0].email", "Contact point 1: Give an e-mail address or a phone number"));
		cases.put(Map.of("contactPoints[0].email", "desk@careful.example"),
				Map.entry("contactPoints[0].label", "Contact point 1: Enter “Name”."));
		cases.put(elevenContactPoints(), Map.entry("contactPoints", "An agency lists at most 10 contact points; there are 11."));
		cases.put(Map.of("professions[0]", "WIZARD"), Map.entry("professions", "Choose professions from the list."));

		cases.forEach((input, expected) -> {
			// each refused form also carries valid changes to every other part of the profile: none may be saved
			var values = new HashMap<String, String>(Map.of("jurisdiction", "Somewhere else", "preventionWork", "Changed.",
					"responsibilities", "Changed.", "contactPoints[1].label", "Second desk",
					"contactPoints[1].email", "second@careful.example", "professions[1]", "PSYCHOLOGIST",
					"publishesStaffNames", "true"));
			values.putAll(input);
			var refused = saveProfile(browser, id, values);

			assertThat(refused.status()).as(input.toString()).isEqualTo(200);
			assertThat(refused.fieldError(expected.getKey())).as(input.toString()).contains(expected.getValue());
			assertThat(refused.html().select(".error-summary a[href=#" + expected.getKey() + "]")).as(input.toString())
				.isNotEmpty();
			assertThat(agencies.profileOf(id)).as(input.toString()).contains(before);
		});
		var refused = saveProfile(browser, id, Map.of("contactPoints[0].label", "Desk", "contactPoints[0].email", "not-an-address"));
		assertThat(refused.inputValue("contactPoints[0].email")).as("what was typed stays").isEqualTo("not-an-address");
		assertThat(refused.html().getElementById("contactPoints[0].email").attr("aria-invalid")).isEqualTo("true");
	}

	@Test
	void contactPointRowsBeyondAnyTheFormOffersAreRefusedAsAMalformedRequest() {
		var id = agencyId("Guarded Agency", Sector.EDUCATION, "DE", described("Teaches."));
		var before = agencies.profileOf(id).orElseThrow();
		var browser = signedIn(fixtures.staff(id, Role.AGENCY_ADMINISTRATOR));

		var refused = saveProfile(browser, id, Map.of("jurisdiction", "Changed", "contactPoints[500].label", "Far away",
				"contactPoints[500].email", "far@away.example"));

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.mainText()).contains("Nothing was saved by this request.");
		assertThat(agencies.profileOf(id)).contains(before);
	}

	// --- helpers ------------------------------------------------------------------------------------------

	/** Makes an agency in this test's region and returns its (unique) name. */
	private String agency(String name, Sector sector, String country, AgencyProfile profile) {
		return agencies.nameOf(agencyId(name, sector, country, profile));
	}

	private AgencyId agencyId(String name, Sector sector, String country, AgencyProfile profile) {
		var agency = agencySetup.create(new AgencyDetails(name + " " + Fixtures.unique(), sector, new Country(country),
				region, null, null, null));
		agencySetup.describe(agency.id(), profile);
		return agency.id();
	}

	private static AgencyProfile described(String work, Profession... professions) {
		return new AgencyProfile(null, work, null, List.of(), Set.of(professions), false);
	}

	private Page search(Map<String, String> filters) {
		var page = practitioner.get("/agencies?" + query(filters));
		assertThat(page.status()).isEqualTo(200);
		return page;
	}

	private static String query(Map<String, String> filters) {
		return filters.entrySet().stream()
			.map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

	private static List<String> names(Page page) {
		return page.html().select("#agency-rows td:first-child a").eachText();
	}

	private static String summary(Page page) {
		return page.html().getElementById("agency-summary").text();
	}

	private Browserless signedIn(StaffMember member) {
		var browser = new Browserless(port);
		browser.signIn(member);
		return browser;
	}

	private static String csrf(Browserless browser) {
		return browser.get("/").html().selectFirst("input[name=_csrf]").val();
	}

	private static Page saveProfile(Browserless browser, AgencyId id, Map<String, String> values) {
		return post(browser, browser.get("/agencies/" + id + "/profile"), values);
	}

	/**
	 * Posts the profile form as a browser would with these values typed and ticked. A browser sends each
	 * ticked box as another {@code professions} value; this user agent sends one value per name, so ticked
	 * professions go by index, and the hidden marker that stands for "no box ticked" is left out when any is.
	 */
	private static Page post(Browserless browser, Page form, Map<String, String> values) {
		var element = form.html().selectFirst("form.form");
		assertThat(element).as("the profile form on " + form.path() + ": " + form.mainText()).isNotNull();
		var fields = new LinkedHashMap<String, String>();
		for (Element hidden : element.select("input[type=hidden]")) {
			fields.put(hidden.attr("name"), hidden.val());
		}
		if (values.keySet().stream().anyMatch(name -> name.startsWith("professions["))) {
			fields.remove("_professions");
		}
		fields.putAll(values);
		return browser.post(element.attr("action"), fields);
	}

	private static Map<String, String> elevenContactPoints() {
		var values = new HashMap<String, String>();
		for (var i = 0; i < 11; i++) {
			values.put("contactPoints[" + i + "].label", "Desk " + i);
			values.put("contactPoints[" + i + "].email", "desk" + i + "@careful.example");
		}
		return values;
	}
}
