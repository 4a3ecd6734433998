package eu.tandem.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;

import eu.tandem.agency.Country;
import eu.tandem.agency.Sector;
import eu.tandem.audit.AuditLog;
import eu.tandem.audit.AuditSubject;
import eu.tandem.hub.HubDetails;
import eu.tandem.hub.HubLevel;
import eu.tandem.hub.HubRole;
import eu.tandem.hub.Hubs;
import eu.tandem.identity.Accounts;
import eu.tandem.identity.Profession;
import eu.tandem.identity.Role;
import eu.tandem.kernel.ReferralId;
import eu.tandem.plan.Frequency;
import eu.tandem.plan.GoalInput;
import eu.tandem.plan.InterventionInput;
import eu.tandem.plan.InterventionStatus;
import eu.tandem.plan.Plans;
import eu.tandem.plan.TypedAgainst;
import eu.tandem.support.Browserless;
import eu.tandem.support.Fixtures;
import eu.tandem.support.StaffMember;
import eu.tandem.support.TandemIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** {@code GET /api/v1/cases/{reference}} over real HTTP with the pages' session: the case for who sees it, 404 for the rest. */
@TandemIntegrationTest
class CaseApiIT {

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Hubs hubs;

	@Autowired
	CaseFiles cases;

	@Autowired
	AuditLog audit;

	@Autowired
	Accounts accounts;

	@Autowired
	Plans plans;

	final ObjectMapper json = new ObjectMapper();

	StaffMember owner;
	StaffMember teacher;
	StaffMember outsider;
	CaseId caseId;
	String reference;

	@BeforeEach
	void caseInInformationGathering() {
		var youthWork = fixtures.agency(Sector.YOUTH_WORK, "Youth work " + Fixtures.unique());
		var school = fixtures.agency(Sector.EDUCATION, "School " + Fixtures.unique());
		var sysadmin = fixtures.staff(youthWork, Role.SYSTEM_ADMINISTRATOR).asCurrentUser();
		var hub = hubs.create(new HubDetails("Hub " + Fixtures.unique(), HubLevel.LOCAL, new Country("FR"), null, null, null, null,
				null, null, null, null, null, null), sysadmin).id();
		hubs.addAgency(hub, youthWork, "member", sysadmin);
		hubs.addAgency(hub, school, "member", sysadmin);
		var coordinator = fixtures.staff(youthWork, Profession.COORDINATOR, Role.HUB_COORDINATOR);
		hubs.appoint(hub, coordinator.id(), HubRole.COORDINATOR, sysadmin);
		owner = fixtures.staff(youthWork, Profession.YOUTH_WORKER, Role.PRACTITIONER);
		teacher = fixtures.staff(school, Profession.TEACHER, Role.PRACTITIONER);
		outsider = fixtures.staff(fixtures.agency(Sector.POLICE), Profession.POLICE_OFFICER, Role.PRACTITIONER);
		reference = Fixtures.caseReference();
		caseId = cases.open(ReferralId.random(), reference, hub, null, coordinator.asCurrentUser());
		cases.appointOwner(caseId, owner.id(), coordinator.asCurrentUser());
		cases.addToTeam(caseId, teacher.id(), owner.asCurrentUser());
		cases.move(caseId, CaseState.INFORMATION_GATHERING, null, owner.asCurrentUser());
	}

	Browserless signedIn(StaffMember member) {
		var browser = new Browserless(port);
		browser.signIn(member);
		return browser;
	}

	@Test
	void aTeamMemberReadsTheCaseAsJsonWithItsStateOwnerAndTeam() throws Exception {
		var answer = signedIn(teacher).get("/api/v1/cases/" + reference);

		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.header("Content-Type")).startsWith("application/json");
		assertThat(answer.header("Cache-Control")).contains("no-store");
		JsonNode body = json.readTree(answer.body());
		assertThat(body.get("reference").asString()).isEqualTo(reference);
		assertThat(body.get("state").asString()).isEqualTo("INFORMATION_GATHERING");
		assertThat(body.get("owner").get("name").asString()).isEqualTo(accounts.card(owner.id()).orElseThrow().displayName());
		assertThat(body.get("team")).extracting(member -> member.get("profession").asString()).contains("YOUTH_WORKER", "TEACHER");
		assertThat(audit.about(AuditSubject.of("case", caseId), 30)).anySatisfy(event -> {
			assertThat(event.event().action()).isEqualTo(CaseFiles.VIEWED);
			assertThat(event.event().actor().userId()).isEqualTo(teacher.id().value());
		});
	}

	@Test
	void thePlanComesWithItsGoalsAndInterventionsForWhoSeesTheCase() throws Exception {
		assertThat(json.readTree(signedIn(teacher).get("/api/v1/cases/" + reference).body()).has("plan")).as("no plan yet").isFalse();
		var goal = plans.addGoal(caseId, new GoalInput("Goes to school every day", "School days a week", "2", "5", teacher.id(),
				LocalDate.now().plusMonths(3)), TypedAgainst.NO_PLAN_YET, owner.asCurrentUser());
		plans.addIntervention(caseId, new InterventionInput("mentoring", owner.agencyId(), owner.id(), LocalDate.now(),
				Frequency.WEEKLY, null, InterventionStatus.PLANNED, Set.of(goal)), plans.against(caseId, owner.asCurrentUser()),
				owner.asCurrentUser());

		JsonNode plan = json.readTree(signedIn(teacher).get("/api/v1/cases/" + reference).body()).get("plan");

		assertThat(plan.get("agreed").asBoolean()).isFalse();
		var first = plan.get("goals").get(0);
		assertThat(first.get("indicator").asString()).isEqualTo("School days a week");
		assertThat(first.get("baseline").asString()).isEqualTo("2");
		assertThat(first.get("target").asString()).isEqualTo("5");
		assertThat(first.get("responsible").asString()).isEqualTo(accounts.card(teacher.id()).orElseThrow().displayName());
		assertThat(first.get("due").asString()).isEqualTo(LocalDate.now().plusMonths(3).toString());
		var intervention = plan.get("interventions").get(0);
		assertThat(intervention.get("code").asString()).isEqualTo("mentoring");
		assertThat(intervention.get("frequency").asString()).isEqualTo("WEEKLY");
		assertThat(intervention.get("goals").get(0).asString()).isEqualTo("Goes to school every day");
	}

	@Test
	void anyoneElseIsToldTheCaseIsNotFoundAndASignedOutScriptThatItIsNotSignedIn() {
		assertThat(signedIn(outsider).get("/api/v1/cases/" + reference).status()).isEqualTo(404);
		assertThat(signedIn(outsider).get("/api/v1/cases/XYZ-2026-9999").status()).isEqualTo(404);
		var signedOut = new Browserless(port).get("/api/v1/cases/" + reference);
		assertThat(signedOut.status()).isEqualTo(401);
		assertThat(signedOut.hops()).as("not sent to a sign-in page").isEmpty();
	}
}
