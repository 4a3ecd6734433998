package eu.tandem.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import eu.tandem.agency.Country;
import eu.tandem.agency.Sector;
import eu.tandem.casework.CaseErasureDue;
import eu.tandem.casework.CaseFiles;
import eu.tandem.casework.CaseId;
import eu.tandem.casework.CaseState;
import eu.tandem.casework.SupportPlans;
import eu.tandem.hub.DataCategory;
import eu.tandem.hub.HubDetails;
import eu.tandem.hub.HubId;
import eu.tandem.hub.HubLevel;
import eu.tandem.hub.HubRole;
import eu.tandem.hub.Hubs;
import eu.tandem.hub.SharingPurpose;
import eu.tandem.identity.Profession;
import eu.tandem.identity.Role;
import eu.tandem.kernel.EditConflict;
import eu.tandem.kernel.InvalidInput;
import eu.tandem.kernel.NotFound;
import eu.tandem.kernel.ReferralId;
import eu.tandem.person.DateOfBirth;
import eu.tandem.person.PersonDetails;
import eu.tandem.person.PersonId;
import eu.tandem.person.PersonName;
import eu.tandem.person.Persons;
import eu.tandem.sharing.Consent;
import eu.tandem.sharing.ConsentRequest;
import eu.tandem.sharing.Disclosures;
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

/** The support plan against the running application and its database: versions, agreement, conflicts, access, refusals. */
@TandemIntegrationTest
class SupportPlanIT {

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Hubs hubs;

	@Autowired
	Persons persons;

	@Autowired
	CaseFiles cases;

	@Autowired
	Plans plans;

	@Autowired
	SupportPlans supportPlans;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Disclosures disclosures;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionOperations transactions;

	/** A case in a hub of a youth work agency and a clinic: a youth worker owns it, a psychiatrist is on the team. */
	record PlanCase(HubId hub, CaseId caseId, PersonId person, StaffMember owner, StaffMember teamMember, StaffMember coordinator,
			StaffMember outsider) {
	}

	PlanCase planCase(DateOfBirth born) {
		var youthWork = fixtures.agency(Sector.YOUTH_WORK);
		var clinic = fixtures.agency(Sector.MENTAL_HEALTH_CARE);
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
		var person = persons.register(new PersonDetails(List.of(new PersonName(PersonName.Kind.NAME, "Jonas", "Berg", null)), born, null,
				null, Set.of(), List.of(), List.of()), hub, coordinator.asCurrentUser());
		var caseId = cases.open(ReferralId.random(), Fixtures.caseReference(), hub, person, coordinator.asCurrentUser());
		cases.appointOwner(caseId, owner.id(), coordinator.asCurrentUser());
		cases.addToTeam(caseId, teamMember.id(), coordinator.asCurrentUser());
		return new PlanCase(hub, caseId, person, owner, teamMember, coordinator, outsider);
	}

	PlanCase adultsCase() {
		return planCase(new DateOfBirth(1990, 4, 1));
	}

	static GoalInput goal(String statement, StaffMember responsible) {
		return new GoalInput(statement, "Training sessions a week", "0", "2", responsible.id(), LocalDate.now().plusMonths(3));
	}

	PlanVersion latest(CaseId id, StaffMember who) {
		return plans.read(id, who.asCurrentUser()).current().orElseThrow();
	}

	Browserless signedIn(StaffMember member) {
		var browser = new Browserless(port);
		browser.signIn(member);
		return browser;
	}

	@Test
	void theCaseEntersSupportOnlyOnceThePlanIsAgreedAndClosesOnlyWhenNoTaskIsLeftOpen() {
		var c = adultsCase();
		var owner = c.owner().asCurrentUser();
		disclosures.recordConsent(c.caseId(), new ConsentRequest(Consent.Decision.GIVEN, Consent.DecidedBy.PERSON, Set.of(),
				Set.of(DataCategory.SOCIAL), Set.of(SharingPurpose.SUPPORT_PLANNING), LocalDate.now().minusDays(1),
				Consent.Obtained.WRITTEN, null, null), owner);
		cases.move(c.caseId(), CaseState.INFORMATION_GATHERING, null, owner);
		var goal = plans.addGoal(c.caseId(), goal("Goes back to his football club", c.teamMember()), TypedAgainst.NO_PLAN_YET, owner);
		var task = plans.addTask(c.caseId(), goal, new TaskInput("Call the coach", c.owner().id(), LocalDate.now(),
				LocalDate.now().plusDays(7)), latest(c.caseId(), c.owner()).typedAgainst(), owner);
		assertThatThrownBy(() -> cases.move(c.caseId(), CaseState.SUPPORT, null, owner)).isInstanceOf(InvalidInput.class)
			.hasMessage("casework.lifecycle.noAgreedPlan");

		plans.agree(c.caseId(), new AgreementInput(DecidedBy.PERSON, LocalDate.now(), Obtained.WRITTEN, "Signed at the youth centre"),
				latest(c.caseId(), c.owner()).typedAgainst(), owner);
		cases.move(c.caseId(), CaseState.SUPPORT, null, owner);
		cases.move(c.caseId(), CaseState.REVIEW, "Three months on", owner);
		assertThatThrownBy(() -> cases.move(c.caseId(), CaseState.CLOSED, "He plays every week; the goals are met.", owner))
			.isInstanceOf(InvalidInput.class).hasMessage("casework.lifecycle.stillOpen")
			.satisfies(refused -> assertThat(((InvalidInput) refused).getArguments()).containsExactly(1, "Call the coach"));

		plans.markTask(c.caseId(), task, true, latest(c.caseId(), c.owner()).typedAgainst(), owner);
		cases.move(c.caseId(), CaseState.CLOSED, "He plays every week; the goals are met.", owner);
		assertThat(cases.standing(c.caseId(), owner).orElseThrow().file().state()).isEqualTo(CaseState.CLOSED);
	}

	@Test
	void anAgreedVersionStaysReadableAsAgreedWhileItsRevisionIsDrafted() {
		var c = adultsCase();
		var owner = c.owner().asCurrentUser();
		var goal = plans.addGoal(c.caseId(), goal("Goes back to his football club", c.teamMember()), TypedAgainst.NO_PLAN_YET, owner);
		plans.addTask(c.caseId(), goal, new TaskInput("Call the coach", c.owner().id(), LocalDate.now(), LocalDate.now().plusDays(7)),
				latest(c.caseId(), c.owner()).typedAgainst(), owner);
		plans.addTask(c.caseId(), goal, new TaskInput("Visit a training", c.owner().id(), LocalDate.now(), LocalDate.now().plusDays(3)),
				latest(c.caseId(), c.owner()).typedAgainst(), owner);
		assertThat(supportPlans.agreed(c.caseId())).isFalse();

		plans.agree(c.caseId(), new AgreementInput(DecidedBy.PERSON, LocalDate.now(), Obtained.WRITTEN, "Signed at the youth centre"),
				latest(c.caseId(), c.owner()).typedAgainst(), owner);

		assertThat(supportPlans.agreed(c.caseId())).isTrue();
		assertThat(supportPlans.stillOpen(c.caseId())).containsExactly("Visit a training", "Call the coach");
		var agreed = latest(c.caseId(), c.owner());
		assertThatThrownBy(() -> plans.changeGoal(c.caseId(), goal, goal("Something else", c.owner()), agreed.typedAgainst(), owner))
			.isInstanceOf(EditConflict.class);

		var next = plans.revise(c.caseId(), agreed.typedAgainst(), owner);

		assertThat(next).isEqualTo(2);
		assertThat(supportPlans.agreed(c.caseId())).isFalse();
		var draft = latest(c.caseId(), c.owner());
		assertThat(draft.goals()).singleElement().satisfies(copy -> {
			assertThat(copy.statement()).isEqualTo("Goes back to his football club");
			assertThat(copy.tasks()).hasSize(2);
		});
		plans.changeGoal(c.caseId(), draft.goals().getFirst().id(), goal("Plays a match with his old team", c.owner()),
				draft.typedAgainst(), owner);
		var page = signedIn(c.teamMember()).get("/cases/" + c.caseId() + "/plan/versions/1");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.mainText()).contains("Goes back to his football club", "Signed at the youth centre")
			.doesNotContain("Plays a match");
		assertThat(signedIn(c.teamMember()).get("/cases/" + c.caseId() + "/plan").mainText()).contains("Plays a match");
	}

	@Test
	void theSecondOfTwoPeopleEditingOnePlanIsToldAndKeepsWhatTheyTyped() {
		var c = adultsCase();
		plans.addGoal(c.caseId(), goal("Finishes the school year", c.owner()), TypedAgainst.NO_PLAN_YET, c.owner().asCurrentUser());
		var owner = signedIn(c.owner());
		var coordinator = signedIn(c.coordinator());
		var ownersPage = owner.get("/cases/" + c.caseId() + "/plan");
		var coordinatorsPage = coordinator.get("/cases/" + c.caseId() + "/plan");
		var fields = Map.of("statement", "Joins the climbing group", "indicator", "Sessions a month", "baseline", "0", "target", "2",
				"responsible", c.owner().id().value().toString(), "date", LocalDate.now().plusMonths(2).toString());
		var saved = owner.submit(ownersPage, "form[action$='/plan/goals']", fields);
		assertThat(saved.mainText()).contains("Joins the climbing group");

		var typed = Map.of("statement", "Sees the school counsellor", "indicator", "Meetings a month", "baseline", "0", "target", "1",
				"responsible", c.teamMember().id().value().toString(), "date", LocalDate.now().plusMonths(1).toString());
		var refused = coordinator.submit(coordinatorsPage, "form[action$='/plan/goals']", typed);

		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.html().select(".error-summary").text()).contains("Someone else changed the plan");
		assertThat(refused.html().getElementById("statement").text()).isEqualTo("Sees the school counsellor");
		assertThat(refused.inputValue("indicator")).isEqualTo("Meetings a month");
		assertThat(latest(c.caseId(), c.owner()).goals()).extracting(Goal::statement)
			.containsExactly("Finishes the school year", "Joins the climbing group");

		// the form now carries the plan's version as the page shows it: saving again is a decision, and goes through
		var again = coordinator.submit(refused, "form[action$='/plan/goals']", typed);

		assertThat(again.mainText()).contains("Sees the school counsellor");
		assertThat(latest(c.caseId(), c.owner()).goals()).hasSize(3);
	}

	@Test
	void badInputIsRefusedNextToEachFieldWithNothingSavedAndWhatWasTypedKept() {
		var c = adultsCase();
		var owner = signedIn(c.owner());
		var page = owner.get("/cases/" + c.caseId() + "/plan");

		var refused = owner.submit(page, "form[action$='/plan/goals']", Map.of("statement", "Keeps his job at the bakery",
				"indicator", "", "baseline", "3 days a week", "target", "3 days a week", "responsible", c.outsider().id().value().toString(),
				"date", ""));

		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.fieldError("indicator")).isEqualTo("Enter “Indicator”.");
		assertThat(refused.fieldError("target")).contains("same as the baseline");
		assertThat(refused.fieldError("responsible")).contains("not on the case team");
		assertThat(refused.fieldError("date")).contains("Enter the date");
		assertThat(refused.html().getElementById("statement").text()).isEqualTo("Keeps his job at the bakery");
		assertThat(refused.inputValue("baseline")).isEqualTo("3 days a week");
		assertThat(jdbc.sql("select count(*) from plan.plan_version where case_id = :case").param("case", c.caseId().value())
			.query(Long.class).single()).isZero();
	}

	@Test
	void aTaskDueBeforeItStartsIsRefusedOnTheGoalsPage() {
		var c = adultsCase();
		var goal = plans.addGoal(c.caseId(), goal("Sleeps at home", c.owner()), TypedAgainst.NO_PLAN_YET, c.owner().asCurrentUser());
		var owner = signedIn(c.owner());
		var page = owner.get("/cases/" + c.caseId() + "/plan/goals/" + goal);

		var refused = owner.submit(page, "form[action$='/tasks']", Map.of("title", "Talk to his mother", "assignee",
				c.teamMember().id().value().toString(), "starts", LocalDate.now().plusDays(5).toString(), "due", LocalDate.now().toString()));

		assertThat(refused.fieldError("due")).isEqualTo("A task cannot be due before it starts.");
		assertThat(refused.inputValue("title")).isEqualTo("Talk to his mother");
		assertThat(latest(c.caseId(), c.owner()).goals().getFirst().tasks()).isEmpty();
	}

	@Test
	void aMinorsPlanNeedsTheGuardiansAgreementAndNoDayToCome() {
		var c = planCase(new DateOfBirth(LocalDate.now().getYear() - 15, 1, 1));
		var owner = c.owner().asCurrentUser();
		plans.addGoal(c.caseId(), goal("Goes to school every day", c.owner()), TypedAgainst.NO_PLAN_YET, owner);
		var draft = latest(c.caseId(), c.owner()).typedAgainst();

		assertThatThrownBy(() -> plans.agree(c.caseId(), new AgreementInput(DecidedBy.PERSON, LocalDate.now().plusDays(1), Obtained.ORAL,
				null), draft, owner))
			.isInstanceOfSatisfying(InvalidInput.class, refused -> assertThat(refused.each()).extracting(InvalidInput::field)
				.containsExactlyInAnyOrder("decidedBy", "decidedOn"));
		assertThat(supportPlans.agreed(c.caseId())).isFalse();

		plans.agree(c.caseId(), new AgreementInput(DecidedBy.GUARDIAN, LocalDate.now(), Obtained.ORAL, null), draft, owner);

		assertThat(supportPlans.agreed(c.caseId())).isTrue();
	}

	@Test
	void theTeamReadsTheOwnerAndCoordinatorsChangeAndAnyoneElseFindsNothing() {
		var c = adultsCase();
		plans.addGoal(c.caseId(), goal("Finds a flat", c.owner()), TypedAgainst.NO_PLAN_YET, c.owner().asCurrentUser());
		var plan = "/cases/" + c.caseId() + "/plan";

		var read = signedIn(c.teamMember()).get(plan);
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.mainText()).contains("Finds a flat");
		assertThat(read.html().select("form[action$='/plan/goals']")).isEmpty();
		assertThat(read.header("Cache-Control")).contains("no-store");
		assertThat(signedIn(c.outsider()).get(plan).status()).isEqualTo(404);
		assertThat(signedIn(c.outsider()).get(plan + "/versions/1").status()).isEqualTo(404);

		var teamMember = signedIn(c.teamMember());
		var forbidden = teamMember.post(plan + "/goals", Map.of("statement", "x", "indicator", "y", "baseline", "0", "target", "1",
				"responsible", c.owner().id().value().toString(), "date", LocalDate.now().toString(), "number", "1", "rowVersion", "1",
				"_csrf", teamMember.get(plan).html().select("input[name=_csrf]").val()));
		assertThat(forbidden.status()).isEqualTo(403);
		assertThatThrownBy(() -> plans.addGoal(c.caseId(), goal("x", c.owner()), latest(c.caseId(), c.owner()).typedAgainst(),
				c.teamMember().asCurrentUser())).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> plans.read(c.caseId(), c.outsider().asCurrentUser())).isInstanceOf(NotFound.class);

		plans.addGoal(c.caseId(), goal("Registers with a doctor", c.teamMember()), latest(c.caseId(), c.owner()).typedAgainst(),
				c.coordinator().asCurrentUser());
		assertThat(latest(c.caseId(), c.owner()).goals()).hasSize(2);
		assertThat(jdbc.sql("select count(*) from audit.event where subject_type = 'plan' and subject_id = :case and outcome = 'DENIED'")
			.param("case", c.caseId().toString()).query(Long.class).single()).isGreaterThanOrEqualTo(3);
	}

	@Test
	void thePlanIsErasedWithTheCase() {
		var c = adultsCase();
		var goal = plans.addGoal(c.caseId(), goal("Goes fishing with his uncle", c.owner()), TypedAgainst.NO_PLAN_YET,
				c.owner().asCurrentUser());
		plans.addTask(c.caseId(), goal, new TaskInput("Ask the uncle", c.owner().id(), LocalDate.now(), LocalDate.now()),
				latest(c.caseId(), c.owner()).typedAgainst(), c.owner().asCurrentUser());

		transactions.executeWithoutResult(tx -> events.publishEvent(new CaseErasureDue(c.caseId(), ReferralId.random(), c.person(), false)));

		assertThat(jdbc.sql("select count(*) from plan.plan_version where case_id = :case").param("case", c.caseId().value())
			.query(Long.class).single()).isZero();
		assertThat(jdbc.sql("select count(*) from plan.goal where id = :goal").param("goal", goal).query(Long.class).single()).isZero();
		assertThat(supportPlans.stillOpen(c.caseId())).isEmpty();
	}

	@Test
	void theGuidanceLinksToItemsOfTheLibrary() {
		var c = adultsCase();
		var browser = signedIn(c.owner());
		var links = browser.get("/cases/" + c.caseId() + "/plan").html().select("aside a").eachAttr("href");

		assertThat(links).hasSize(2);
		for (var link : links) {
			assertThat(browser.get(link).status()).as(link).isEqualTo(200);
		}
	}

	@Test
	void aGoalOfAnotherCaseIsNotFound() {
		var c = adultsCase();
		var other = adultsCase();
		var goal = plans.addGoal(other.caseId(), goal("Reads a book a month", other.owner()), TypedAgainst.NO_PLAN_YET,
				other.owner().asCurrentUser());

		assertThat(signedIn(c.owner()).get("/cases/" + c.caseId() + "/plan/goals/" + goal).status()).isEqualTo(404);
		assertThat(signedIn(c.owner()).get("/cases/" + c.caseId() + "/plan/goals/" + UUID.randomUUID()).status()).isEqualTo(404);
	}
}
