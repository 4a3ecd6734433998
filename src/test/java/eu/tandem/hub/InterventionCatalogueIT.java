package eu.tandem.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import eu.tandem.agency.Country;
import eu.tandem.agency.Sector;
import eu.tandem.audit.AuditAction;
import eu.tandem.audit.AuditLog;
import eu.tandem.audit.AuditSubject;
import eu.tandem.identity.AgencyId;
import eu.tandem.identity.CurrentUser;
import eu.tandem.identity.Role;
import eu.tandem.support.Browserless;
import eu.tandem.support.Fixtures;
import eu.tandem.support.Page;
import eu.tandem.support.StaffMember;
import eu.tandem.support.TandemIntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A hub's catalogue of interventions over real HTTP against the real database (issue 15): its coordinator adds an
 * intervention of the hub's own, rewords it and retires it, and support plans are offered what is on offer and still
 * read what they chose; a name that is blank, too long or in the catalogue already is refused next to its field with
 * what was typed kept and nothing saved; and who may do what — everyone who works in the hub reads, its stewards change,
 * a colleague outside the hub is refused (403: the hub is no secret), an unknown hub or intervention is not found.
 * <p>
 * The people sign in once for the class (each code works once); every test builds a hub of its own.
 */
@TandemIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InterventionCatalogueIT {

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Hubs hubs;

	@Autowired
	InterventionCatalogue catalogue;

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcClient jdbc;

	AgencyId police;
	AgencyId clinic;
	AgencyId school;
	CurrentUser setUp;
	StaffMember coordinator;
	StaffMember appointed;
	StaffMember clinician;
	StaffMember sysadmin;
	StaffMember outsider;
	Browserless asCoordinator;
	Browserless asAppointed;
	Browserless asClinician;
	Browserless asSysadmin;
	Browserless asOutsider;

	@BeforeAll
	void signIn() {
		police = fixtures.agency(Sector.POLICE, "Police " + Fixtures.unique());
		clinic = fixtures.agency(Sector.MENTAL_HEALTH_CARE, "Clinic " + Fixtures.unique());
		school = fixtures.agency(Sector.EDUCATION, "School " + Fixtures.unique());
		setUp = fixtures.staff(school, Role.SYSTEM_ADMINISTRATOR).asCurrentUser();
		coordinator = fixtures.staff(police, Role.HUB_COORDINATOR);
		appointed = fixtures.staff(police, Role.PRACTITIONER);
		clinician = fixtures.staff(clinic, Role.PRACTITIONER);
		sysadmin = fixtures.staff(school, Role.SYSTEM_ADMINISTRATOR);
		outsider = fixtures.staff(school, Role.PRACTITIONER);
		asCoordinator = signedIn(coordinator);
		asAppointed = signedIn(appointed);
		asClinician = signedIn(clinician);
		asSysadmin = signedIn(sysadmin);
		asOutsider = signedIn(outsider);
	}

	// adding

	@Test
	void coordinatorAddsAnInterventionOfTheHubsOwnWhichPlansAreThenOffered() {
		var hub = germanHub();
		var page = asCoordinator.get(path(hub));
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.heading()).isEqualTo("Interventions of " + hub.name());
		assertThat(page.mainText()).contains("Family counselling").contains("HAYAT").contains("Legato").contains("Steunpunt Sabr");

		var added = asCoordinator.submit(page, addForm(hub), Map.of("name", "Boxverein Ost",
				"description", "Training zweimal pro Woche\r\nmit einem Trainer, der zuhört.", "practice", ""));

		assertThat(added.path()).isEqualTo(path(hub));
		assertThat(added.mainText()).contains("“Boxverein Ost” is added to the catalogue.");
		var row = added.html().selectFirst("section:has(#own-title) tbody tr");
		assertThat(row.selectFirst("th").text()).isEqualTo("Boxverein Ost");
		assertThat(row.selectFirst("th").attr("lang")).as("typed in the hub's language").isEqualTo("de");
		var own = catalogue.of(hub.id()).stream().filter(InterventionType::ownOfHub).toList();
		assertThat(own).singleElement().satisfies(type -> {
			assertThat(type.code()).startsWith("hub:");
			assertThat(type.name().getDefaultMessage()).isEqualTo("Boxverein Ost");
			assertThat(type.description().getDefaultMessage()).isEqualTo("Training zweimal pro Woche\nmit einem Trainer, der zuhört.");
			assertThat(type.practice()).isNull();
			assertThat(type.language().code()).isEqualTo("de");
		});
		assertThat(catalogue.of(hub.id())).as("the defaults first, then the hub's own").hasSize(InterventionCatalogue.defaults().size() + 1);
		assertTraced(AuditSubject.of("hub", hub.id()), "hub.intervention-added", coordinator);
		assertTraced(AuditSubject.of("intervention", own.getFirst().code().substring(4)), "hub.intervention-added", coordinator);
	}

	@Test
	void aBlankNameATooLongDescriptionAndAPracticeTooLongAreRefusedNextToTheirFieldsKeepingWhatWasTyped() {
		var hub = germanHub();
		var page = asCoordinator.get(path(hub));

		var refused = asCoordinator.submit(page, addForm(hub), Map.of("name", "  ", "description", "x".repeat(2001),
				"practice", "Programme " + "p".repeat(120)));

		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.fieldError("name")).isEqualTo("Enter “Name”.");
		assertThat(refused.fieldError("description")).isEqualTo("“What it is” can be at most 2,000 characters long.");
		assertThat(refused.fieldError("practice")).isEqualTo("“Practice it follows” can be at most 120 characters long.");
		assertThat(refused.html().selectFirst("#description").text()).isEqualTo("x".repeat(2001));
		assertThat(refused.inputValue("practice")).isEqualTo("Programme " + "p".repeat(120));
		assertThat(refused.html().select(".error-summary a[href=#name]")).as("the summary links the field").hasSize(1);
		assertThat(ownCount(hub)).isZero();
	}

	@Test
	void aNameTheCatalogueHasAlreadyIsRefusedInAnyLanguageAndAnyCase() {
		var hub = germanHub();
		catalogue.add(hub.id(), new InterventionWords("Boxing club", "Twice a week.", null), coordinator.asCurrentUser());
		var page = asCoordinator.get(path(hub));

		for (var taken : List.of("family counselling", "Familienberatung", "Mentorat", "BOXING  club")) {
			var refused = asCoordinator.submit(page, addForm(hub), Map.of("name", taken, "description", "Ours.", "practice", ""));
			assertThat(refused.fieldError("name")).as(taken)
				.isEqualTo("The catalogue already has an intervention called “" + taken.replaceAll("\\s+", " ")
						+ "”. Choose that one, or give this one a name of its own.");
			assertThat(refused.inputValue("name")).isEqualTo(taken);
			assertThat(refused.html().selectFirst("#description").text()).isEqualTo("Ours.");
		}
		assertThat(ownCount(hub)).as("nothing half-saved").isEqualTo(1);
	}

	// rewording

	@Test
	void coordinatorRewordsAnInterventionAndItsCodeStays() {
		var hub = germanHub();
		var own = catalogue.add(hub.id(), new InterventionWords("Boxing club", "Twice a week.", null), coordinator.asCurrentUser());
		var form = asCoordinator.get(editPath(hub, own));
		assertThat(form.heading()).isEqualTo("Change “Boxing club”");
		assertThat(form.inputValue("name")).isEqualTo("Boxing club");

		var saved = asCoordinator.submit(form, "form.form", Map.of("name", "Boxing and football club",
				"description", "Twice a week, with a coach who listens.", "practice", "Sport for Change"));

		assertThat(saved.path()).isEqualTo(path(hub));
		assertThat(saved.mainText()).contains("Changes to “Boxing and football club” saved.");
		var found = catalogue.find(hub.id(), own.code()).orElseThrow();
		assertThat(found.name().getDefaultMessage()).isEqualTo("Boxing and football club");
		assertThat(found.practice()).isEqualTo("Sport for Change");
		assertTraced(AuditSubject.of("intervention", own.id()), "hub.intervention-revised", coordinator);
	}

	@Test
	void rewordingToANameTakenOrFromAnOutdatedFormIsRefusedAndChangesNothing() {
		var hub = germanHub();
		var own = catalogue.add(hub.id(), new InterventionWords("Boxing club", "Twice a week.", null), coordinator.asCurrentUser());
		var form = asCoordinator.get(editPath(hub, own));

		var taken = asCoordinator.submit(form, "form.form", Map.of("name", "Exit programme", "description", "Ours.", "practice", ""));
		assertThat(taken.status()).isEqualTo(200);
		assertThat(taken.fieldError("name")).startsWith("The catalogue already has an intervention called “Exit programme”.");

		catalogue.revise(hub.id(), own.id(), new InterventionWords("Boxing club", "Three times a week.", null), own.version(),
				setUp);
		var stale = asCoordinator.submit(form, "form.form", Map.of("name", "Boxing", "description", "Mine.", "practice", ""));
		assertThat(stale.path()).isEqualTo(editPath(hub, own));
		assertThat(stale.html().select(".error-summary").text()).startsWith("Someone else changed this intervention");
		assertThat(stale.html().selectFirst("#description").text()).as("their version").isEqualTo("Three times a week.");
		assertThat(catalogue.find(hub.id(), own.code()).orElseThrow().name().getDefaultMessage()).isEqualTo("Boxing club");
	}

	// retiring

	@Test
	void aRetiredInterventionIsNoLongerOfferedButPlansStillReadItAndItsNameIsFreeAgain() {
		var hub = germanHub();
		var own = catalogue.add(hub.id(), new InterventionWords("Boxing club", "Twice a week.", null), coordinator.asCurrentUser());

		var retired = asCoordinator.submit(asCoordinator.get(editPath(hub, own)), "form[action$=/retire]", Map.of());

		assertThat(retired.path()).isEqualTo(path(hub));
		assertThat(retired.mainText()).contains("“Boxing club” is retired: it is no longer offered to new plans.");
		assertThat(retired.html().select("section:has(#own-title) tbody tr")).isEmpty();
		assertThat(retired.html().selectFirst("section:has(#retired-title) tbody th").text()).isEqualTo("Boxing club");
		assertThat(catalogue.of(hub.id())).extracting(InterventionType::code).doesNotContain(own.code());
		assertThat(catalogue.find(hub.id(), own.code())).get().satisfies(type -> {
			assertThat(type.retired()).isTrue();
			assertThat(type.name().getDefaultMessage()).isEqualTo("Boxing club");
		});
		assertTraced(AuditSubject.of("intervention", own.id()), "hub.intervention-retired", coordinator);

		var again = asCoordinator.get(editPath(hub, own));
		assertThat(again.path()).as("a retired one is not reworded").isEqualTo(path(hub));
		assertThat(again.html().select(".error-summary").text()).startsWith("“Boxing club” is retired");
		assertThat(asCoordinator.submit(asCoordinator.get(path(hub)), addForm(hub),
				Map.of("name", "Boxing club", "description", "A new one.", "practice", "")).mainText())
			.contains("“Boxing club” is added to the catalogue.");
	}

	@Test
	void aPlanFindsTheDefaultsAndItsOwnHubsInterventionsButNoOtherHubs() {
		var hub = germanHub();
		var other = germanHub();
		var own = catalogue.add(other.id(), new InterventionWords("Boxing club", "Twice a week.", null), coordinator.asCurrentUser());

		assertThat(catalogue.find(hub.id(), "family-counselling")).get().satisfies(type -> {
			assertThat(type.practice()).isEqualTo("HAYAT");
			assertThat(type.name().getCodes()).containsExactly("hub.intervention.family-counselling.name");
		});
		assertThat(catalogue.find(hub.id(), own.code())).isEmpty();
		assertThat(catalogue.find(other.id(), own.code())).isPresent();
		assertThat(catalogue.find(hub.id(), "hub:not-an-id")).isEmpty();
		assertThat(catalogue.find(hub.id(), "no-such-intervention")).isEmpty();
	}

	// who may do what

	@Test
	void everyoneWhoWorksInTheHubReadsTheCatalogueAndOnlyItsStewardsSeeTheFormsToChangeIt() {
		var hub = germanHub();
		var own = catalogue.add(hub.id(), new InterventionWords("Boxing club", "Twice a week.", null), coordinator.asCurrentUser());

		for (var reader : List.of(asCoordinator, asSysadmin, asAppointed, asClinician)) {
			var page = reader.get(path(hub));
			assertThat(page.status()).isEqualTo(200);
			assertThat(page.mainText()).contains("Boxing club").contains("Exit programme");
			var hubPage = reader.get("/network/hubs/" + hub.id());
			assertThat(hubPage.html().select("a[href=" + path(hub) + "]")).as("the hub page links the catalogue").hasSize(1);
		}
		for (var reader : List.of(asAppointed, asClinician)) {
			var page = reader.get(path(hub));
			assertThat(page.html().select("form[action=" + path(hub) + "]")).as("no form to add").isEmpty();
			assertThat(page.html().select("a[href=" + editPath(hub, own) + "]")).as("no link to change").isEmpty();
		}
		assertThat(asOutsider.get(path(hub)).status()).as("a colleague outside the hub").isEqualTo(403);
		assertThat(asOutsider.get("/network/hubs/" + hub.id()).html().select("a[href=" + path(hub) + "]")).isEmpty();
		assertThat(asCoordinator.get("/network/hubs/" + UUID.randomUUID() + "/interventions").status()).isEqualTo(404);
		assertThat(asCoordinator.get("/network/hubs/not-an-id/interventions").status()).isEqualTo(404);
	}

	@Test
	void eachChangeIsForTheHubsStewardsAloneAndAnUnknownInterventionIsNotFound() {
		var hub = germanHub();
		var own = catalogue.add(hub.id(), new InterventionWords("Boxing club", "Twice a week.", null), coordinator.asCurrentUser());
		var words = Map.of("name", "Taken over", "description", "Not mine to change.", "practice", "", "version", "0");

		for (var refused : List.of(asAppointed, asClinician, asOutsider)) {
			var csrf = csrf(refused.get("/"));
			assertThat(refused.post(path(hub), with(words, csrf)).status()).as("add").isEqualTo(403);
			assertThat(refused.get(editPath(hub, own)).status()).as("the form").isEqualTo(403);
			assertThat(refused.post(path(hub) + "/" + own.id(), with(words, csrf)).status()).as("reword").isEqualTo(403);
			assertThat(refused.post(path(hub) + "/" + own.id() + "/retire", with(Map.of(), csrf)).status()).as("retire").isEqualTo(403);
		}
		assertThat(ownCount(hub)).isEqualTo(1);
		assertThat(catalogue.find(hub.id(), own.code()).orElseThrow()).satisfies(type -> {
			assertThat(type.name().getDefaultMessage()).isEqualTo("Boxing club");
			assertThat(type.retired()).isFalse();
		});

		var other = germanHub();
		var elsewhere = catalogue.add(other.id(), new InterventionWords("Chess club", "Weekly.", null), coordinator.asCurrentUser());
		var csrf = csrf(asCoordinator.get("/"));
		for (var unknown : List.of(elsewhere.id().toString(), UUID.randomUUID().toString(), "not-an-id")) {
			assertThat(asCoordinator.get(path(hub) + "/" + unknown + "/edit").status()).as(unknown).isEqualTo(404);
			assertThat(asCoordinator.post(path(hub) + "/" + unknown, with(words, csrf)).status()).as(unknown).isEqualTo(404);
			assertThat(asCoordinator.post(path(hub) + "/" + unknown + "/retire", with(Map.of(), csrf)).status()).as(unknown).isEqualTo(404);
		}
		assertThat(asCoordinator.post("/network/hubs/" + UUID.randomUUID() + "/interventions", with(words, csrf)).status()).isEqualTo(404);
		assertThat(catalogue.find(other.id(), elsewhere.code()).orElseThrow().retired()).isFalse();

		var bySysadmin = asSysadmin.submit(asSysadmin.get(path(hub)), addForm(hub),
				Map.of("name", "Chess club", "description", "Weekly.", "practice", ""));
		assertThat(bySysadmin.mainText()).as("a system administrator is a steward of every hub")
			.contains("“Chess club” is added to the catalogue.");
	}

	// set-up and helpers

	/** A German hub of the police and the clinic, run by the coordinator, with the appointed officer as a standing member. */
	private Hub germanHub() {
		var hub = hubs.create(new HubDetails("Hub " + Fixtures.unique(), HubLevel.LOCAL, new Country("DE"), null, null, null, null,
				null, "hub@example.org", null, null, null, null), setUp);
		hubs.addAgency(hub.id(), police, "assesses risk", setUp);
		hubs.addAgency(hub.id(), clinic, "treats", setUp);
		hubs.appoint(hub.id(), coordinator.id(), HubRole.COORDINATOR, setUp);
		hubs.appoint(hub.id(), appointed.id(), HubRole.STANDING_MEMBER, setUp);
		return hubs.find(hub.id()).orElseThrow();
	}

	private Browserless signedIn(StaffMember member) {
		var browser = new Browserless(port);
		browser.signIn(member);
		return browser;
	}

	private int ownCount(Hub hub) {
		return jdbc.sql("select count(*) from hub.intervention where hub_id = :hub").param("hub", hub.id().value())
			.query(Integer.class).single();
	}

	private void assertTraced(AuditSubject subject, String action, StaffMember actor) {
		assertThat(audit.about(subject, 5)).as("the trail about " + subject).anySatisfy(recorded -> {
			assertThat(recorded.event().action()).isEqualTo(AuditAction.of(action));
			assertThat(recorded.event().actor().userId()).isEqualTo(actor.id().value());
		});
	}

	private static String path(Hub hub) {
		return "/network/hubs/" + hub.id() + "/interventions";
	}

	private static String editPath(Hub hub, OwnIntervention own) {
		return path(hub) + "/" + own.id() + "/edit";
	}

	private static String addForm(Hub hub) {
		return "form[action=" + path(hub) + "]";
	}

	private static String csrf(Page page) {
		return page.html().selectFirst("input[name=_csrf]").val();
	}

	private static Map<String, String> with(Map<String, String> fields, String csrf) {
		var all = new LinkedHashMap<>(fields);
		all.put("_csrf", csrf);
		return all;
	}
}
