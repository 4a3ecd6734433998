package eu.tandem.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import eu.tandem.agency.Agencies;
import eu.tandem.agency.Country;
import eu.tandem.agency.Sector;
import eu.tandem.audit.AuditAction;
import eu.tandem.audit.AuditLog;
import eu.tandem.audit.AuditSubject;
import eu.tandem.hub.AgreementTerms.FlowTerm;
import eu.tandem.identity.AgencyId;
import eu.tandem.identity.CurrentUser;
import eu.tandem.identity.Role;
import eu.tandem.support.Browserless;
import eu.tandem.support.Fixtures;
import eu.tandem.support.Page;
import eu.tandem.support.StaffMember;
import eu.tandem.support.TandemIntegrationTest;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What a hub's coordinator changes on its page over real HTTP, beyond setting it up (HubScreensIT): taking the public
 * page down, removing a member agency, dismissing someone, and making a new version of an agreement. Each is done by
 * a coordinator and traced to them; a signed-in colleague who does not run the hub may look but is refused (403: the
 * hub is no secret to them); a record the hub does not have is not found; and a change that would leave a published
 * hub with nobody to answer for it is refused with what to do instead.
 * <p>
 * The coordinator and the colleague sign in once for the class (each code works once); every test builds a hub of
 * its own and appoints the coordinator to it.
 */
@TandemIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HubStewardshipIT {

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Hubs hubs;

	@Autowired
	Agreements agreements;

	@Autowired
	HubSetup hubSetup;

	@Autowired
	Agencies agencies;

	@Autowired
	AuditLog audit;

	AgencyId police;
	AgencyId clinic;
	CurrentUser sysadmin;
	StaffMember coordinator;
	Browserless steward;
	Browserless colleague;

	@BeforeAll
	void signIn() {
		police = fixtures.agency(Sector.POLICE, "Police " + Fixtures.unique());
		clinic = fixtures.agency(Sector.MENTAL_HEALTH_CARE, "Clinic " + Fixtures.unique());
		sysadmin = fixtures.staff(clinic, Role.SYSTEM_ADMINISTRATOR).asCurrentUser();
		coordinator = fixtures.staff(police, Role.HUB_COORDINATOR);
		steward = new Browserless(port);
		steward.signIn(coordinator);
		colleague = new Browserless(port);
		colleague.signIn(fixtures.staff(police, Role.PRACTITIONER));
	}

	// taking the public page down

	@Test
	void coordinatorTakesThePublicPageDownAndThePublicNoLongerFindsIt() {
		var hub = publishedHub();
		var anonymous = new Browserless(port);
		assertThat(anonymous.get("/hubs/" + hub.id()).status()).as("published").isEqualTo(200);

		var down = steward.submit(steward.get(hubPath(hub)), "form[action$=/unpublish]", Map.of());

		assertThat(down.path()).isEqualTo(hubPath(hub));
		assertThat(down.mainText()).contains("The public page of " + hub.name() + " is taken down.").contains("Not published");
		assertThat(down.html().select("form[action$=/publish]")).as("it can be published again").hasSize(1);
		assertThat(anonymous.get("/hubs/" + hub.id()).status()).isEqualTo(404);
		assertThat(anonymous.get("/hubs").html().select("a[href=/hubs/" + hub.id() + "]")).isEmpty();
		assertTraced(AuditSubject.of("hub", hub.id()), "hub.unpublished");
	}

	@Test
	void onlyTheHubsStewardsTakeItsPageDown() {
		var hub = publishedHub();
		var page = colleague.get(hubPath(hub));
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.html().select("form[action$=/unpublish]")).as("no button for who may not").isEmpty();

		var refused = colleague.post(hubPath(hub) + "/unpublish", Map.of("_csrf", csrf(page)));

		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.heading()).isEqualTo("This page is not part of your role");
		assertThat(hubs.find(hub.id()).orElseThrow().published()).isTrue();
		assertThat(steward.post("/network/hubs/" + UUID.randomUUID() + "/unpublish", Map.of("_csrf", csrf(page(steward))))
			.status()).as("a hub that does not exist").isEqualTo(404);
	}

	// removing a member agency

	@Test
	void coordinatorRemovesAMemberAgencyAndItsPeopleLeaveWithIt() {
		var hub = hubWithCoordinator();
		hubs.addAgency(hub.id(), clinic, "treats and advises", sysadmin);
		var psychiatrist = fixtures.staff(clinic, Role.PRACTITIONER);
		hubs.appoint(hub.id(), psychiatrist.id(), HubRole.STANDING_MEMBER, sysadmin);
		var clinicName = agencies.nameOf(clinic);
		var before = steward.get(hubPath(hub));
		assertThat(rowNaming(before, "#agencies-title", clinicName)).isNotNull();
		assertThat(rowNaming(before, "#members-title", psychiatrist.asCurrentUser().displayName())).isNotNull();

		var removed = steward.submit(before, "form[action$=/agencies/" + clinic + "/remove]", Map.of());

		assertThat(removed.mainText()).contains(clinicName + " and its people left " + hub.name() + ".");
		assertThat(rowNaming(removed, "#agencies-title", clinicName)).as("the agency's row").isNull();
		assertThat(rowNaming(removed, "#members-title", psychiatrist.asCurrentUser().displayName())).as("its person's row").isNull();
		var after = hubs.find(hub.id()).orElseThrow();
		assertThat(after.hasMemberAgency(clinic)).isFalse();
		assertThat(after.member(psychiatrist.id())).isEmpty();
		assertThat(after.hasMemberAgency(police)).isTrue();
		assertTraced(AuditSubject.of("agency", clinic), "hub.agency-removed");
	}

	@Test
	void removingTheAgencyOfAPublishedHubsOnlyCoordinatorIsRefusedWithWhatToDo() {
		var hub = publishedHub();

		var refused = steward.submit(steward.get(hubPath(hub)), "form[action$=/agencies/" + police + "/remove]", Map.of());

		assertThat(refused.html().select(".error-summary").text())
			.isEqualTo("This agency's people include the hub's only coordinator, and the hub's public page is published. "
					+ "Appoint another coordinator first.");
		var unchanged = hubs.find(hub.id()).orElseThrow();
		assertThat(unchanged.hasMemberAgency(police)).isTrue();
		assertThat(unchanged.member(coordinator.id())).isPresent();
		assertThat(unchanged.published()).isTrue();
	}

	@Test
	void anAgencyOutsideTheHubIsNotFoundAndOnlyTheHubsStewardsRemoveOne() {
		var hub = hubWithCoordinator();
		hubs.addAgency(hub.id(), clinic, "treats", sysadmin);
		var outside = fixtures.agency(Sector.EDUCATION);

		assertThat(steward.post(hubPath(hub) + "/agencies/" + outside + "/remove", Map.of("_csrf", csrf(page(steward)))).status())
			.isEqualTo(404);
		assertThat(steward.post(hubPath(hub) + "/agencies/not-an-id/remove", Map.of("_csrf", csrf(page(steward)))).status())
			.isEqualTo(404);
		var page = colleague.get(hubPath(hub));
		assertThat(page.html().select("form[action$=/remove]")).isEmpty();
		assertThat(colleague.post(hubPath(hub) + "/agencies/" + clinic + "/remove", Map.of("_csrf", csrf(page))).status())
			.isEqualTo(403);
		assertThat(hubs.find(hub.id()).orElseThrow().hasMemberAgency(clinic)).isTrue();
	}

	// dismissing someone

	@Test
	void coordinatorDismissesAStandingMember() {
		var hub = hubWithCoordinator();
		var officer = fixtures.staff(police, Role.PRACTITIONER);
		hubs.appoint(hub.id(), officer.id(), HubRole.STANDING_MEMBER, sysadmin);
		var name = officer.asCurrentUser().displayName();
		var before = steward.get(hubPath(hub));
		assertThat(rowNaming(before, "#members-title", name)).isNotNull();

		var dismissed = steward.submit(before, "form[action$=/members/" + officer.id() + "/dismiss]", Map.of());

		assertThat(dismissed.mainText()).contains(name + " left the hub.");
		assertThat(rowNaming(dismissed, "#members-title", name)).isNull();
		assertThat(dismissed.html().select("#member option[value=" + officer.id() + "]")).as("may be appointed again").hasSize(1);
		assertThat(hubs.find(hub.id()).orElseThrow().member(officer.id())).isEmpty();
		assertTraced(AuditSubject.of("user", officer.id()), "hub.member-dismissed");
	}

	@Test
	void dismissingThePublishedHubsOnlyCoordinatorIsRefusedWithWhatToDo() {
		var hub = publishedHub();

		var refused = steward.submit(steward.get(hubPath(hub)), "form[action$=/members/" + coordinator.id() + "/dismiss]", Map.of());

		assertThat(refused.html().select(".error-summary").text())
			.isEqualTo("This is the hub's only coordinator and its public page is published. Appoint another coordinator first.");
		assertThat(hubs.find(hub.id()).orElseThrow().member(coordinator.id())).isPresent();
	}

	@Test
	void someoneNotInTheHubIsNotFoundAndOnlyTheHubsStewardsDismiss() {
		var hub = hubWithCoordinator();
		var officer = fixtures.staff(police, Role.PRACTITIONER);
		hubs.appoint(hub.id(), officer.id(), HubRole.ADVISOR, sysadmin);
		var stranger = fixtures.staff(police, Role.PRACTITIONER);

		assertThat(steward.post(hubPath(hub) + "/members/" + stranger.id() + "/dismiss", Map.of("_csrf", csrf(page(steward))))
			.status()).isEqualTo(404);
		var page = colleague.get(hubPath(hub));
		assertThat(page.html().select("form[action$=/dismiss]")).isEmpty();
		assertThat(colleague.post(hubPath(hub) + "/members/" + officer.id() + "/dismiss", Map.of("_csrf", csrf(page))).status())
			.isEqualTo(403);
		assertThat(hubs.find(hub.id()).orElseThrow().member(officer.id())).isPresent();
	}

	// a new version of an agreement

	@Test
	void coordinatorMakesASecondVersionOfAnAgreementAndTheFirstStaysReadable() {
		var hub = hubWithCoordinator();
		var first = agreementIn(hub, "Covenant " + Fixtures.unique());
		var form = steward.get(revisePath(first));
		assertThat(form.heading()).isEqualTo("New version of " + first.title());
		assertThat(form.inputValue("title")).as("the form starts from the latest version").isEqualTo(first.title());

		var made = steward.submitAll(form, "form.form", filledIn(form, "form.form",
				Map.of("title", first.title() + " revised", "changeNote", "Adds the police as a recipient")));

		assertThat(made.path()).isEqualTo("/network/agreements/" + first.agreement() + "/versions/2");
		assertThat(made.heading()).isEqualTo(first.title() + " revised, version 2");
		assertThat(made.mainText()).contains("Version 2 is made; the earlier versions stay readable.");
		var versions = agreements.versions(first.agreement());
		assertThat(versions).hasSize(2);
		assertThat(versions.getLast().parties()).as("the parties carried over from the form").isEqualTo(first.parties());
		assertThat(versions.getLast().flows()).isEqualTo(first.flows());
		var older = steward.get("/network/agreements/" + first.agreement() + "/versions/1");
		assertThat(older.status()).isEqualTo(200);
		assertThat(older.heading()).isEqualTo(first.title() + ", version 1");
		assertTraced(AuditSubject.of("agreement", first.agreement()), "hub.agreement-version-made");
	}

	@Test
	void aVersionWithoutAChangeNoteIsRefusedNextToTheFieldAndKeepsWhatWasTyped() {
		var hub = hubWithCoordinator();
		var first = agreementIn(hub, "Covenant " + Fixtures.unique());
		var form = steward.get(revisePath(first));

		var refused = steward.submitAll(form, "form.form", filledIn(form, "form.form",
				Map.of("title", first.title() + " renamed", "changeNote", "  ")));

		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.fieldError("changeNote")).isEqualTo("Enter “What changed and why”.");
		assertThat(refused.inputValue("title")).isEqualTo(first.title() + " renamed");
		assertThat(agreements.versions(first.agreement())).hasSize(1);
	}

	@Test
	void aVersionMadeFromAnOutdatedFormIsRefusedAndTheFormStartsAgainFromTheNewOne() {
		var hub = hubWithCoordinator();
		var first = agreementIn(hub, "Covenant " + Fixtures.unique());
		var form = steward.get(revisePath(first));
		agreements.revise(first.agreement(), 1, termsOf(first, first.title() + " by someone else"), "meanwhile", sysadmin);

		var stale = steward.submitAll(form, "form.form", filledIn(form, "form.form",
				Map.of("title", first.title() + " by me", "changeNote", "mine")));

		assertThat(stale.path()).isEqualTo(revisePath(first));
		assertThat(stale.html().select(".error-summary").text())
			.startsWith("Someone else made a new version of this agreement while you were editing. Nothing was saved");
		assertThat(stale.inputValue("title")).isEqualTo(first.title() + " by someone else");
		assertThat(agreements.versions(first.agreement())).hasSize(2);
	}

	@Test
	void onlyTheHubsStewardsReviseItsAgreementsAndAnUnknownOneIsNotFound() {
		var hub = hubWithCoordinator();
		var first = agreementIn(hub, "Covenant " + Fixtures.unique());
		var form = steward.get(revisePath(first));
		var fields = new LinkedHashMap<String, String>();
		filledIn(form, "form.form", Map.of("title", "Taken over", "changeNote", "not mine to make"))
			.forEach((name, values) -> fields.put(name, values.getFirst()));
		var page = colleague.get("/network/agreements/" + first.agreement() + "/versions/1");
		assertThat(page.status()).as("colleagues read the agreement").isEqualTo(200);
		fields.put("_csrf", csrf(page));

		assertThat(colleague.get(revisePath(first)).status()).isEqualTo(403);
		assertThat(colleague.post("/network/agreements/" + first.agreement() + "/versions", fields).status()).isEqualTo(403);
		assertThat(agreements.versions(first.agreement())).hasSize(1);
		assertThat(steward.get("/network/agreements/" + UUID.randomUUID() + "/revise").status()).isEqualTo(404);
		assertThat(steward.get("/network/agreements/not-an-id/revise").status()).isEqualTo(404);
	}

	// set-up and helpers

	private Hub hubWithCoordinator() {
		var hub = hubs.create(new HubDetails("Hub " + Fixtures.unique(), HubLevel.LOCAL, new Country("NL"), null, null, null, null,
				null, "hub@example.org", null, null, null, null), sysadmin);
		hubs.addAgency(hub.id(), police, "assesses risk", sysadmin);
		hubs.appoint(hub.id(), coordinator.id(), HubRole.COORDINATOR, sysadmin);
		return hubs.find(hub.id()).orElseThrow();
	}

	private Hub publishedHub() {
		var hub = hubWithCoordinator();
		hubs.publish(hub.id(), sysadmin);
		return hubs.find(hub.id()).orElseThrow();
	}

	/** Version 1 of an agreement between the police and the clinic, signed by both and in force. */
	private AgreementVersion agreementIn(Hub hub, String title) {
		hubs.addAgency(hub.id(), clinic, "treats", sysadmin);
		var today = LocalDate.now();
		var version = hubSetup.draft(hub.id(), new AgreementTerms(title, today.minusDays(1), null, today.plusYears(1),
				"24 months after closure", Set.of(police, clinic),
				List.of(new PurposeBasis(SharingPurpose.JOINT_ASSESSMENT, Art6Basis.PUBLIC_TASK, Art9Condition.HEALTH_OR_SOCIAL_CARE,
						null, "Covenant art. 4")),
				List.of(new FlowTerm(DataCategory.HEALTH, Sector.MENTAL_HEALTH_CARE, Sector.POLICE, SharingPurpose.JOINT_ASSESSMENT))),
				coordinator.id());
		for (var party : List.of(police, clinic)) {
			hubSetup.sign(version.agreement(), 1, party, coordinator.id(), "Director", today.minusDays(1));
		}
		return agreements.versions(version.agreement()).getLast();
	}

	private static AgreementTerms termsOf(AgreementVersion version, String title) {
		return new AgreementTerms(title, version.startsOn(), version.endsOn(), version.reviewOn(), version.retention(),
				version.parties(), List.copyOf(version.purposes().values()), version.flows().stream()
					.map(flow -> new FlowTerm(flow.category(), flow.from(), flow.to(), flow.purpose())).toList());
	}

	private void assertTraced(AuditSubject subject, String action) {
		assertThat(audit.about(subject, 5)).as("the trail about " + subject).anySatisfy(recorded -> {
			assertThat(recorded.event().action()).isEqualTo(AuditAction.of(action));
			assertThat(recorded.event().actor().userId()).isEqualTo(coordinator.id().value());
		});
	}

	private static String hubPath(Hub hub) {
		return "/network/hubs/" + hub.id();
	}

	private static String revisePath(AgreementVersion version) {
		return "/network/agreements/" + version.agreement() + "/revise";
	}

	private static Page page(Browserless browser) {
		return browser.get("/");
	}

	private static String csrf(Page page) {
		return page.html().selectFirst("input[name=_csrf]").val();
	}

	/** The row of the table under the heading that names {@code name} in its first cell, or null. */
	private static Element rowNaming(Page page, String heading, String name) {
		return page.html().select("section:has(" + heading + ") tbody tr").stream()
			.filter(row -> row.selectFirst("td") != null && row.selectFirst("td").text().equals(name))
			.findFirst().orElse(null);
	}

	/**
	 * The fields of the form as a browser sends them, with what it shows already (the latest version's terms) and
	 * these changes: text and hidden inputs, ticked boxes, chosen options, text areas.
	 */
	static Map<String, List<String>> filledIn(Page page, String selector, Map<String, String> changes) {
		var form = page.html().selectFirst(selector);
		if (form == null) {
			throw new AssertionError("No form " + selector + " on " + page.path() + ":\n" + page.mainText());
		}
		var fields = new LinkedHashMap<String, List<String>>();
		for (var input : form.select("input[name], select[name], textarea[name]")) {
			var name = input.attr("name");
			var type = input.attr("type");
			List<String> values;
			if (input.tagName().equals("select")) {
				var chosen = input.select("option[selected]");
				values = (chosen.isEmpty() ? input.select("option").stream().limit(1).toList() : chosen).stream().map(Element::val).toList();
			}
			else if (type.equals("checkbox") || type.equals("radio")) {
				values = input.hasAttr("checked") ? List.of(input.val().isEmpty() ? "on" : input.val()) : List.of();
			}
			else if (type.equals("submit") || type.equals("button")) {
				values = List.of();
			}
			else {
				values = List.of(input.tagName().equals("textarea") ? input.text() : input.val());
			}
			if (!values.isEmpty()) {
				fields.computeIfAbsent(name, key -> new ArrayList<>()).addAll(values);
			}
		}
		changes.forEach((name, value) -> fields.put(name, List.of(value)));
		return fields;
	}
}
