package eu.tandem.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import eu.tandem.agency.Country;
import eu.tandem.agency.Sector;
import eu.tandem.casework.CaseFiles;
import eu.tandem.casework.CaseId;
import eu.tandem.casework.CaseState;
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
import eu.tandem.plan.AgreementInput;
import eu.tandem.plan.DecidedBy;
import eu.tandem.plan.GoalInput;
import eu.tandem.plan.Obtained;
import eu.tandem.plan.Plans;
import eu.tandem.plan.TaskInput;
import eu.tandem.plan.TypedAgainst;
import eu.tandem.sharing.Consent;
import eu.tandem.sharing.ConsentRequest;
import eu.tandem.sharing.Disclosures;
import eu.tandem.support.Fixtures;
import eu.tandem.support.StaffMember;
import eu.tandem.support.TandemIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import eu.tandem.support.Browserless;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.TestPropertySource;

/**
 * Reviews and follow-ups against the real database: each review moves the case by the one rule of its life, a closure
 * plans follow-ups through the event registry, due follow-ups move the case into follow-up once each, even with two
 * schedulers at once, and the last one recorded ends the case.
 */
@TandemIntegrationTest
@TestPropertySource(properties = "tandem.follow-ups.initial-delay=PT24H")
class ReviewsIT {

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
	Disclosures disclosures;

	@Autowired
	Reviews reviews;

	@Autowired
	FollowUps followUps;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MessageSource messages;

	record Supported(HubId hub, CaseId caseId, StaffMember owner, StaffMember coordinator, StaffMember member, StaffMember outsider) {
	}

	/** A case under support: an owner, a member, an agreed plan with one goal, consent to support. */
	Supported supported(boolean openTask) {
		var youthWork = fixtures.agency(Sector.YOUTH_WORK);
		var sysadmin = fixtures.staff(youthWork, Role.SYSTEM_ADMINISTRATOR).asCurrentUser();
		var hub = hubs.create(new HubDetails("Hub " + Fixtures.unique(), HubLevel.LOCAL, new Country("NL"), null, null, null, null, null,
				null, null, null, null, null), sysadmin).id();
		hubs.addAgency(hub, youthWork, "member", sysadmin);
		var coordinator = fixtures.staff(youthWork, Profession.COORDINATOR, Role.HUB_COORDINATOR);
		hubs.appoint(hub, coordinator.id(), HubRole.COORDINATOR, sysadmin);
		var owner = fixtures.staff(youthWork, Profession.YOUTH_WORKER, Role.PRACTITIONER);
		var member = fixtures.staff(youthWork, Profession.SOCIAL_WORKER, Role.PRACTITIONER);
		var outsider = fixtures.staff(fixtures.agency(Sector.SOCIAL_CARE), Profession.SOCIAL_WORKER, Role.PRACTITIONER);
		var caseId = cases.open(ReferralId.random(), Fixtures.caseReference(), hub, null, coordinator.asCurrentUser());
		cases.appointOwner(caseId, owner.id(), coordinator.asCurrentUser());
		cases.addToTeam(caseId, member.id(), owner.asCurrentUser());
		cases.move(caseId, CaseState.INFORMATION_GATHERING, null, owner.asCurrentUser());
		disclosures.recordConsent(caseId, new ConsentRequest(Consent.Decision.GIVEN, Consent.DecidedBy.PERSON, Set.of(),
				Set.of(DataCategory.SOCIAL), Set.of(SharingPurpose.SUPPORT_PLANNING), LocalDate.now().minusDays(1),
				Consent.Obtained.WRITTEN, null, null), owner.asCurrentUser());
		var goal = plans.addGoal(caseId, new GoalInput("Goes to school every day", "School days a week", "1", "5", owner.id(),
				LocalDate.now().plusMonths(3)), TypedAgainst.NO_PLAN_YET, owner.asCurrentUser());
		if (openTask) {
			plans.addTask(caseId, goal, new TaskInput("Talk to the mentor", owner.id(), LocalDate.now(), LocalDate.now().plusDays(7)),
					new TypedAgainst(1, rowVersion(caseId)), owner.asCurrentUser());
		}
		plans.agree(caseId, new AgreementInput(DecidedBy.PERSON, LocalDate.now(), Obtained.ORAL, null), new TypedAgainst(1, rowVersion(caseId)),
				owner.asCurrentUser());
		cases.move(caseId, CaseState.SUPPORT, null, owner.asCurrentUser());
		return new Supported(hub, caseId, owner, coordinator, member, outsider);
	}

	long rowVersion(CaseId caseId) {
		return jdbc.sql("select row_version from plan.plan_version where case_id = :case and number = 1").param("case", caseId.value())
			.query(Long.class).single();
	}

	CaseState state(Supported c) {
		return cases.standing(c.caseId(), c.coordinator().asCurrentUser()).orElseThrow().file().state();
	}

	static ReviewInput continuing() {
		return new ReviewInput(List.of("3"), List.of("Goes on Mondays with a friend"), "The friend", "Mornings", Decision.CONTINUE, null, null,
				null);
	}

	static ReviewInput closing(Outcome outcome, String words) {
		return new ReviewInput(List.of("5"), List.of(""), "Everything", null, Decision.CLOSE, "Every goal is met and he is settled at school.",
				outcome, words);
	}

	List<String> inEnglish(Throwable refused) {
		return ((InvalidInput) refused).each().stream().map(problem -> problem.field() + ": " + messages.getMessage(problem, Locale.UK))
			.toList();
	}

	List<FollowUp> followUpsOf(Supported c) {
		return jdbc.sql("select id from review.follow_up where case_id = :case and status <> 'CANCELLED'").param("case", c.caseId().value())
			.query(UUID.class).list().isEmpty() ? List.of() : reviews.read(c.caseId(), c.owner().asCurrentUser()).followUps();
	}

	/** Waits for what an event listener does after the publisher's commit. */
	static void eventually(BooleanSupplier done) throws InterruptedException {
		var until = Instant.now().plus(Duration.ofSeconds(10));
		while (!done.getAsBoolean()) {
			if (Instant.now().isAfter(until)) {
				throw new AssertionError("not done within 10 seconds");
			}
			Thread.sleep(50);
		}
	}

	@Test
	void aReviewThatContinuesKeepsTheCaseInSupportAndTheNextReviewIsDueThreeMonthsOn() {
		var c = supported(false);

		reviews.record(c.caseId(), continuing(), c.owner().asCurrentUser());

		assertThat(state(c)).isEqualTo(CaseState.SUPPORT);
		var sight = reviews.read(c.caseId(), c.member().asCurrentUser());
		assertThat(sight.reviews()).singleElement().satisfies(review -> {
			assertThat(review.decision()).isEqualTo(Decision.CONTINUE);
			assertThat(review.progress()).singleElement().satisfies(progress -> {
				assertThat(progress.baseline()).isEqualTo("1");
				assertThat(progress.valueNow()).isEqualTo("3");
				assertThat(progress.target()).isEqualTo("5");
			});
		});
		var today = hubs.find(c.hub()).orElseThrow().today(java.time.Clock.systemUTC());
		assertThat(reviews.nextReviewDue(c.caseId(), c.owner().asCurrentUser())).contains(today.plusMonths(3));
		assertThat(reviews.dueFor(c.owner().asCurrentUser())).anySatisfy(due -> {
			assertThat(due.caseId()).isEqualTo(c.caseId());
			assertThat(due.kind()).isEqualTo(DueWork.Kind.REVIEW);
			assertThat(due.due()).isEqualTo(today.plusMonths(3));
		});
	}

	@Test
	void aCaseTheTeamMovedIntoReviewHasItsReviewDueThatDay() {
		var c = supported(false);
		cases.move(c.caseId(), CaseState.REVIEW, "The school called: things changed at home.", c.owner().asCurrentUser());

		var today = hubs.find(c.hub()).orElseThrow().today(java.time.Clock.systemUTC());
		assertThat(reviews.nextReviewDue(c.caseId(), c.owner().asCurrentUser())).contains(today);
	}

	@Test
	void aReviewThatClosesRecordsTheOutcomeAndTheClosurePlansFollowUpsAtSixAndTwelveMonths() throws InterruptedException {
		var c = supported(false);

		reviews.record(c.caseId(), closing(Outcome.TRANSFERRED, "Youth care Utrecht"), c.coordinator().asCurrentUser());

		assertThat(state(c)).isEqualTo(CaseState.CLOSED);
		assertThat(reviews.read(c.caseId(), c.owner().asCurrentUser()).reviews().getLast()).satisfies(review -> {
			assertThat(review.outcome()).isEqualTo(Outcome.TRANSFERRED);
			assertThat(review.outcomeWords()).isEqualTo("Youth care Utrecht");
			assertThat(review.closeReason()).isEqualTo("Every goal is met and he is settled at school.");
		});
		eventually(() -> followUpsOf(c).size() == 2);
		var file = cases.standing(c.caseId(), c.owner().asCurrentUser()).orElseThrow().file();
		var closedOn = LocalDate.ofInstant(file.closedAt(), hubs.find(c.hub()).orElseThrow().zone());
		assertThat(followUpsOf(c)).extracting(FollowUp::dueOn).containsExactly(closedOn.plusMonths(6), closedOn.plusMonths(12));
		assertThat(followUpsOf(c)).extracting(FollowUp::status).containsOnly(FollowUp.Status.PLANNED);

		var reference = file.reference();
		var body = signedIn(c.member()).get("/api/v1/cases/" + reference).body();
		assertThat(body).as("the case's JSON view carries the reviews and follow-ups")
			.contains("\"reviews\"", "\"decision\":\"CLOSE\"", "\"outcome\":\"TRANSFERRED\"", "\"valueNow\"")
			.contains("\"followUps\"", "\"months\":6", "\"months\":12", "\"status\":\"PLANNED\"");
	}

	@Test
	void closingIsRefusedWhileATaskIsOpenInWordsNextToTheDecisionAndNothingIsSaved() {
		var c = supported(true);

		assertThatThrownBy(() -> reviews.record(c.caseId(), closing(Outcome.GOALS_MET, null), c.owner().asCurrentUser()))
			.satisfies(refused -> assertThat(inEnglish(refused)).singleElement().asString()
				.startsWith("decision: ").contains("Talk to the mentor"));

		assertThat(state(c)).as("not even moved into review").isEqualTo(CaseState.SUPPORT);
		assertThat(reviews.read(c.caseId(), c.owner().asCurrentUser()).reviews()).isEmpty();
	}

	@Test
	void aReviewOfAClosedCaseIsRefusedWithTheReason() {
		var c = supported(false);
		reviews.record(c.caseId(), closing(Outcome.GOALS_MET, null), c.owner().asCurrentUser());

		assertThatThrownBy(() -> reviews.record(c.caseId(), continuing(), c.owner().asCurrentUser()))
			.satisfies(refused -> assertThat(inEnglish(refused))
				.containsExactly("decision: Only a case under support or in review is reviewed; this case is in “closed”."));
		assertThat(reviews.read(c.caseId(), c.owner().asCurrentUser()).reviews()).hasSize(1);
	}

	@Test
	void aTransferNamesTheServiceAndEveryGoalHasItsValueNow() {
		var c = supported(false);

		assertThatThrownBy(() -> reviews.record(c.caseId(), new ReviewInput(List.of(" "), List.of(), null, null, Decision.CLOSE,
				"Every goal is met and he is settled at school.", Outcome.TRANSFERRED, ""), c.owner().asCurrentUser()))
			.satisfies(refused -> assertThat(inEnglish(refused)).extracting(line -> line.substring(0, line.indexOf(':')))
				.containsExactly("valuesNow[0]", "outcomeWords"));
		assertThat(state(c)).isEqualTo(CaseState.SUPPORT);
	}

	@Test
	void onlyTheOwnerAndTheCoordinatorsRecordAndAnOutsiderLearnsNothing() {
		var c = supported(false);

		assertThatThrownBy(() -> reviews.record(c.caseId(), continuing(), c.member().asCurrentUser())).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> reviews.record(c.caseId(), continuing(), c.outsider().asCurrentUser())).isInstanceOf(NotFound.class);
		assertThatThrownBy(() -> reviews.read(c.caseId(), c.outsider().asCurrentUser())).isInstanceOf(NotFound.class);
		assertThat(reviews.read(c.caseId(), c.member().asCurrentUser()).reviews()).isEmpty();
	}

	void fallDue(Supported c) {
		jdbc.sql("update review.follow_up set due_at = now() - interval '1 minute' where case_id = :case").param("case", c.caseId().value())
			.update();
	}

	@Test
	void dueFollowUpsMoveTheCaseIntoFollowUpAndTheLastOneRecordedEndsIt() throws InterruptedException {
		var c = supported(false);
		reviews.record(c.caseId(), closing(Outcome.GOALS_MET, null), c.owner().asCurrentUser());
		eventually(() -> followUpsOf(c).size() == 2);
		fallDue(c);

		var started = followUps.startDue();

		var ours = followUpsOf(c).stream().map(FollowUp::id).toList();
		assertThat(started).containsAll(ours);
		assertThat(state(c)).isEqualTo(CaseState.FOLLOW_UP);
		assertThat(reviews.dueFor(c.owner().asCurrentUser())).filteredOn(due -> due.caseId().equals(c.caseId()))
			.extracting(DueWork::kind).containsExactly(DueWork.Kind.FOLLOW_UP, DueWork.Kind.FOLLOW_UP);

		assertThatThrownBy(() -> followUps.record(c.caseId(), ours.getFirst(), new FollowUpInput(List.of(""), null, false),
				c.owner().asCurrentUser())).satisfies(refused -> assertThat(inEnglish(refused)).singleElement().asString().startsWith("howNow[0]: "));
		followUps.record(c.caseId(), ours.getFirst(), new FollowUpInput(List.of("5"), "Doing well", false), c.owner().asCurrentUser());
		assertThat(state(c)).isEqualTo(CaseState.FOLLOW_UP);
		followUps.record(c.caseId(), ours.getLast(), new FollowUpInput(List.of("4"), "A new worry at home", true),
				c.coordinator().asCurrentUser());

		assertThat(state(c)).isEqualTo(CaseState.ENDED);
		assertThat(followUpsOf(c)).extracting(FollowUp::status).containsOnly(FollowUp.Status.RECORDED);
		assertThat(followUpsOf(c).getLast().newReferralNeeded()).isTrue();
		assertThat(followUpsOf(c).getLast().checks()).singleElement().extracting(FollowUp.Check::howNow).isEqualTo("4");
	}

	@Test
	void reopeningTheCaseCancelsItsFollowUps() throws InterruptedException {
		var c = supported(false);
		reviews.record(c.caseId(), closing(Outcome.GOALS_MET, null), c.owner().asCurrentUser());
		eventually(() -> followUpsOf(c).size() == 2);

		cases.move(c.caseId(), CaseState.INFORMATION_GATHERING, "The school worries again after the summer.", c.owner().asCurrentUser());

		eventually(() -> followUpsOf(c).isEmpty());
		fallDue(c);
		assertThat(followUps.startDue()).as("nothing left to start for it").doesNotContainAnyElementsOf(
				jdbc.sql("select id from review.follow_up where case_id = :case").param("case", c.caseId().value()).query(UUID.class).list());
		assertThat(state(c)).isEqualTo(CaseState.INFORMATION_GATHERING);
	}

	@Test
	void twoSchedulersAtOnceStartEachDueFollowUpExactlyOnce() throws Exception {
		var closed = new ArrayList<Supported>();
		for (int i = 0; i < 5; i++) {
			var c = supported(false);
			reviews.record(c.caseId(), closing(Outcome.GOALS_MET, null), c.owner().asCurrentUser());
			closed.add(c);
		}
		for (var c : closed) {
			eventually(() -> followUpsOf(c).size() == 2);
			fallDue(c);
		}
		var ours = closed.stream().flatMap(c -> followUpsOf(c).stream()).map(FollowUp::id).toList();

		var gate = new CountDownLatch(1);
		var pool = Executors.newFixedThreadPool(2);
		try {
			// two nodes sharing the database, their advisory lock lost: only the row claims keep them apart
			var first = pool.submit(() -> {
				gate.await();
				return followUps.startDue(1);
			});
			var second = pool.submit(() -> {
				gate.await();
				return followUps.startDue(1);
			});
			gate.countDown();
			var all = new ArrayList<UUID>(first.get(60, TimeUnit.SECONDS));
			all.addAll(second.get(60, TimeUnit.SECONDS));
			var startedOfOurs = all.stream().filter(ours::contains).toList();

			assertThat(startedOfOurs).hasSize(ours.size()).doesNotHaveDuplicates();
			assertThat(ours).allSatisfy(id -> assertThat(Collections.frequency(all, id)).isEqualTo(1));
		}
		finally {
			pool.shutdownNow();
		}
		for (var c : closed) {
			assertThat(state(c)).isEqualTo(CaseState.FOLLOW_UP);
			assertThat(followUpsOf(c)).extracting(FollowUp::status).containsOnly(FollowUp.Status.STARTED);
			assertThat(jdbc.sql("select count(*) from audit.event where subject_type = 'review' and subject_id = :case and action = :action")
				.param("case", c.caseId().toString()).param("action", FollowUps.STARTED.code()).query(Long.class).single())
				.as("started once each, traced once each").isEqualTo(2);
		}
	}

	Browserless signedIn(StaffMember member) {
		var browser = new Browserless(port);
		browser.signIn(member);
		return browser;
	}

	@Test
	void onTheReviewPageAReviewThatClosesTheCaseShowsItsFollowUpsAndARefusalKeepsWhatWasTyped() {
		var c = supported(false);
		var owner = signedIn(c.owner());
		var path = "/cases/" + c.caseId() + "/reviews";
		var page = owner.get(path);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.header("Cache-Control")).contains("no-store");
		assertThat(page.mainText()).contains("Goes to school every day", "Indicator: School days a week. Baseline: 1. Target: 5.");

		var refused = owner.submit(page, "form[action$=/reviews]", Map.of("valuesNow[0]", "4", "whatWorked", "The mentor",
				"decision", "CLOSE", "closeReason", "Every goal is met and he is settled at school.", "outcome", "TRANSFERRED"));
		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.fieldError("outcomeWords")).isEqualTo("Name the service the person was transferred to.");
		assertThat(refused.inputValue("valuesNow0")).isEqualTo("4");
		assertThat(refused.html().getElementById("whatWorked").text()).isEqualTo("The mentor");
		assertThat(refused.html().getElementById("decision-CLOSE").hasAttr("checked")).isTrue();
		assertThat(state(c)).isEqualTo(CaseState.SUPPORT);

		var closed = owner.submit(refused, "form[action$=/reviews]", Map.of("valuesNow[0]", "4", "decision", "CLOSE",
				"closeReason", "Every goal is met and he is settled at school.", "outcome", "TRANSFERRED", "outcomeWords", "Youth care Utrecht"));
		assertThat(closed.status()).isEqualTo(200);
		assertThat(closed.mainText()).contains("The review is recorded and the case is closed", "Transferred to another service: Youth care Utrecht");
		var late = owner.submit(refused, "form[action$=/reviews]", Map.of("valuesNow[0]", "4", "decision", "CONTINUE"));
		assertThat(late.fieldError("decision")).isEqualTo("Only a case under support or in review is reviewed; this case is in “closed”.");
		assertThat(late.inputValue("valuesNow0")).isEqualTo("4");
		assertThat(signedIn(c.member()).get(path).mainText()).as("the team reads the follow-ups").contains("Check 6 months after closure",
				"Check 12 months after closure");
		assertThat(signedIn(c.member()).get(path).html().select("form[action$=/reviews]")).as("and records nothing").isEmpty();
		assertThat(signedIn(c.outsider()).get(path).status()).isEqualTo(404);
	}

	@Test
	void aHubsCoordinatorSetsItsScheduleAndTheNextClosurePlansByIt() throws InterruptedException {
		var c = supported(false);
		var coordinator = signedIn(c.coordinator());
		var path = "/network/hubs/" + c.hub().value() + "/review-schedule";
		var form = coordinator.get(path);
		assertThat(form.inputValue("followUpMonths")).isEqualTo("6, 12");

		var refused = coordinator.submit(form, "form[action$=/review-schedule]", Map.of("reviewEveryMonths", "0", "followUpMonths", "3"));
		assertThat(refused.fieldError("reviewEveryMonths")).isEqualTo("Give the interval as a whole number of months from 1 to 24.");
		coordinator.submit(refused, "form[action$=/review-schedule]", Map.of("reviewEveryMonths", "2", "followUpMonths", "3"));
		assertThat(signedIn(c.owner()).get(path).status()).isEqualTo(403);

		reviews.record(c.caseId(), closing(Outcome.GOALS_MET, null), c.owner().asCurrentUser());
		eventually(() -> followUpsOf(c).size() == 1);
		assertThat(followUpsOf(c).getFirst().months()).isEqualTo(3);
	}
}
