package eu.tandem.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;

import eu.tandem.agency.Country;
import eu.tandem.agency.Sector;
import eu.tandem.audit.AuditChain;
import eu.tandem.hub.AgreementTerms;
import eu.tandem.hub.Agreements;
import eu.tandem.hub.Art6Basis;
import eu.tandem.hub.Art9Condition;
import eu.tandem.hub.DataCategory;
import eu.tandem.hub.HubDetails;
import eu.tandem.hub.HubId;
import eu.tandem.hub.HubLevel;
import eu.tandem.hub.HubRole;
import eu.tandem.hub.Hubs;
import eu.tandem.hub.PurposeBasis;
import eu.tandem.hub.RetentionPeriod;
import eu.tandem.hub.SharingPurpose;
import eu.tandem.identity.AgencyId;
import eu.tandem.identity.Profession;
import eu.tandem.identity.Role;
import eu.tandem.kernel.NotFound;
import eu.tandem.kernel.ReferralId;
import eu.tandem.person.DateOfBirth;
import eu.tandem.person.PersonDetails;
import eu.tandem.person.PersonId;
import eu.tandem.person.PersonName;
import eu.tandem.person.Persons;
import eu.tandem.sharing.CaseInformation;
import eu.tandem.sharing.Consent;
import eu.tandem.sharing.ConsentRequest;
import eu.tandem.sharing.Disclosures;
import eu.tandem.sharing.ItemKind;
import eu.tandem.support.Fixtures;
import eu.tandem.support.StaffMember;
import eu.tandem.support.TandemIntegrationTest;
import eu.tandem.web.Language;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The retention job on the real database: what is due goes, what is held or still within retention stays; with
 * several nodes, one run at a time erases each case once.
 */
@TandemIntegrationTest
class RetentionIT {

	@Autowired
	private AuditChain auditChain;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Hubs hubs;

	@Autowired
	Agreements agreements;

	@Autowired
	CaseFiles cases;

	@Autowired
	Persons persons;

	@Autowired
	CaseInformation information;

	@Autowired
	Disclosures disclosures;

	@Autowired
	Retention retention;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	HubId hub;
	AgencyId youthWork;
	AgencyId school;
	StaffMember coordinator;
	StaffMember worker;
	StaffMember dpo;

	@BeforeEach
	void hub() {
		youthWork = fixtures.agency(Sector.YOUTH_WORK);
		school = fixtures.agency(Sector.EDUCATION);
		var sysadmin = fixtures.staff(youthWork, Role.SYSTEM_ADMINISTRATOR).asCurrentUser();
		hub = hubs.create(new HubDetails("Hub " + Fixtures.unique(), HubLevel.LOCAL, new Country("PL"), null, null, null, null,
				null, null, null, null, null, null), sysadmin).id();
		hubs.addAgency(hub, youthWork, "member", sysadmin);
		hubs.addAgency(hub, school, "member", sysadmin);
		coordinator = fixtures.staff(youthWork, Profession.COORDINATOR, Role.HUB_COORDINATOR);
		hubs.appoint(hub, coordinator.id(), HubRole.COORDINATOR, sysadmin);
		worker = fixtures.staff(youthWork, Profession.YOUTH_WORKER, Role.PRACTITIONER);
		dpo = fixtures.staff(school, Profession.OTHER, Role.DATA_PROTECTION_OFFICER);
	}

	CaseId closedCaseAbout(PersonId person, LocalDate closedOn) {
		var id = cases.open(ReferralId.random(), Fixtures.caseReference(), hub, person, coordinator.asCurrentUser());
		cases.appointOwner(id, worker.id(), coordinator.asCurrentUser());
		information.record(id, DataCategory.SOCIAL, ItemKind.NOTE, "Moved in with his grandmother", Language.ENGLISH,
				worker.asCurrentUser());
		disclosures.recordConsent(id, new ConsentRequest(Consent.Decision.GIVEN, Consent.DecidedBy.PERSON, Set.of(),
				Set.of(DataCategory.SOCIAL), Set.of(SharingPurpose.SUPPORT_PLANNING), LocalDate.now(), Consent.Obtained.WRITTEN,
				null, null), worker.asCurrentUser());
		cases.close(id, "The family moved abroad; the support ended.", worker.asCurrentUser());
		jdbc.sql("update casework.case_file set closed_at = cast(:day as date) where id = :id").param("day", closedOn)
			.param("id", id.value()).update();
		return id;
	}

	PersonId person(String given, String surname) {
		return persons.register(new PersonDetails(List.of(new PersonName(PersonName.Kind.NAME, given, surname, null)),
				new DateOfBirth(2008, 3, 14), null, null, Set.of(), List.of(), List.of()), hub, coordinator.asCurrentUser());
	}

	long count(String sql, Object id) {
		return jdbc.sql(sql).param("id", id).query(Long.class).single();
	}

	long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

	@Test
	void dueCasesAreErasedHeldAndRecentOnesStayAndTheRunIsRecorded() {
		var due = person("Mateusz", "Kowalczyk");
		var dueCase = closedCaseAbout(due, LocalDate.now().minusYears(3));
		var heldCase = closedCaseAbout(person("Aleksandra", "Nowak"), LocalDate.now().minusYears(3));
		var recentCase = closedCaseAbout(person("Zofia", "Wiśniewska"), LocalDate.now().minusMonths(2));
		retention.hold(heldCase, "Complaint to the ombudsman pending", dpo.asCurrentUser());

		var run = retention.sweep(dpo.asCurrentUser()).orElseThrow();

		assertThat(run.erased()).isGreaterThanOrEqualTo(1);
		assertThat(run.held()).isGreaterThanOrEqualTo(1);
		assertThat(run.kept()).isGreaterThanOrEqualTo(1);
		assertThat(count("select count(*) from sharing.item where case_id = :id", dueCase.value())).isZero();
		assertThat(count("select count(*) from sharing.consent where case_id = :id", dueCase.value())).isZero();
		assertThat(count("select count(*) from casework.case_file where id = :id and person_id is null and erased_at is not null",
				dueCase.value())).isOne();
		assertThat(count("select count(*) from casework.case_transition where case_id = :id and reason is null", dueCase.value()))
			.as("the moves stay, without why").isOne();
		assertThat(count("select count(*) from casework.case_transition where case_id = :id and reason is not null",
				heldCase.value())).as("a held case keeps its words").isOne();
		assertThat(count("select count(*) from person.name where person_id = :id", due.value())).isZero();
		assertThat(count("select count(*) from person.person where id = :id and erased_at is not null and birth_year is null",
				due.value())).isOne();
		assertThat(count("select count(*) from sharing.item where case_id = :id", heldCase.value())).isOne();
		assertThat(count("select count(*) from sharing.item where case_id = :id", recentCase.value())).isOne();
		assertThat(retention.runs(5)).extracting(Retention.Run::id).contains(run.id());
		assertThat(cases.view(dueCase, worker.asCurrentUser()).file().person())
			.as("the erased case stays, pseudonymous, for its team's counts").isNull();
		var verification = auditChain.verify(dpo.asCurrentUser().asAuditActor(), null);
		assertThat(verification.intact()).as("the audit trail is not erased, so it still verifies: %s", verification.inWords())
			.isTrue();
	}

	@Test
	void theAgreementsRetentionClauseDecidesWhenACaseIsDue() {
		var starts = LocalDate.now().minusYears(3);
		var version = agreements.draft(hub, new AgreementTerms("Covenant " + Fixtures.unique(), starts, LocalDate.now().plusYears(1),
				LocalDate.now().plusYears(1), "12 months after the case is closed, then deleted", Set.of(youthWork, school),
				List.of(new PurposeBasis(SharingPurpose.SUPPORT_PLANNING, Art6Basis.PUBLIC_TASK, Art9Condition.HEALTH_OR_SOCIAL_CARE,
						null, "Youth Act s. 3")),
				List.of(new AgreementTerms.FlowTerm(DataCategory.SOCIAL, Sector.YOUTH_WORK, Sector.EDUCATION, SharingPurpose.SUPPORT_PLANNING))),
				coordinator.asCurrentUser());
		for (var party : List.of(youthWork, school)) {
			agreements.sign(version.agreement(), version.number(), party, "Signatory", starts,
					fixtures.staff(party, Role.AGENCY_ADMINISTRATOR).asCurrentUser());
		}
		var thirteenMonths = closedCaseAbout(person("Jakub", "Zieliński"), LocalDate.now().minusMonths(13));

		retention.sweep(null);

		assertThat(RetentionPeriod.parse("12 months after the case is closed")).map(RetentionPeriod::months).contains(12L);
		assertThat(count("select count(*) from sharing.item where case_id = :id", thirteenMonths.value()))
			.as("due under the agreement's 12 months, though the default is two years").isZero();
	}

	@Test
	void onlyAnOfficerOfTheHubSetsALegalHold() {
		var id = closedCaseAbout(person("Piotr", "Lewandowski"), LocalDate.now().minusYears(3));
		var elsewhere = fixtures.staff(fixtures.agency(Sector.POLICE), Profession.OTHER, Role.DATA_PROTECTION_OFFICER);

		assertThatThrownBy(() -> retention.hold(id, "Not my hub", elsewhere.asCurrentUser())).isInstanceOf(NotFound.class);
		assertThatThrownBy(() -> retention.hold(id, "Owner", worker.asCurrentUser())).isInstanceOf(NotFound.class);
	}

	@Test
	void twoNodesStartingTheJobAtOnceEraseADueCaseOnce() throws Exception {
		var due = closedCaseAbout(person("Tomasz", "Wójcik"), LocalDate.now().minusYears(3));
		var runsBefore = count("select count(*) from casework.retention_run where ran_by is null");
		var nodes = Executors.newFixedThreadPool(2);
		boolean secondReturnedWhileTheFirstRan;
		try (var other = dataSource.getConnection()) {
			// someone else holds the case's row: the first node's run stops there, in the middle of its work
			lockRow(other, due);
			Future<?> first = nodes.submit(retention::daily);
			awaitWaitingForTheRow();

			Future<?> second = nodes.submit(retention::daily);
			secondReturnedWhileTheFirstRan = returnsWithin(second, Duration.ofSeconds(15));
			other.rollback();
			first.get(2, TimeUnit.MINUTES);
			second.get(2, TimeUnit.MINUTES);
		}
		finally {
			nodes.shutdownNow();
		}
		assertThat(count("select count(*) from audit.event where action = 'casework.erased' and subject_id = cast(:id as text)",
				due.value())).as("erased once").isOne();
		assertThat(count("select count(*) from casework.retention_run where ran_by is null"))
			.as("one run recorded").isEqualTo(runsBefore + 1);
		assertThat(count("select count(*) from casework.case_file where id = :id and erased_at is not null", due.value())).isOne();
		assertThat(secondReturnedWhileTheFirstRan).as("the second node skips its turn instead of waiting to erase too").isTrue();
	}

	@Test
	void aHoldSetWhileTheJobRunsKeepsTheCase() throws Exception {
		var due = closedCaseAbout(person("Krzysztof", "Kamiński"), LocalDate.now().minusYears(3));
		var job = Executors.newSingleThreadExecutor();
		try (var officer = dataSource.getConnection()) {
			// the job has read the list of due cases, and waits for the row while an officer sets the hold
			lockRow(officer, due);
			Future<?> run = job.submit(retention::daily);
			awaitWaitingForTheRow();
			try (var hold = officer.prepareStatement(
					"update casework.case_file set legal_hold_reason = 'Inquiry by the ombudsman' where id = ?")) {
				hold.setObject(1, due.value());
				hold.executeUpdate();
			}
			officer.commit();
			run.get(2, TimeUnit.MINUTES);
		}
		finally {
			job.shutdownNow();
		}
		assertThat(count("select count(*) from casework.case_file where id = :id and erased_at is null and person_id is not null",
				due.value())).as("kept under the hold").isOne();
		assertThat(count("select count(*) from sharing.item where case_id = :id", due.value())).isOne();
	}

	private static void lockRow(Connection connection, CaseId id) throws SQLException {
		connection.setAutoCommit(false);
		try (var lock = connection.prepareStatement("select id from casework.case_file where id = ? for update")) {
			lock.setObject(1, id.value());
			lock.executeQuery().close();
		}
	}

	/** Until a session of the application waits for a row lock on a case. */
	private void awaitWaitingForTheRow() throws InterruptedException {
		var deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
		while (count("select count(*) from pg_stat_activity where wait_event_type = 'Lock' and query ilike '%casework.case_file%'") == 0) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("The retention job never reached the locked case");
			}
			Thread.sleep(50);
		}
	}

	private static boolean returnsWithin(Future<?> task, Duration time) throws Exception {
		try {
			task.get(time.toMillis(), TimeUnit.MILLISECONDS);
			return true;
		}
		catch (TimeoutException stillRunning) {
			return false;
		}
	}
}
