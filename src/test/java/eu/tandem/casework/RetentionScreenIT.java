package eu.tandem.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import eu.tandem.agency.Country;
import eu.tandem.agency.Sector;
import eu.tandem.audit.AuditAction;
import eu.tandem.audit.AuditLog;
import eu.tandem.audit.AuditSubject;
import eu.tandem.hub.HubDetails;
import eu.tandem.hub.HubId;
import eu.tandem.hub.HubLevel;
import eu.tandem.hub.HubRole;
import eu.tandem.hub.Hubs;
import eu.tandem.identity.AgencyId;
import eu.tandem.identity.Profession;
import eu.tandem.identity.Role;
import eu.tandem.kernel.ReferralId;
import eu.tandem.person.PersonDetails;
import eu.tandem.person.PersonName;
import eu.tandem.person.Persons;
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
 * The data protection officer's retention page over real HTTP: what the job did, running it now, and setting and
 * lifting a legal hold on a case of a hub the officer's agency belongs to. The page is the officers' alone (403 for
 * other roles); a reference the officer may not know is answered in words that do not tell whether it exists.
 * <p>
 * The officer and a practitioner sign in once for the class; every test opens a case of its own.
 */
@TandemIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RetentionScreenIT {

	private static final String NO_SUCH_CASE = "There is no case with this reference in a hub your agency belongs to.";

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
	AuditLog audit;

	@Autowired
	JdbcClient jdbc;

	HubId hub;
	StaffMember coordinator;
	StaffMember dpo;
	Browserless officer;
	Browserless practitioner;

	@BeforeAll
	void signIn() {
		var youthWork = fixtures.agency(Sector.YOUTH_WORK);
		AgencyId school = fixtures.agency(Sector.EDUCATION);
		var sysadmin = fixtures.staff(youthWork, Role.SYSTEM_ADMINISTRATOR).asCurrentUser();
		hub = hubs.create(new HubDetails("Hub " + Fixtures.unique(), HubLevel.LOCAL, new Country("PL"), null, null, null, null,
				null, null, null, null, null, null), sysadmin).id();
		hubs.addAgency(hub, youthWork, "member", sysadmin);
		hubs.addAgency(hub, school, "member", sysadmin);
		coordinator = fixtures.staff(youthWork, Profession.COORDINATOR, Role.HUB_COORDINATOR);
		hubs.appoint(hub, coordinator.id(), HubRole.COORDINATOR, sysadmin);
		dpo = fixtures.staff(school, Profession.OTHER, Role.DATA_PROTECTION_OFFICER);
		officer = new Browserless(port);
		officer.signIn(dpo);
		practitioner = new Browserless(port);
		practitioner.signIn(fixtures.staff(youthWork, Profession.YOUTH_WORKER, Role.PRACTITIONER));
	}

	@Test
	void officerRunsTheJobNowAndThePageShowsWhatItDidAndWhoStartedIt() {
		var page = officer.get("/dpo/retention");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.heading()).isEqualTo("Retention");

		var ran = officer.submit(page, "form[action$=/retention/run]", Map.of());

		assertThat(ran.path()).isEqualTo("/dpo/retention");
		var notice = ran.html().selectFirst(".notice").text();
		assertThat(notice).matches("Retention ran: \\d+ closed cases? erased, \\d+ kept under legal hold, \\d+ still within their retention\\.");
		var run = jdbc.sql("select ran_by, erased, held, kept from casework.retention_run order by ran_at desc limit 1")
			.query((rs, row) -> List.of(String.valueOf(rs.getObject("ran_by", UUID.class)), rs.getInt("erased") + " closed case"
					+ (rs.getInt("erased") == 1 ? "" : "s") + " erased, " + rs.getInt("held") + " kept under legal hold, "
					+ rs.getInt("kept") + " still within their retention.")).single();
		assertThat(run).containsExactly(dpo.id().value().toString(), notice.substring("Retention ran: ".length()));
		var newest = ran.html().selectFirst("table tbody tr");
		assertThat(newest.select("td").eachText()).endsWith("an officer", run.get(1));
	}

	@Test
	void officerSetsALegalHoldAndLiftsItFromThePage() {
		var caseId = openCase();

		var held = officer.submit(officer.get("/dpo/retention"), "form[action$=/retention/hold]",
				Map.of("reference", " " + caseId.value() + " ", "reason", "A complaint about the case is open", "action", "set"));

		assertThat(held.path()).isEqualTo("/dpo/retention");
		assertThat(held.html().selectFirst(".notice").text()).isEqualTo("Legal hold set. The case is not erased until you lift it.");
		assertThat(holdOf(caseId)).isEqualTo("A complaint about the case is open");
		assertTraced(caseId, "casework.legal-hold-set");

		var lifted = officer.submit(held, "form[action$=/retention/hold]", Map.of("reference", caseId.value().toString(), "action", "lift"));

		assertThat(lifted.html().selectFirst(".notice").text())
			.isEqualTo("Legal hold lifted. The case is erased when its retention has ended.");
		assertThat(holdOf(caseId)).isNull();
		assertTraced(caseId, "casework.legal-hold-lifted");
	}

	@Test
	void aHoldWithoutAReasonIsRefusedWithWhatIsMissing() {
		var caseId = openCase();

		var refused = officer.submit(officer.get("/dpo/retention"), "form[action$=/retention/hold]",
				Map.of("reference", caseId.value().toString(), "reason", "   ", "action", "set"));

		assertThat(problem(refused)).isEqualTo("Enter “Reason for the legal hold”.");
		assertThat(holdOf(caseId)).isNull();
	}

	@Test
	void aReferenceThatIsNoCaseOfTheOfficersHubsIsAnsweredTheSameWayWhateverItIs() {
		var elsewhere = openCaseIn(otherHub());
		var page = officer.get("/dpo/retention");

		for (var reference : List.of(UUID.randomUUID().toString(), "not a reference", elsewhere.value().toString())) {
			var refused = officer.submit(page, "form[action$=/retention/hold]",
					Map.of("reference", reference, "reason", "A complaint about the case is open", "action", "set"));
			assertThat(problem(refused)).as(reference).isEqualTo(NO_SUCH_CASE);
		}
		assertThat(holdOf(elsewhere)).isNull();
	}

	@Test
	void theRetentionPageIsTheOfficersAlone() {
		var caseId = openCase();
		var csrf = practitioner.get("/").html().selectFirst("input[name=_csrf]").val();

		var page = practitioner.get("/dpo/retention");
		var hold = practitioner.post("/dpo/retention/hold", Map.of("_csrf", csrf, "reference", caseId.value().toString(),
				"reason", "Not mine to hold", "action", "set"));

		assertThat(page.status()).isEqualTo(403);
		assertThat(page.heading()).isEqualTo("This page is not part of your role");
		assertThat(hold.status()).isEqualTo(403);
		assertThat(holdOf(caseId)).isNull();
	}

	private CaseId openCase() {
		return openCaseIn(hub);
	}

	private CaseId openCaseIn(HubId in) {
		var person = persons.register(new PersonDetails(List.of(new PersonName(PersonName.Kind.NAME, "Piotr", "Nowak", null)), null,
				null, null, Set.of(), List.of(), List.of()), in, coordinator.asCurrentUser());
		return cases.open(ReferralId.random(), Fixtures.caseReference(), in, person, coordinator.asCurrentUser());
	}

	/** A hub the officer's agency is not part of, run by the same coordinator. */
	private HubId otherHub() {
		var sysadmin = fixtures.staff(coordinator.agencyId(), Role.SYSTEM_ADMINISTRATOR).asCurrentUser();
		var other = hubs.create(new HubDetails("Other hub " + Fixtures.unique(), HubLevel.LOCAL, new Country("PL"), null, null, null,
				null, null, null, null, null, null, null), sysadmin).id();
		hubs.addAgency(other, coordinator.agencyId(), "member", sysadmin);
		hubs.appoint(other, coordinator.id(), HubRole.COORDINATOR, sysadmin);
		return other;
	}

	private String holdOf(CaseId caseId) {
		return jdbc.sql("select legal_hold_reason from casework.case_file where id = :id").param("id", caseId.value())
			.query(String.class).list().getFirst();
	}

	private void assertTraced(CaseId caseId, String action) {
		assertThat(audit.about(AuditSubject.of("case", caseId), 5)).anySatisfy(recorded -> {
			assertThat(recorded.event().action()).isEqualTo(AuditAction.of(action));
			assertThat(recorded.event().actor().userId()).isEqualTo(dpo.id().value());
		});
	}

	private static String problem(Page page) {
		return page.html().select(".error-summary li").text();
	}
}
