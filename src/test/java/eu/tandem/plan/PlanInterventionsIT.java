package eu.tandem.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import eu.tandem.agency.Country;
import eu.tandem.agency.Sector;
import eu.tandem.casework.CaseErasureDue;
import eu.tandem.casework.CaseFiles;
import eu.tandem.casework.CaseId;
import eu.tandem.casework.SupportPlans;
import eu.tandem.hub.HubDetails;
import eu.tandem.hub.HubId;
import eu.tandem.hub.HubLevel;
import eu.tandem.hub.HubRole;
import eu.tandem.hub.Hubs;
import eu.tandem.identity.AgencyId;
import eu.tandem.identity.Profession;
import eu.tandem.identity.Role;
import eu.tandem.kernel.EditConflict;
import eu.tandem.kernel.InvalidInput;
import eu.tandem.kernel.NotFound;
import eu.tandem.kernel.ReferralId;
import eu.tandem.person.PersonDetails;
import eu.tandem.person.PersonName;
import eu.tandem.person.Persons;
import eu.tandem.privacy.InWords;
import eu.tandem.privacy.SubjectScope;
import eu.tandem.support.Browserless;
import eu.tandem.support.Fixtures;
import eu.tandem.support.StaffMember;
import eu.tandem.support.TandemIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionOperations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Interventions in a support plan against the running application and its database: chosen from the hub's catalogue,
 * provided by a member agency, answered for by the team, serving the plan's goals; refused otherwise with nothing
 * saved; copied by a revision; never silently overwritten; hidden from whoever does not see the case.
 */
@TandemIntegrationTest
class PlanInterventionsIT {

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Hubs hubs;

	@Autowired
	CaseFiles cases;

	@Autowired
	Plans plans;

	@Autowired
	SupportPlans supportPlans;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionOperations transactions;

	@Autowired
	Persons persons;

	@Autowired
	PersonalDataInPlans held;

	/** A case in a hub of a youth work agency and a clinic, with a draft plan of one goal; a school stays outside the hub. */
	record PlanCase(HubId hub, CaseId caseId, UUID goal, AgencyId youthWork, AgencyId clinic, AgencyId outsideAgency,
			StaffMember owner, StaffMember teamMember, StaffMember coordinator, StaffMember outsider) {
	}

	PlanCase planCase() {
		var youthWork = fixtures.agency(Sector.YOUTH_WORK, "Youth work " + Fixtures.unique());
		var clinic = fixtures.agency(Sector.MENTAL_HEALTH_CARE, "Clinic " + Fixtures.unique());
		var school = fixtures.agency(Sector.EDUCATION, "School " + Fixtures.unique());
		var sysadmin = fixtures.staff(youthWork, Role.SYSTEM_ADMINISTRATOR).asCurrentUser();
		var hub = hubs.create(new HubDetails("Hub " + Fixtures.unique(), HubLevel.LOCAL, new Country("NL"), null, null, null, null, null,
				null, null, null, null, null), sysadmin).id();
		hubs.addAgency(hub, youthWork, "member", sysadmin);
		hubs.addAgency(hub, clinic, "member", sysadmin);
		var coordinator = fixtures.staff(youthWork, Profession.COORDINATOR, Role.HUB_COORDINATOR);
		hubs.appoint(hub, coordinator.id(), HubRole.COORDINATOR, sysadmin);
		var owner = fixtures.staff(youthWork, Profession.YOUTH_WORKER, Role.PRACTITIONER);
		var teamMember = fixtures.staff(clinic, Profession.PSYCHIATRIST, Role.PRACTITIONER);
		var outsider = fixtures.staff(clinic, Profession.PSYCHOLOGIST, Role.PRACTITIONER);
		var caseId = cases.open(ReferralId.random(), Fixtures.caseReference(), hub, null, coordinator.asCurrentUser());
		cases.appointOwner(caseId, owner.id(), coordinator.asCurrentUser());
		cases.addToTeam(caseId, teamMember.id(), coordinator.asCurrentUser());
		var goal = plans.addGoal(caseId, new GoalInput("Goes back to his football club", "Trainings a week", "0", "2", owner.id(),
				LocalDate.now().plusMonths(3)), TypedAgainst.NO_PLAN_YET, owner.asCurrentUser());
		return new PlanCase(hub, caseId, goal, youthWork, clinic, school, owner, teamMember, coordinator, outsider);
	}

	static InterventionInput mentoring(PlanCase c, LocalDate starts, LocalDate ends) {
		return new InterventionInput("mentoring", c.clinic(), c.teamMember().id(), starts, Frequency.WEEKLY, ends,
				InterventionStatus.PLANNED, Set.of(c.goal()));
	}

	PlanVersion latest(PlanCase c) {
		return plans.read(c.caseId(), c.owner().asCurrentUser()).current().orElseThrow();
	}

	long interventions(PlanCase c) {
		return jdbc.sql("select count(*) from plan.intervention where case_id = :case").param("case", c.caseId().value())
			.query(Long.class).single();
	}

	Browserless signedIn(StaffMember member) {
		var browser = new Browserless(port);
		browser.signIn(member);
		return browser;
	}

	Map<String, List<String>> fields(PlanCase c, String code, AgencyId provider, StaffMember practitioner, LocalDate begins,
			String ends) {
		return Map.of("code", List.of(code), "provider", List.of(provider.value().toString()),
				"practitioner", List.of(practitioner.id().value().toString()), "begins", List.of(begins.toString()),
				"frequency", List.of("FORTNIGHTLY"), "ends", List.of(ends), "status", List.of("RUNNING"),
				"goals", List.of(c.goal().toString()));
	}

	@Test
	void theOwnerAddsAnInterventionFromTheCatalogueAndItsTaskCountsAsOpen() {
		var c = planCase();
		var owner = signedIn(c.owner());
		var page = owner.get("/cases/" + c.caseId() + "/plan");
		assertThat(page.html().select("select#code optgroup option").eachAttr("value")).contains("mentoring", "family-counselling");
		assertThat(page.html().select("select#provider option").eachAttr("value")).containsExactlyInAnyOrder("",
				c.youthWork().value().toString(), c.clinic().value().toString());

		var saved = owner.submitAll(page, "form[action$='/plan/interventions']",
				fields(c, "mentoring", c.clinic(), c.teamMember(), LocalDate.now(), ""));

		assertThat(saved.status()).isEqualTo(200);
		assertThat(saved.mainText()).contains("Intervention added.", "Intervention 1:", "Mentoring", "Danish National Corps of Mentors",
				"Every two weeks", "Running", "Open-ended", "Goal 1: Goes back to his football club", c.teamMember().asCurrentUser().displayName());
		var intervention = latest(c).interventions().getFirst();
		assertThat(intervention.provider()).isEqualTo(c.clinic());
		assertThat(intervention.goals()).containsExactly(c.goal());

		plans.addInterventionTask(c.caseId(), intervention.id(), new TaskInput("Introduce the mentor", c.owner().id(), LocalDate.now(),
				LocalDate.now().plusDays(3)), latest(c).typedAgainst(), c.owner().asCurrentUser());
		assertThat(supportPlans.stillOpen(c.caseId())).containsExactly("Introduce the mentor");
		assertThat(owner.get("/cases/" + c.caseId() + "/plan/interventions/" + intervention.id()).mainText())
			.contains("Introduce the mentor", "Tasks of intervention 1");
	}

	@Test
	void anAgencyOutsideTheHubAndAPractitionerOutsideTheTeamAreRefusedNextToTheFieldsWithNothingSaved() {
		var c = planCase();
		var owner = signedIn(c.owner());
		var page = owner.get("/cases/" + c.caseId() + "/plan");

		var refused = owner.submitAll(page, "form[action$='/plan/interventions']",
				fields(c, "mentoring", c.outsideAgency(), c.outsider(), LocalDate.now(), LocalDate.now().minusDays(1).toString()));

		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.fieldError("provider")).contains("not a member of the case’s hub");
		assertThat(refused.fieldError("practitioner")).contains("not on the case team");
		assertThat(refused.fieldError("ends")).isEqualTo("An intervention cannot end before it starts.");
		assertThat(refused.html().select("select#code option[selected]").val()).isEqualTo("mentoring");
		assertThat(refused.html().select("select#frequency option[selected]").val()).isEqualTo("FORTNIGHTLY");
		assertThat(refused.html().select("input[name=goals][checked]").val()).isEqualTo(c.goal().toString());
		assertThat(interventions(c)).isZero();
	}

	@Test
	void anEndBeforeTheStartAndAnUnknownCodeAreRefused() {
		var c = planCase();
		var owner = c.owner().asCurrentUser();

		assertThatThrownBy(() -> plans.addIntervention(c.caseId(), mentoring(c, LocalDate.now(), LocalDate.now().minusDays(1)),
				latest(c).typedAgainst(), owner))
			.isInstanceOfSatisfying(InvalidInput.class, refused -> assertThat(refused.each()).extracting(InvalidInput::field)
				.containsExactly("ends"));
		var unknown = new InterventionInput("hub:" + UUID.randomUUID(), c.clinic(), c.teamMember().id(), LocalDate.now(), Frequency.ONCE,
				null, InterventionStatus.PLANNED, Set.of(c.goal()));
		assertThatThrownBy(() -> plans.addIntervention(c.caseId(), unknown, latest(c).typedAgainst(), owner))
			.isInstanceOf(InvalidInput.class).hasMessage("plan.error.interventionUnknown");
		assertThat(interventions(c)).isZero();
	}

	@Test
	void aRetiredEntryOfTheCatalogueIsNotChosenAnewButStaysWhereItWasChosen() {
		var c = planCase();
		var owner = c.owner().asCurrentUser();
		var own = UUID.randomUUID();
		// the hub's own intervention, as its coordinators' catalogue page stores it (hub module), offered for now
		jdbc.sql("""
				insert into hub.intervention (id, hub_id, name, description, practice, language, created_at, updated_at)
				values (:id, :hub, :name, 'Walks in the dunes with a youth worker', null, 'nl', :now, :now)""")
			.param("id", own).param("hub", c.hub().value()).param("name", "Dune walks " + Fixtures.unique())
			.param("now", Instant.now().atOffset(ZoneOffset.UTC)).update();
		var typed = new InterventionInput("hub:" + own, c.youthWork(), c.owner().id(), LocalDate.now(), Frequency.MONTHLY, null,
				InterventionStatus.PLANNED, Set.of(c.goal()));
		var chosen = plans.addIntervention(c.caseId(), typed, latest(c).typedAgainst(), owner);
		jdbc.sql("update hub.intervention set retired_at = :now where id = :id").param("id", own)
			.param("now", Instant.now().atOffset(ZoneOffset.UTC)).update();

		assertThatThrownBy(() -> plans.addIntervention(c.caseId(), typed, latest(c).typedAgainst(), owner))
			.isInstanceOf(InvalidInput.class).hasMessage("plan.error.interventionRetired");
		plans.changeIntervention(c.caseId(), chosen, new InterventionInput("hub:" + own, c.youthWork(), c.owner().id(), LocalDate.now(),
				Frequency.WEEKLY, null, InterventionStatus.RUNNING, Set.of(c.goal())), latest(c).typedAgainst(), owner);

		assertThat(latest(c).interventions()).singleElement().satisfies(kept -> {
			assertThat(kept.code()).isEqualTo("hub:" + own);
			assertThat(kept.frequency()).isEqualTo(Frequency.WEEKLY);
		});
		var page = signedIn(c.owner()).get("/cases/" + c.caseId() + "/plan/interventions/" + chosen);
		assertThat(page.html().select("select#code optgroup option[selected]").val()).isEqualTo("hub:" + own);
		assertThat(page.html().select("h1 span[lang=nl]").text()).startsWith("Dune walks");
	}

	@Test
	void theSecondOfTwoPeopleEditingOneInterventionIsToldAndKeepsWhatTheyTyped() {
		var c = planCase();
		var intervention = plans.addIntervention(c.caseId(), mentoring(c, LocalDate.now(), null), latest(c).typedAgainst(),
				c.owner().asCurrentUser());
		var path = "/cases/" + c.caseId() + "/plan/interventions/" + intervention;
		var owner = signedIn(c.owner());
		var coordinator = signedIn(c.coordinator());
		var ownersPage = owner.get(path);
		var coordinatorsPage = coordinator.get(path);
		owner.submitAll(ownersPage, "form[action$='" + intervention + "']",
				fields(c, "mentoring", c.clinic(), c.teamMember(), LocalDate.now(), ""));

		var refused = coordinator.submitAll(coordinatorsPage, "form[action$='" + intervention + "']",
				fields(c, "family-counselling", c.youthWork(), c.owner(), LocalDate.now(), LocalDate.now().plusMonths(6).toString()));

		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.html().select(".error-summary").text()).contains("Someone else changed the plan");
		assertThat(refused.html().select("select#code option[selected]").val()).isEqualTo("family-counselling");
		assertThat(latest(c).interventions().getFirst().code()).isEqualTo("mentoring");
		assertThatThrownBy(() -> plans.markIntervention(c.caseId(), intervention, InterventionStatus.ENDED,
				new TypedAgainst(1, 1), c.owner().asCurrentUser())).isInstanceOf(EditConflict.class);

		coordinator.submitAll(refused, "form[action$='" + intervention + "']",
				fields(c, "family-counselling", c.youthWork(), c.owner(), LocalDate.now(), LocalDate.now().plusMonths(6).toString()));
		assertThat(latest(c).interventions().getFirst().code()).isEqualTo("family-counselling");
	}

	@Test
	void aRevisionCopiesTheInterventionsWithTheirGoalsAndTasksAndTheAgreedOnesTakeOnlyAStatus() {
		var c = planCase();
		var owner = c.owner().asCurrentUser();
		var intervention = plans.addIntervention(c.caseId(), mentoring(c, LocalDate.now(), LocalDate.now().plusMonths(6)),
				latest(c).typedAgainst(), owner);
		plans.addInterventionTask(c.caseId(), intervention, new TaskInput("Introduce the mentor", c.owner().id(), LocalDate.now(),
				LocalDate.now().plusDays(3)), latest(c).typedAgainst(), owner);
		plans.agree(c.caseId(), new AgreementInput(DecidedBy.PERSON, LocalDate.now(), Obtained.WRITTEN, null), latest(c).typedAgainst(),
				owner);

		assertThatThrownBy(() -> plans.changeIntervention(c.caseId(), intervention, mentoring(c, LocalDate.now(), null),
				latest(c).typedAgainst(), owner)).isInstanceOf(EditConflict.class);
		plans.markIntervention(c.caseId(), intervention, InterventionStatus.RUNNING, latest(c).typedAgainst(), owner);
		assertThat(latest(c).interventions().getFirst().status()).isEqualTo(InterventionStatus.RUNNING);

		plans.revise(c.caseId(), latest(c).typedAgainst(), owner);

		var draft = latest(c);
		assertThat(draft.number()).isEqualTo(2);
		assertThat(draft.interventions()).singleElement().satisfies(copy -> {
			assertThat(copy.id()).isNotEqualTo(intervention);
			assertThat(copy.goals()).containsExactly(draft.goals().getFirst().id());
			assertThat(copy.status()).isEqualTo(InterventionStatus.RUNNING);
			assertThat(copy.tasks()).extracting(Task::title).containsExactly("Introduce the mentor");
		});
		assertThat(supportPlans.stillOpen(c.caseId())).containsExactly("Introduce the mentor");
		assertThat(signedIn(c.teamMember()).get("/cases/" + c.caseId() + "/plan/versions/1").mainText()).contains("Mentoring");
	}

	@Test
	void theTeamReadsAnInterventionOnlyTheOwnerAndCoordinatorsChangeItAndAnyoneElseFindsNothing() {
		var c = planCase();
		var intervention = plans.addIntervention(c.caseId(), mentoring(c, LocalDate.now(), null), latest(c).typedAgainst(),
				c.owner().asCurrentUser());
		var path = "/cases/" + c.caseId() + "/plan/interventions/" + intervention;

		var read = signedIn(c.teamMember()).get(path);
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.mainText()).contains("Mentoring");
		assertThat(read.html().select("form[action$='" + intervention + "']")).isEmpty();
		assertThat(signedIn(c.outsider()).get(path).status()).isEqualTo(404);
		assertThat(signedIn(c.owner()).get("/cases/" + c.caseId() + "/plan/interventions/" + UUID.randomUUID()).status()).isEqualTo(404);

		var teamMember = signedIn(c.teamMember());
		var forbidden = teamMember.post(path + "/status", Map.of("status", "ENDED", "number", "1", "rowVersion", "1",
				"_csrf", teamMember.get(path).html().select("input[name=_csrf]").val()));
		assertThat(forbidden.status()).isEqualTo(403);
		assertThatThrownBy(() -> plans.addIntervention(c.caseId(), mentoring(c, LocalDate.now(), null), latest(c).typedAgainst(),
				c.teamMember().asCurrentUser())).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> plans.changeIntervention(c.caseId(), intervention, mentoring(c, LocalDate.now(), null),
				latest(c).typedAgainst(), c.outsider().asCurrentUser())).isInstanceOf(NotFound.class);

		plans.changeIntervention(c.caseId(), intervention, mentoring(c, LocalDate.now(), LocalDate.now().plusMonths(1)),
				latest(c).typedAgainst(), c.coordinator().asCurrentUser());
		assertThat(latest(c).interventions().getFirst().ends()).isEqualTo(LocalDate.now().plusMonths(1));
		assertThat(jdbc.sql("""
				select count(*) from audit.event where subject_type = 'plan' and subject_id = :case and action like 'plan.intervention-%'""")
			.param("case", c.caseId().toString()).query(Long.class).single()).isGreaterThanOrEqualTo(4);
	}

	@Test
	void aSubjectAccessAnswerNamesTheInterventionsInTheAnswersLanguage() {
		var c = planCase();
		var person = persons.register(new PersonDetails(List.of(new PersonName(PersonName.Kind.NAME, "Jonas", "Berg", null)), null, null,
				null, Set.of(), List.of(), List.of()), c.hub(), c.coordinator().asCurrentUser());
		var caseId = cases.open(ReferralId.random(), Fixtures.caseReference(), c.hub(), person, c.coordinator().asCurrentUser());
		cases.appointOwner(caseId, c.owner().id(), c.coordinator().asCurrentUser());
		var owner = c.owner().asCurrentUser();
		var goal = plans.addGoal(caseId, new GoalInput("Geht wieder in seinen Fußballverein", "Trainings pro Woche", "0", "2",
				c.owner().id(), LocalDate.now().plusMonths(3)), TypedAgainst.NO_PLAN_YET, owner);
		plans.addIntervention(caseId, new InterventionInput("family-counselling", c.youthWork(), c.owner().id(), LocalDate.now(),
				Frequency.FORTNIGHTLY, null, InterventionStatus.RUNNING, Set.of(goal)),
				plans.read(caseId, owner).current().orElseThrow().typedAgainst(), owner);

		var scope = new SubjectScope(person.value(), Set.of(person.value()), Set.of(c.hub()), c.coordinator().asCurrentUser(), "test");
		var answer = InWords.compiling(Locale.GERMAN, () -> held.heldAbout(scope));

		assertThat(answer).singleElement().satisfies(section -> assertThat(section.toString())
			.contains("Maßnahme 1", "Familienberatung", "Alle zwei Wochen", "Stand: Läuft", "dient den Zielen 1"));
	}

	@Test
	void theInterventionsAreErasedWithTheCase() {
		var c = planCase();
		var intervention = plans.addIntervention(c.caseId(), mentoring(c, LocalDate.now(), null), latest(c).typedAgainst(),
				c.owner().asCurrentUser());
		plans.addInterventionTask(c.caseId(), intervention, new TaskInput("Introduce the mentor", c.owner().id(), LocalDate.now(),
				LocalDate.now()), latest(c).typedAgainst(), c.owner().asCurrentUser());

		transactions.executeWithoutResult(tx -> events.publishEvent(new CaseErasureDue(c.caseId(), ReferralId.random(), null, false)));

		assertThat(interventions(c)).isZero();
		assertThat(jdbc.sql("select count(*) from plan.task where intervention_id = :id").param("id", intervention).query(Long.class)
			.single()).isZero();
		assertThat(supportPlans.stillOpen(c.caseId())).isEmpty();
	}
}
