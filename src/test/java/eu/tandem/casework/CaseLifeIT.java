package eu.tandem.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import eu.tandem.agency.Country;
import eu.tandem.agency.Sector;
import eu.tandem.audit.AuditLog;
import eu.tandem.audit.AuditOutcome;
import eu.tandem.audit.AuditSubject;
import eu.tandem.hub.DataCategory;
import eu.tandem.hub.HubDetails;
import eu.tandem.hub.HubId;
import eu.tandem.hub.HubLevel;
import eu.tandem.hub.HubRole;
import eu.tandem.hub.Hubs;
import eu.tandem.hub.SharingPurpose;
import eu.tandem.identity.Profession;
import eu.tandem.identity.Role;
import eu.tandem.kernel.InvalidInput;
import eu.tandem.kernel.NotFound;
import eu.tandem.kernel.ReferralId;
import eu.tandem.sharing.Consent;
import eu.tandem.sharing.ConsentRequest;
import eu.tandem.sharing.Disclosures;
import eu.tandem.support.Fixtures;
import eu.tandem.support.StaffMember;
import eu.tandem.support.TandemIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/** A case's life against the real database: each move asked of CaseLifecycle, recorded with who, when and why, and traced. */
@TandemIntegrationTest
class CaseLifeIT {

	@Autowired
	Fixtures fixtures;

	@Autowired
	Hubs hubs;

	@Autowired
	CaseFiles cases;

	@Autowired
	Disclosures disclosures;

	@Autowired
	AuditLog audit;

	@Autowired
	MessageSource messages;

	@Autowired
	JdbcClient jdbc;

	HubId hub;
	StaffMember coordinator;
	StaffMember owner;
	StaffMember member;
	StaffMember outsider;
	CaseId caseId;

	@BeforeEach
	void caseJustOpened() {
		var youthWork = fixtures.agency(Sector.YOUTH_WORK);
		var school = fixtures.agency(Sector.EDUCATION);
		var sysadmin = fixtures.staff(youthWork, Role.SYSTEM_ADMINISTRATOR).asCurrentUser();
		hub = hubs.create(new HubDetails("Hub " + Fixtures.unique(), HubLevel.LOCAL, new Country("NL"), null, null, null, null,
				null, null, null, null, null, null), sysadmin).id();
		hubs.addAgency(hub, youthWork, "member", sysadmin);
		hubs.addAgency(hub, school, "member", sysadmin);
		coordinator = fixtures.staff(youthWork, Profession.COORDINATOR, Role.HUB_COORDINATOR);
		hubs.appoint(hub, coordinator.id(), HubRole.COORDINATOR, sysadmin);
		owner = fixtures.staff(youthWork, Profession.YOUTH_WORKER, Role.PRACTITIONER);
		member = fixtures.staff(school, Profession.TEACHER, Role.PRACTITIONER);
		outsider = fixtures.staff(fixtures.agency(Sector.SOCIAL_CARE), Profession.SOCIAL_WORKER, Role.PRACTITIONER);
		caseId = cases.open(ReferralId.random(), Fixtures.caseReference(), hub, null, coordinator.asCurrentUser());
	}

	List<String> inEnglish(Throwable refused) {
		return ((InvalidInput) refused).each().stream().map(problem -> problem.field() + ": " + messages.getMessage(problem, Locale.UK))
			.toList();
	}

	CaseState state() {
		return cases.standing(caseId, coordinator.asCurrentUser()).orElseThrow().file().state();
	}

	@Test
	void aNewCaseIsScreenedAndGathersInformationOnlyOnceItHasAnOwner() {
		assertThat(state()).isEqualTo(CaseState.SCREENING);

		assertThatThrownBy(() -> cases.move(caseId, CaseState.INFORMATION_GATHERING, null, coordinator.asCurrentUser()))
			.satisfies(refused -> assertThat(inEnglish(refused)).containsExactly("to: The case has no owner. Appoint one on the case page first."));
		assertThat(state()).as("nothing moved").isEqualTo(CaseState.SCREENING);

		cases.appointOwner(caseId, owner.id(), coordinator.asCurrentUser());
		var moved = cases.move(caseId, CaseState.INFORMATION_GATHERING, "  Taken on at the hub meeting  ", owner.asCurrentUser());

		assertThat(moved.from()).isEqualTo(CaseState.SCREENING);
		assertThat(state()).isEqualTo(CaseState.INFORMATION_GATHERING);
		var standing = cases.view(caseId, owner.asCurrentUser());
		assertThat(cases.transitions(standing)).singleElement().satisfies(move -> {
			assertThat(move.to()).isEqualTo(CaseState.INFORMATION_GATHERING);
			assertThat(move.reason()).isEqualTo("Taken on at the hub meeting");
			assertThat(move.by()).isEqualTo(owner.id());
		});
		assertThat(audit.about(AuditSubject.of("case", caseId), 20)).anySatisfy(event -> {
			assertThat(event.event().action()).isEqualTo(CaseFiles.MOVED);
			assertThat(event.event().outcome()).isEqualTo(AuditOutcome.SUCCESS);
			assertThat(event.event().actor().userId()).isEqualTo(owner.id().value());
		});
	}

	@Test
	void supportBeginsOnlyWithAnAgreedPlanAndABasisAndSaysBothWhenBothAreMissing() {
		cases.appointOwner(caseId, owner.id(), coordinator.asCurrentUser());
		cases.move(caseId, CaseState.INFORMATION_GATHERING, null, owner.asCurrentUser());

		assertThatThrownBy(() -> cases.move(caseId, CaseState.SUPPORT, null, owner.asCurrentUser()))
			.satisfies(refused -> assertThat(inEnglish(refused)).containsExactly(
					"to: Support begins with a plan the person (or, for a minor, the guardian) agreed to. Record their agreement to the plan.",
					"to: A support plan needs a recorded legal basis or the person’s consent to support."));

		disclosures.recordConsent(caseId, new ConsentRequest(Consent.Decision.GIVEN, Consent.DecidedBy.PERSON, Set.of(),
				Set.of(DataCategory.SOCIAL), Set.of(SharingPurpose.SUPPORT_PLANNING), LocalDate.now().minusDays(1),
				Consent.Obtained.WRITTEN, null, null), owner.asCurrentUser());
		assertThatThrownBy(() -> cases.move(caseId, CaseState.SUPPORT, null, owner.asCurrentUser()))
			.as("the consent to support is the basis; the plan is still not agreed")
			.satisfies(refused -> assertThat(inEnglish(refused)).singleElement().asString().contains("plan the person"));
		assertThat(state()).isEqualTo(CaseState.INFORMATION_GATHERING);
	}

	@Test
	void aMoveTheLifecycleForbidsIsRefusedInWords() {
		assertThatThrownBy(() -> cases.move(caseId, CaseState.REVIEW, null, coordinator.asCurrentUser()))
			.satisfies(refused -> assertThat(inEnglish(refused)).containsExactly("to: A case in “screening” cannot move to “review”."));
		assertThatThrownBy(() -> cases.move(caseId, CaseState.SCREENING, null, coordinator.asCurrentUser()))
			.satisfies(refused -> assertThat(inEnglish(refused)).containsExactly("to: The case is already in “screening”."));
	}

	@Test
	void closingAndReopeningNeedASentenceAndReopeningClearsTheClosingButKeepsItsHistory() {
		cases.appointOwner(caseId, owner.id(), coordinator.asCurrentUser());
		assertThatThrownBy(() -> cases.move(caseId, CaseState.CLOSED, "done", owner.asCurrentUser()))
			.satisfies(refused -> assertThat(inEnglish(refused)).singleElement().asString()
				.startsWith("reason: Say in a sentence why the case is closed"));

		cases.close(caseId, "Not taken further: another service already supports him.", owner.asCurrentUser());
		var closed = cases.standing(caseId, owner.asCurrentUser()).orElseThrow().file();
		assertThat(closed.state()).isEqualTo(CaseState.CLOSED);
		assertThat(closed.closedAt()).isNotNull();
		assertThatThrownBy(() -> cases.addToTeam(caseId, member.id(), owner.asCurrentUser())).isInstanceOf(InvalidInput.class);

		assertThatThrownBy(() -> cases.move(caseId, CaseState.INFORMATION_GATHERING, "", owner.asCurrentUser()))
			.satisfies(refused -> assertThat(inEnglish(refused)).singleElement().asString()
				.startsWith("reason: Say in a sentence why the case is reopened"));
		var reopened = cases.move(caseId, CaseState.INFORMATION_GATHERING, "The other service ended; the school worries again.",
				owner.asCurrentUser());

		assertThat(reopened.reopened()).isTrue();
		var file = cases.standing(caseId, owner.asCurrentUser()).orElseThrow().file();
		assertThat(file.open()).isTrue();
		assertThat(file.closedAt()).isNull();
		assertThat(cases.closing(cases.view(caseId, owner.asCurrentUser()))).as("the closing reason lives on in the moves").isEmpty();
		cases.addToTeam(caseId, member.id(), owner.asCurrentUser());
		assertThat(cases.transitions(cases.view(caseId, owner.asCurrentUser()))).extracting(Transition::to)
			.containsExactly(CaseState.CLOSED, CaseState.INFORMATION_GATHERING);
		assertThat(audit.about(AuditSubject.of("case", caseId), 30)).extracting(event -> event.event().action())
			.contains(CaseFiles.CLOSED, CaseFiles.REOPENED);
	}

	@Test
	void onlyTheOwnerAndTheCoordinatorsMoveTheCaseAndAnOutsiderLearnsNothing() {
		cases.appointOwner(caseId, owner.id(), coordinator.asCurrentUser());
		cases.addToTeam(caseId, member.id(), owner.asCurrentUser());

		assertThatThrownBy(() -> cases.move(caseId, CaseState.INFORMATION_GATHERING, null, member.asCurrentUser()))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> cases.move(caseId, CaseState.INFORMATION_GATHERING, null, outsider.asCurrentUser()))
			.isInstanceOf(NotFound.class);
		assertThat(state()).isEqualTo(CaseState.SCREENING);
		assertThat(audit.about(AuditSubject.of("case", caseId), 30)).anySatisfy(event -> {
			assertThat(event.event().action()).isEqualTo(CaseFiles.MOVED);
			assertThat(event.event().outcome()).isNotEqualTo(AuditOutcome.SUCCESS);
		});
	}

	@Test
	void tandemMovesAClosedCaseIntoFollowUpOnceAndNotWhenSomeoneMovedItFirst() {
		cases.close(caseId, "Not taken further: another service already supports him.", coordinator.asCurrentUser());

		assertThat(cases.moveAsTandem(caseId, CaseState.SCREENING, CaseState.INFORMATION_GATHERING)).as("not where it was found").isEmpty();
		var moved = cases.moveAsTandem(caseId, CaseState.CLOSED, CaseState.FOLLOW_UP).orElseThrow();
		assertThat(moved.by()).isNull();
		assertThat(cases.moveAsTandem(caseId, CaseState.CLOSED, CaseState.FOLLOW_UP)).as("a second scheduler finds it moved").isEmpty();
		assertThat(state()).isEqualTo(CaseState.FOLLOW_UP);
		assertThat(cases.transitions(cases.view(caseId, coordinator.asCurrentUser())).getLast().by()).isNull();
	}

	@Test
	void aStateTheDatabaseDoesNotKnowCannotBeStored() {
		assertThatThrownBy(() -> jdbc.sql("update casework.case_file set state = 'PAUSED', closed_at = now() where id = :id").param("id", caseId.value())
			.update()).hasMessageContaining("case_state_known");
		assertThatThrownBy(() -> jdbc.sql("update casework.case_file set state = 'CLOSED' where id = :id").param("id", caseId.value())
			.update()).as("closed without a closing moment").hasMessageContaining("case_closed_when_not_open");
	}
}
