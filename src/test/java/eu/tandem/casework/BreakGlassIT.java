package eu.tandem.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

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
import eu.tandem.identity.AgencyId;
import eu.tandem.identity.Profession;
import eu.tandem.identity.Role;
import eu.tandem.kernel.InvalidInput;
import eu.tandem.kernel.NotFound;
import eu.tandem.kernel.ReferralId;
import eu.tandem.support.Fixtures;
import eu.tandem.support.StaffMember;
import eu.tandem.support.TandemIntegrationTest;
import eu.tandem.support.TestTotp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.assertj.core.api.ThrowingConsumer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Break the glass against the real database: who may, for how long, what it shows, and its trace. */
@TandemIntegrationTest
class BreakGlassIT {

	@Autowired
	MessageSource messages;

	/** The refusal says this, among its words, to an English reader. */
	ThrowingConsumer<Throwable> says(String words) {
		return refused -> assertThat(messages.getMessage((InvalidInput) refused, java.util.Locale.UK)).contains(words);
	}

	@Autowired
	Fixtures fixtures;

	@Autowired
	Hubs hubs;

	@Autowired
	CaseFiles cases;

	@Autowired
	BreakGlass breakGlass;

	@Autowired
	WaitingCaseWork waiting;

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcClient jdbc;

	HubId hub;
	AgencyId police;
	AgencyId youthWork;
	StaffMember coordinator;
	StaffMember owner;
	StaffMember officer;
	StaffMember dpo;
	CaseId caseId;

	@BeforeEach
	void caseWithATeam() {
		police = fixtures.agency(Sector.POLICE);
		youthWork = fixtures.agency(Sector.YOUTH_WORK);
		var sysadmin = fixtures.staff(youthWork, Role.SYSTEM_ADMINISTRATOR).asCurrentUser();
		hub = hubs.create(new HubDetails("Hub " + Fixtures.unique(), HubLevel.LOCAL, new Country("BE"), null, null, null, null,
				null, null, null, null, null, null), sysadmin).id();
		hubs.addAgency(hub, police, "member", sysadmin);
		hubs.addAgency(hub, youthWork, "member", sysadmin);
		coordinator = fixtures.staff(youthWork, Profession.COORDINATOR, Role.HUB_COORDINATOR);
		hubs.appoint(hub, coordinator.id(), HubRole.COORDINATOR, sysadmin);
		owner = fixtures.staff(youthWork, Profession.YOUTH_WORKER, Role.PRACTITIONER);
		officer = fixtures.staff(police, Profession.POLICE_OFFICER, Role.PRACTITIONER);
		dpo = fixtures.staff(police, Profession.OTHER, Role.DATA_PROTECTION_OFFICER);
		caseId = cases.open(ReferralId.random(), Fixtures.caseReference(), hub, null, coordinator.asCurrentUser());
		cases.appointOwner(caseId, owner.id(), coordinator.asCurrentUser());
	}

	@Test
	void practitionerOfTheHubOpensTheCaseForThreeHoursWithTheTraceInTheSameTransaction() {
		assertThatThrownBy(() -> cases.view(caseId, officer.asCurrentUser())).isInstanceOf(NotFound.class);

		var grant = breakGlass.openCase(caseId, "Called by the hospital: he threatened to harm his brother tonight",
				officer.asCurrentUser());

		assertThat(Duration.between(grant.openedAt(), grant.expiresAt())).isEqualTo(Duration.ofHours(3));
		var standing = cases.view(caseId, officer.asCurrentUser());
		assertThat(standing.emergency()).isTrue();
		assertThat(standing.emergencySteps()).isEmpty();
		assertThat(standing.entitled()).isFalse();
		var trail = audit.about(AuditSubject.of("case", caseId), 20);
		assertThat(trail).anySatisfy(event -> {
			assertThat(event.event().action()).isEqualTo(BreakGlass.GLASS_BROKEN);
			assertThat(event.event().actor().userId()).isEqualTo(officer.id().value());
			assertThat(event.event().purpose()).isEqualTo("emergency");
		});
		assertThat(trail).anySatisfy(event -> {
			assertThat(event.event().action()).isEqualTo(CaseFiles.VIEWED);
			assertThat(event.event().purpose()).isEqualTo("emergency");
		});
		assertThat(breakGlass.onCase(caseId)).extracting(EmergencyAccess::user).containsExactly(officer.id());
		assertThat(breakGlass.reviewQueue(dpo.asCurrentUser())).extracting(EmergencyAccess::id).contains(grant.id());
	}

	@Test
	void accessEndsWhenTheGrantExpires() {
		var grant = breakGlass.openCase(caseId, "Missing since this morning, family fears self-harm", officer.asCurrentUser());
		jdbc.sql("update casework.emergency_access set opened_at = opened_at - interval '4 hours', expires_at = expires_at - interval '4 hours' where id = :id")
			.param("id", grant.id()).update();

		assertThatThrownBy(() -> cases.view(caseId, officer.asCurrentUser())).isInstanceOf(NotFound.class);
	}

	@Test
	void aShortReasonIsRefusedNothingIsGrantedAndTheAttemptIsTraced() {
		assertThatThrownBy(() -> breakGlass.openCase(caseId, "urgent", officer.asCurrentUser()))
			.isInstanceOf(InvalidInput.class).satisfies(says("at least 20 characters"));

		assertThat(breakGlass.onCase(caseId)).isEmpty();
		assertThat(audit.about(AuditSubject.of("case", caseId), 20)).anySatisfy(event -> {
			assertThat(event.event().action()).isEqualTo(BreakGlass.GLASS_BROKEN);
			assertThat(event.event().outcome()).isEqualTo(AuditOutcome.DENIED);
			assertThat(event.event().reason()).isEqualTo("reason-too-short");
		});
	}

	@Test
	void systemAdministratorsAndPractitionersOfOtherHubsCannotBreakTheGlass() {
		var administrator = fixtures.staff(police, Profession.POLICE_OFFICER, Role.PRACTITIONER, Role.SYSTEM_ADMINISTRATOR);
		var elsewhere = fixtures.staff(fixtures.agency(Sector.POLICE), Profession.POLICE_OFFICER, Role.PRACTITIONER);
		var reason = "Called by the hospital: he threatened to harm his brother tonight";

		for (var refused : List.of(administrator, elsewhere)) {
			assertThatThrownBy(() -> breakGlass.openCase(caseId, reason, refused.asCurrentUser())).isInstanceOf(NotFound.class);
		}
		assertThat(breakGlass.onCase(caseId)).isEmpty();
	}

	@Test
	void aSecondStepWithoutACaseLevelGrantDoesNotExistAndIsTraced() {
		var reason = "Crisis team asks which medication he is on before they go in";
		for (var category : List.of(DataCategory.HEALTH, DataCategory.SECURITY, DataCategory.JUSTICE)) {
			assertThatThrownBy(() -> breakGlass.openCategory(caseId, category, reason, TestTotp.freshCode(officer.totpSecret()),
					officer.asCurrentUser())).isInstanceOf(NotFound.class);
		}
		assertThat(breakGlass.onCase(caseId)).isEmpty();
		assertThat(audit.about(AuditSubject.of("case", caseId), 20)).filteredOn(event -> "no-case-grant".equals(event.event().reason()))
			.extracting(event -> event.event().action().code())
			.containsExactlyInAnyOrder("casework.health-glass-broken", "casework.security-glass-broken", "casework.justice-glass-broken");
	}

	@Test
	void aSecondStepNeedsItsOwnReasonAndAFreshCodeThatWorksOnce() {
		breakGlass.openCase(caseId, "Called by the hospital: he threatened to harm his brother tonight", officer.asCurrentUser());
		var reason = "Crisis team asks which medication he is on before they go in";
		assertThatThrownBy(() -> breakGlass.openCategory(caseId, DataCategory.HEALTH, "medication", TestTotp.freshCode(officer.totpSecret()),
				officer.asCurrentUser())).isInstanceOf(InvalidInput.class).satisfies(says("at least 20 characters"));
		assertThatThrownBy(() -> breakGlass.openCategory(caseId, DataCategory.HEALTH, reason, "000000", officer.asCurrentUser()))
			.isInstanceOf(InvalidInput.class).satisfies(says("authenticator"));
		assertThat(breakGlass.onCase(caseId)).extracting(EmergencyAccess::scope).containsExactly(EmergencyAccess.Scope.CASE);

		var code = TestTotp.freshCode(officer.totpSecret());
		breakGlass.openCategory(caseId, DataCategory.HEALTH, reason, code, officer.asCurrentUser());
		assertThat(cases.standing(caseId, officer.asCurrentUser()).orElseThrow().emergencySteps()).containsExactly(DataCategory.HEALTH);
		assertThatThrownBy(() -> breakGlass.openCategory(caseId, DataCategory.SECURITY, reason, code, officer.asCurrentUser()))
			.as("a code works once").isInstanceOf(InvalidInput.class)
			.extracting(refused -> ((InvalidInput) refused).getCodes()[0]).isEqualTo("casework.error.badCode");
		assertThat(cases.standing(caseId, officer.asCurrentUser()).orElseThrow().emergencySteps()).containsExactly(DataCategory.HEALTH);
	}

	@Test
	void twoRequestsAtOnceMakeOneGrantAndTheSecondIsToldWhy() throws Exception {
		var reason = "Called by the hospital: he threatened to harm his brother tonight";
		var outcomes = twice(() -> breakGlass.openCase(caseId, reason, officer.asCurrentUser()));
		assertThat(breakGlass.onCase(caseId)).hasSize(1);
		assertThat(outcomes).filteredOn(outcome -> outcome instanceof InvalidInput)
			.singleElement()
			.satisfies(refusal -> assertThat(((InvalidInput) refusal).getCodes()).containsExactly("casework.error.alreadyOpen"));

		var codes = List.of(TestTotp.freshCode(officer.totpSecret()), TestTotp.freshCode(officer.totpSecret()));
		var taken = new java.util.concurrent.atomic.AtomicInteger();
		var steps = twice(() -> breakGlass.openCategory(caseId, DataCategory.SECURITY, "Police on site need to know if he is armed",
				codes.get(taken.getAndIncrement()), officer.asCurrentUser()));
		assertThat(breakGlass.onCase(caseId)).filteredOn(grant -> grant.scope() == EmergencyAccess.Scope.SECURITY).hasSize(1);
		assertThat(steps).filteredOn(outcome -> outcome instanceof InvalidInput).hasSize(1);
	}

	/** Runs the action twice at the same moment; the grant each made, or what refused it. */
	private static List<Object> twice(java.util.concurrent.Callable<Object> action) throws Exception {
		var start = new java.util.concurrent.CountDownLatch(1);
		try (var pool = java.util.concurrent.Executors.newFixedThreadPool(2)) {
			var futures = new java.util.ArrayList<java.util.concurrent.Future<Object>>();
			for (int i = 0; i < 2; i++) {
				futures.add(pool.submit(() -> {
					start.await();
					try {
						return action.call();
					}
					catch (InvalidInput refused) {
						return refused;
					}
				}));
			}
			start.countDown();
			var outcomes = new java.util.ArrayList<Object>();
			for (var future : futures) {
				outcomes.add(future.get());
			}
			return outcomes;
		}
	}

	@Test
	void aSecondStepEndsWithTheCaseLevelGrant() {
		var caseGrant = breakGlass.openCase(caseId, "Called by the hospital: he threatened to harm his brother tonight",
				officer.asCurrentUser());
		jdbc.sql("update casework.emergency_access set expires_at = opened_at + interval '20 minutes' where id = :id")
			.param("id", caseGrant.id()).update();

		var step = breakGlass.openCategory(caseId, DataCategory.SECURITY, "Police on site need to know if he is armed",
				TestTotp.freshCode(officer.totpSecret()), officer.asCurrentUser());

		assertThat(step.expiresAt()).isCloseTo(caseGrant.openedAt().plus(Duration.ofMinutes(20)), within(1, ChronoUnit.MILLIS));
		jdbc.sql("update casework.emergency_access set expires_at = now() - interval '1 second', opened_at = now() - interval '1 hour' "
				+ "where id = :id").param("id", caseGrant.id()).update();
		assertThat(cases.standing(caseId, officer.asCurrentUser()).orElseThrow().seesCase()).isFalse();
		assertThat(cases.standing(caseId, officer.asCurrentUser()).orElseThrow().emergencySteps())
			.as("a step never stands on its own").isEmpty();
	}

	@Test
	void theOfficerReviewsAndTheGrantLeavesTheQueue() {
		var grant = breakGlass.openCase(caseId, "Missing since this morning, family fears self-harm", officer.asCurrentUser());
		assertThat(waiting.noticesFor(dpo.asCurrentUser())).extracting(notice -> messages.getMessage(notice.heading(), Locale.UK))
			.contains("1 emergency access waits for your review");
		assertThat(waiting.noticesFor(dpo.asCurrentUser())).extracting(notice -> messages.getMessage(notice.text(), Locale.UK))
			.noneMatch(text -> text.contains("self-harm"));

		breakGlass.review(grant.id(), "Justified: the police were asked by the family.", dpo.asCurrentUser());
		assertThat(waiting.noticesFor(dpo.asCurrentUser())).extracting(notice -> messages.getMessage(notice.heading(), Locale.UK))
			.noneMatch(heading -> heading.contains("emergency access"));

		assertThat(breakGlass.reviewQueue(dpo.asCurrentUser())).extracting(EmergencyAccess::id).doesNotContain(grant.id());
		assertThat(breakGlass.onCase(caseId).getFirst().reviewed()).isTrue();
		var otherOfficer = fixtures.staff(fixtures.agency(Sector.MENTAL_HEALTH_CARE), Profession.OTHER, Role.DATA_PROTECTION_OFFICER);
		assertThatThrownBy(() -> breakGlass.review(grant.id(), "Not mine to review", otherOfficer.asCurrentUser()))
			.isInstanceOf(NotFound.class);
	}

	@Test
	void removalFromTheTeamEndsSightAtTheNextRequest() {
		var member = fixtures.staff(police, Profession.POLICE_OFFICER, Role.PRACTITIONER);
		cases.addToTeam(caseId, member.id(), owner.asCurrentUser());
		assertThat(cases.view(caseId, member.asCurrentUser()).team()).isTrue();

		cases.removeFromTeam(caseId, member.id(), owner.asCurrentUser());

		assertThatThrownBy(() -> cases.view(caseId, member.asCurrentUser())).isInstanceOf(NotFound.class);
		assertThatThrownBy(() -> cases.removeFromTeam(caseId, owner.id(), coordinator.asCurrentUser()))
			.isInstanceOf(InvalidInput.class).satisfies(says("appoint another owner first"));
	}
}
