package eu.tandem.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import eu.tandem.agency.Country;
import eu.tandem.agency.Sector;
import eu.tandem.audit.AuditLog;
import eu.tandem.audit.AuditOutcome;
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
import eu.tandem.person.DateOfBirth;
import eu.tandem.person.PersonDetails;
import eu.tandem.person.PersonName;
import eu.tandem.person.Persons;
import eu.tandem.support.Browserless;
import eu.tandem.support.Fixtures;
import eu.tandem.support.Page;
import eu.tandem.support.StaffMember;
import eu.tandem.support.TandemIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A concern from a teacher to the hub and back, over real HTTP, with everyone who may and may not see it. */
@TandemIntegrationTest
class ReferralFlowIT {

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Hubs hubs;

	@Autowired
	Persons persons;

	@Autowired
	AuditLog audit;

	@Autowired
	Referrals referrals;

	@Autowired
	eu.tandem.casework.CaseFiles cases;

	HubId hub;
	AgencyId school;
	AgencyId police;
	AgencyId youthWork;
	StaffMember teacher;
	StaffMember coordinator;
	StaffMember policeMember;
	StaffMember youthWorker;
	StaffMember outsider;

	@BeforeEach
	void hub() {
		school = fixtures.agency(Sector.EDUCATION);
		police = fixtures.agency(Sector.POLICE);
		youthWork = fixtures.agency(Sector.YOUTH_WORK);
		var sysadmin = fixtures.staff(youthWork, Role.SYSTEM_ADMINISTRATOR).asCurrentUser();
		hub = hubs.create(new HubDetails("Hub " + Fixtures.unique(), HubLevel.LOCAL, new Country("NL"), null, null, null, null,
				null, null, null, null, null, null), sysadmin).id();
		for (var agency : List.of(school, police, youthWork)) {
			hubs.addAgency(hub, agency, "member", sysadmin);
		}
		teacher = fixtures.staff(school, Profession.TEACHER, Role.PRACTITIONER);
		coordinator = fixtures.staff(youthWork, Profession.COORDINATOR, Role.HUB_COORDINATOR);
		policeMember = fixtures.staff(police, Profession.POLICE_OFFICER, Role.PRACTITIONER);
		youthWorker = fixtures.staff(youthWork, Profession.YOUTH_WORKER, Role.PRACTITIONER);
		outsider = fixtures.staff(school, Profession.TEACHER, Role.PRACTITIONER);
		hubs.appoint(hub, coordinator.id(), HubRole.COORDINATOR, sysadmin);
		hubs.appoint(hub, policeMember.id(), HubRole.STANDING_MEMBER, sysadmin);
	}

	@Test
	void aConcernGoesFromTheTeacherThroughTriageToACaseAndTheTeacherSeesTheWayBack() {
		var known = persons.register(new PersonDetails(List.of(new PersonName(PersonName.Kind.NAME, "Youssef", "El Amrani", null)),
				new DateOfBirth(2010, 4, 12), null, null, Set.of(), List.of(), List.of()), hub, coordinator.asCurrentUser());
		var teacherBrowser = signedIn(teacher);
		var details = new HashMap<String, String>(Map.of("givenNames", "Youssef", "surname", "El Amrani", "birthYear", "2010",
				"birthMonth", "4", "birthDay", "12", "guardianGivenNames", "Fatima", "guardianSurname", "El Amrani"));
		details.putAll(Map.of("otherScriptName", "يوسف العمراني", "script", "Arabic", "languages", "Arabic, Dutch",
				"identifierKind", "School pupil number", "identifierValue", "LS-4471"));
		var sent = refer(teacherBrowser, details);
		assertThat(sent.path()).isEqualTo("/referrals");
		assertThat(sent.mainText()).containsPattern("Your referral HUB\\d*-\\d{4}-0001 reached")
			.contains("Received; the hub is looking at it");
		// the teacher tells her referrals apart by reference and person, and reads what she wrote
		var row = sent.html().selectFirst("tbody tr");
		var reference = row.selectFirst("a[href^=/referrals/]").text();
		assertThat(reference).matches("HUB\\d*-\\d{4}-0001");
		assertThat(row.text()).contains("Youssef El Amrani");
		var own = teacherBrowser.get(row.selectFirst("a[href^=/referrals/]").attr("href"));
		assertThat(own.heading()).isEqualTo("Referral " + reference);
		assertThat(own.mainText()).contains("He has stopped talking to classmates").contains("12 April 2010");

		var coordinatorBrowser = signedIn(coordinator);
		// the start page says what waits today, without naming anyone
		var start = coordinatorBrowser.get("/");
		assertThat(start.html().select(".notices").text()).contains("1 referral waits for triage").doesNotContain("Youssef");
		assertThat(teacherBrowser.get("/").mainText()).contains("Nothing waits for you today");
		var queue = coordinatorBrowser.get("/triage");
		var link = queue.html().selectFirst("a[href^=/triage/]");
		assertThat(link.text()).isEqualTo("Youssef El Amrani");
		var triage = coordinatorBrowser.get(link.attr("href"));
		var referralId = triage.path().substring("/triage/".length());
		assertThat(triage.mainText()).contains("The concern").contains("He has stopped talking to classmates")
			.contains("يوسف العمراني (In another script)").contains(reference)
			.contains("Referred by " + teacher.asCurrentUser().displayName() + ", Teacher");
		assertThat(triage.html().select("input[name=known]").eachAttr("value")).containsExactly(known.toString());

		var tooEarly = coordinatorBrowser.submit(triage, "form[action$=/decision]", Map.of("decision", "PROCEED",
				"rationale", "Needs the hub"));
		assertThat(tooEarly.fieldError("decision")).contains("Ask the police member to deconflict");
		assertThat(tooEarly.html().select(".error-summary a[href=#decision]").text()).contains("Ask the police member");
		assertThat(tooEarly.html().selectFirst("#decision-PROCEED").hasAttr("checked")).as("the choice is kept").isTrue();
		assertThat(tooEarly.inputValue("rationale")).as("the rationale is kept").isEqualTo("Needs the hub");
		assertThat(referrals.view(new ReferralId(java.util.UUID.fromString(referralId)), coordinator.asCurrentUser(), "test")
			.triage()).as("nothing decided").isNull();

		var asked = coordinatorBrowser.submit(tooEarly, "form[action$=/deconfliction]", Map.of());
		assertThat(asked.mainText()).contains("Asked; waiting for the answer");
		var policeBrowser = signedIn(policeMember);
		assertThat(policeBrowser.get("/").html().select(".notices").text()).contains("1 deconfliction request waits for your answer")
			.doesNotContain("Youssef");
		var requests = policeBrowser.get("/deconfliction");
		// what the police need to search their own systems, and nothing of the concern
		assertThat(requests.mainText()).contains("Youssef El Amrani").contains(reference).contains("12 April 2010")
			.contains("يوسف العمراني").contains("School pupil number: LS-4471").contains("Fatima El Amrani")
			.doesNotContain("stopped talking").doesNotContain("preacher");
		var holdWithoutDate = policeBrowser.submit(requests, "form[action=/deconfliction/" + referralId + "]",
				Map.of("answer", "HOLD"));
		assertThat(holdWithoutDate.mainText()).contains("A hold needs the date");
		policeBrowser.submit(holdWithoutDate, "form[action=/deconfliction/" + referralId + "]", Map.of("answer", "PROCEED"));

		var merged = coordinatorBrowser.submit(coordinatorBrowser.get("/triage/" + referralId), "form[action$=/same-person]",
				Map.of("reason", "Same name, same birthday, same school"));
		assertThat(merged.mainText()).contains("now about the person the hub already knew");
		var apart = coordinatorBrowser.submit(merged, "form[action$=/not-same-person]", Map.of("reason", "Cousins, not one boy"));
		assertThat(apart.mainText()).contains("The records are apart again");
		assertThat(persons.view(known, coordinator.asCurrentUser(), "test").mergedRecords()).isEmpty();
		merged = coordinatorBrowser.submit(apart, "form[action$=/same-person]", Map.of("reason", "Checked again: one boy"));
		assertThat(merged.mainText()).contains("now about the person the hub already knew");
		var decided = coordinatorBrowser.submit(merged, "form[action$=/decision]", Map.of("decision", "PROCEED",
				"rationale", "Isolation and online exposure: the hub takes it on."));
		assertThat(decided.mainText()).contains("Decided: Proceed");
		assertThat(signedIn(teacher).get("/referrals").mainText()).contains("Taken on by the hub").doesNotContain("Isolation");

		var triageAfter = coordinatorBrowser.get("/triage/" + referralId);
		var caseHref = triageAfter.html().selectFirst("a[href^=/cases/]").attr("href");
		assertThat(coordinatorBrowser.get("/cases").html().select("a[href=" + caseHref + "]")).hasSize(1);
		// found by its reference, typed as people type it, and by the person's name and date of birth
		var cases = coordinatorBrowser.get("/cases");
		var byReference = coordinatorBrowser.submit(cases, "form[action=/cases/find]", Map.of("q", reference.toLowerCase()));
		assertThat(byReference.html().select("a[href=" + caseHref + "]").text()).isEqualTo(reference);
		var byName = coordinatorBrowser.submit(cases, "form[action=/cases/find]", Map.of("q", "youssef el", "born", "2010-04-12"));
		assertThat(byName.html().select("a[href=" + caseHref + "]")).hasSize(1);
		var wrongBirthday = coordinatorBrowser.submit(cases, "form[action=/cases/find]", Map.of("q", "youssef", "born", "2010-04-13"));
		assertThat(wrongBirthday.html().select("a[href=" + caseHref + "]")).isEmpty();
		var stranger = signedIn(outsider);
		var nothing = stranger.submit(stranger.get("/cases"), "form[action=/cases/find]", Map.of("q", reference));
		assertThat(nothing.html().select("a[href=" + caseHref + "]")).as("a case the searcher may not see is never found").isEmpty();
		assertThat(nothing.mainText()).contains("None of the cases you may see");
		var caseId = caseHref.substring("/cases/".length());
		assertThat(coordinatorBrowser.get("/").html().select(".notices").text()).contains("1 case has no case owner")
			.contains(reference).doesNotContain("1 referral waits");
		var casePage = coordinatorBrowser.get(caseHref);
		assertThat(casePage.heading()).isEqualTo("Case: Youssef El Amrani");
		coordinatorBrowser.submit(casePage, "form[action$=/owner]", Map.of("member", youthWorker.id().toString()));

		// the case team sees the referral, but not the other people the hub knows
		var teamView = signedIn(youthWorker).get("/triage/" + referralId);
		assertThat(teamView.status()).isEqualTo(200);
		assertThat(teamView.html().select("form[action$=/same-person], form[action$=/decision]")).isEmpty();
		assertThat(teamView.mainText()).doesNotContain("already known");

		var ownerBrowser = signedIn(youthWorker);
		assertThat(ownerBrowser.get("/cases").mainText()).contains("Youssef El Amrani");
		var teamPage = ownerBrowser.get("/cases/" + caseId);
		assertThat(teamPage.html().select("#team-member option").eachAttr("value")).as("the list offers only who is not on the team")
			.doesNotContain(youthWorker.id().toString());
		var again = ownerBrowser.post("/cases/" + caseId + "/team", Map.of("_csrf",
				teamPage.html().selectFirst("input[name=_csrf]").val(), "member", youthWorker.id().toString()));
		assertThat(again.mainText()).contains("is on the case team already").doesNotContain("Added to the case team");
		var tooShort = ownerBrowser.submit(teamPage, "form[action$=/move]", Map.of("to", "CLOSED", "reason", "done"));
		assertThat(tooShort.fieldError("move-reason")).contains("Say in a sentence why the case is closed");
		assertThat(tooShort.html().selectFirst("#move-reason").text()).as("the reason is kept").isEqualTo("done");
		assertThat(tooShort.html().selectFirst("#move-to-CLOSED").hasAttr("checked")).as("the choice is kept").isTrue();
		assertThat(tooShort.html().select("form[action$=/team]")).as("the case is still open").isNotEmpty();
		var closed = ownerBrowser.submit(tooShort, "form[action$=/move]",
				Map.of("to", "CLOSED", "reason", "He is back in school and the family works with the youth service."));
		assertThat(closed.mainText()).contains("The case is closed").contains("He is back in school")
			.contains("Stage: closed.").contains("from screening to closed");
		assertThat(closed.html().select("form[action$=/team]")).as("a closed case takes no new members").isEmpty();
		assertThat(signedIn(teacher).get("/referrals").mainText()).contains("Closed");
		assertThat(audit.about(AuditSubject.of("referral", referralId), 100)).extracting(e -> e.event().action().code())
			.contains("referral.submitted", "referral.viewed", "referral.deconfliction-requested",
					"referral.deconfliction-answered", "referral.person-linked", "referral.decided");
	}

	@Test
	void whatTheReferrerNoticedBringsTheNetworksKnowledgeToTriageAndToTheCase() {
		var referral = referrals.submit(new NewReferral(hub, Concern.Channel.PRACTITIONER, null,
				"An older man from a gaming forum sends him videos and asks to meet.", null, null, Concern.Type.MIXED_OR_UNCLEAR,
				Set.of(Concern.Vulnerability.GROOMING, Concern.Vulnerability.ONLINE_EXPOSURE, Concern.Vulnerability.TRAUMA),
				Concern.Awareness.NO, Concern.Consent.NOT_ASKED, Concern.Urgency.SOON,
				java.util.Optional.of(new PersonDetails(List.of(new PersonName(PersonName.Kind.NAME, "Jonas", "Peeters", null)),
						new DateOfBirth(2011, 2, 3), null, null, Set.of(), List.of(), List.of())),
				java.util.Optional.empty()), teacher.asCurrentUser());

		var triage = signedIn(coordinator).get("/triage/" + referral.value());
		var knowledge = triage.html().select("section.context");
		assertThat(knowledge.select("h2").text()).isEqualTo("From the network's knowledge");
		assertThat(knowledge.select("a[href=/knowledge/items/meeting-2019-04-grooming-for-terror]")).hasSize(1);
		assertThat(knowledge.select("a[href=/knowledge/items/meeting-2020-11-mental-health-support-online]")).hasSize(1);
		assertThat(knowledge.text()).contains("Shown because:");

		referrals.requestDeconfliction(referral, coordinator.asCurrentUser());
		referrals.answerDeconfliction(referral, Referral.Deconfliction.Answer.PROCEED, null, policeMember.asCurrentUser());
		referrals.decide(referral, Referral.Decision.PROCEED, "Grooming online: the hub takes it on.", null, coordinator.asCurrentUser());
		var opened = cases.ofReferral(referral).orElseThrow().id();
		assertThat(cases.attributes(opened, coordinator.asCurrentUser())).as("the case starts with what the referrer noticed marked")
			.containsExactlyInAnyOrder(eu.tandem.knowledge.CaseAttribute.GROOMING, eu.tandem.knowledge.CaseAttribute.ONLINE_ACTIVITY);
	}

	@Test
	void nobodyElseSeesTheReferralOrTheCaseWhateverTheirRole() {
		var teacherBrowser = signedIn(teacher);
		refer(teacherBrowser, Map.of("givenNames", "Mila", "surname", "Novak"));
		var coordinatorBrowser = signedIn(coordinator);
		var path = coordinatorBrowser.get("/triage").html().selectFirst("a[href^=/triage/]").attr("href");

		for (var stranger : List.of(outsider, policeMember, teacher,
				fixtures.staff(youthWork, Role.SYSTEM_ADMINISTRATOR, Role.DATA_PROTECTION_OFFICER))) {
			var page = signedIn(stranger).get(path);
			assertThat(page.status()).as(stranger.username()).isEqualTo(404);
			assertThat(page.body()).doesNotContain("Mila");
		}
		assertThat(audit.about(AuditSubject.of("referral", path.substring("/triage/".length())), 20))
			.as("refused looks leave their trace too")
			.filteredOn(recorded -> recorded.event().outcome() == AuditOutcome.DENIED).hasSize(4);
	}

	@Test
	void onlyThePolicePractitionerAppointedToTheHubAnswersAndOnlyOnce() {
		refer(signedIn(teacher), Map.of("givenNames", "Arben", "surname", "Krasniqi"));
		var coordinatorBrowser = signedIn(coordinator);
		var triage = coordinatorBrowser.get(coordinatorBrowser.get("/triage").html().selectFirst("a[href^=/triage/]").attr("href"));
		var referralId = triage.path().substring("/triage/".length());
		coordinatorBrowser.submit(triage, "form[action$=/deconfliction]", Map.of());
		var policeAdvisor = fixtures.staff(police, Profession.POLICE_OFFICER, Role.AGENCY_ADMINISTRATOR);
		hubs.appoint(hub, policeAdvisor.id(), HubRole.ADVISOR, fixtures.staff(youthWork, Role.SYSTEM_ADMINISTRATOR).asCurrentUser());

		assertThat(signedIn(policeAdvisor).get("/deconfliction").mainText()).doesNotContain("Arben");
		var police = signedIn(policeMember);
		var requests = police.get("/deconfliction");
		assertThat(requests.mainText()).contains("Arben Krasniqi");
		var held = police.submit(requests, "form[action=/deconfliction/" + referralId + "]",
				Map.of("answer", "HOLD", "reviewOn", LocalDate.now().plusDays(30).toString()));
		assertThat(held.mainText()).contains("Answered").doesNotContain("Arben");
		assertThat(signedIn(teacher).get("/").html().select("nav a[href=/deconfliction]")).as("the teacher answers no deconfliction")
			.isEmpty();
		assertThat(held.html().select("nav a[href=/deconfliction]")).as("the hub's police member does").hasSize(1);
		var again = police.post("/deconfliction/" + referralId, Map.of("_csrf",
				held.html().selectFirst("input[name=_csrf]").val(), "answer", "PROCEED"));
		assertThat(again.mainText()).contains("This request was answered already");

		var refused = coordinatorBrowser.submit(coordinatorBrowser.get("/triage/" + referralId), "form[action$=/decision]",
				Map.of("decision", "PROCEED", "rationale", "now"));
		assertThat(refused.fieldError("decision")).contains("asked to hold until");
	}

	@Test
	void aConcernWithoutANameIsAcceptedAndMarked() {
		var sent = refer(signedIn(teacher), Map.of());
		assertThat(sent.mainText()).contains("reached");
		assertThat(sent.html().select("tbody td").eachText()).contains("Not named");

		var triage = signedIn(coordinator);
		var page = triage.get(triage.get("/triage").html().selectFirst("a[href^=/triage/]").attr("href"));
		assertThat(page.heading()).isEqualTo("Referral about someone not identified");
		assertThat(page.mainText()).contains("Not identifiable");
	}

	@Test
	void impossibleDatesAndPhoneReferralsByPractitionersAreRefusedAndNothingIsSaved() {
		var browser = signedIn(teacher);
		var impossible = refer(browser, Map.of("givenNames", "Ana", "surname", "Lopes", "birthYear", "2011", "birthMonth", "2",
				"birthDay", "31"));
		assertThat(impossible.fieldError("birthYear")).contains("There is no 31 February 2011");
		assertThat(impossible.html().select(".error-summary a[href=#birthYear]").text()).contains("There is no 31 February 2011");
		assertThat(impossible.inputValue("givenNames")).isEqualTo("Ana");
		// every problem at once, each next to its field, everything typed kept
		var several = refer(browser, Map.of("givenNames", "Ana", "surname", "Lopes", "birthYear", "2011", "birthMonth", "2",
				"birthDay", "31", "concern", "", "observedOn", LocalDate.now().plusYears(5).toString()));
		assertThat(several.fieldError("birthYear")).contains("There is no 31 February 2011");
		assertThat(several.fieldError("concern")).isNotEmpty();
		assertThat(several.fieldError("observedOn")).contains("in the future");
		assertThat(several.html().select(".error-summary li")).hasSize(3);
		assertThat(several.inputValue("surname")).isEqualTo("Lopes");
		assertThat(several.inputValue("birthDay")).isEqualTo("31");
		var future = refer(browser, Map.of("givenNames", "Ana", "birthYear", String.valueOf(LocalDate.now().getYear() + 1)));
		assertThat(future.html().select(".error-summary").text()).contains("in the future");
		var byPhone = refer(browser, Map.of("givenNames", "Ana", "channel", "PHONE", "contactDescription", "a neighbour"));
		assertThat(byPhone.html().select(".error-summary").text()).contains("Only the hub's coordinators record");

		assertThat(browser.get("/referrals").mainText()).contains("You have not referred anyone yet");
	}

	@Test
	void namesHoldOnlyWhatNamesHoldAndEachRefusalStandsNextToItsField() {
		var browser = signedIn(teacher);
		var only = "can contain only letters, spaces, hyphens, apostrophes and full stops.";

		var refused = refer(browser, Map.of("givenNames", "Ana", "surname", "Lopes2", "guardianGivenNames", "Maria",
				"guardianSurname", "Lopes <mother>", "concern", "Says the risk score > 20 & rising."));

		assertThat(refused.fieldError("surname")).isEqualTo("The surname " + only);
		assertThat(refused.fieldError("guardianSurname")).isEqualTo("The surname " + only);
		assertThat(refused.fieldError("guardianGivenNames")).isEmpty();
		assertThat(refused.inputValue("surname")).isEqualTo("Lopes2");
		assertThat(refused.inputValue("concern")).as("the concern may hold < and >").isEqualTo("Says the risk score > 20 & rising.");
		var alias = refer(browser, Map.of("givenNames", "Ana", "surname", "Lopes", "alias", "ana_99"));
		assertThat(alias.fieldError("alias")).isEqualTo("The other name " + only);
		assertThat(alias.fieldError("givenNames")).isEmpty();
		assertThat(browser.get("/referrals").mainText()).contains("You have not referred anyone yet");

		var accepted = refer(browser, Map.of("givenNames", "Ana-Sofía", "surname", "D’Souza O'Neil St. Clair",
				"concern", "Says the risk score > 20 & rising."));
		assertThat(accepted.path()).isEqualTo("/referrals");
	}

	@Test
	void signpostingNeedsTheServiceAndTellsTheReferrerWhere() {
		refer(signedIn(teacher), Map.of("givenNames", "Jonas", "surname", "Berg"));
		var coordinatorBrowser = signedIn(coordinator);
		var triage = coordinatorBrowser.get(coordinatorBrowser.get("/triage").html().selectFirst("a[href^=/triage/]").attr("href"));

		var unnamed = coordinatorBrowser.submit(triage, "form[action$=/decision]", Map.of("decision", "SIGNPOST", "rationale", "Not P/CVE"));
		assertThat(unnamed.mainText()).contains("Name the service");
		coordinatorBrowser.submit(unnamed, "form[action$=/decision]", Map.of("decision", "SIGNPOST", "rationale", "Not P/CVE",
				"signpostedTo", "School counselling service"));

		assertThat(signedIn(teacher).get("/referrals").mainText()).contains("Passed on to another service: School counselling service");
	}

	@Test
	void theReferralFormOffersTheHubsOfTheReferrersOwnAgencyFirst() {
		var form = signedIn(teacher).get("/referrals/new");
		var own = form.html().select("select#hub optgroup[label=Hubs your agency belongs to] option");
		assertThat(own.eachAttr("value")).containsExactly(hub.toString());
		assertThat(own.first().hasAttr("selected")).as("her one hub is chosen already").isTrue();
		assertThat(form.html().select("select#hub optgroup[label=Other hubs] option").eachAttr("value")).doesNotContain(hub.toString());
	}

	private Page refer(Browserless browser, Map<String, String> person) {
		var form = browser.get("/referrals/new");
		var fields = new HashMap<String, String>(Map.of("hub", hub.toString(), "concern",
				"He has stopped talking to classmates and shares videos of a preacher.", "type", "MIXED_OR_UNCLEAR",
				"personAware", "NO", "consent", "NOT_ASKED", "urgency", "SOON", "vulnerabilities", "SOCIAL_ISOLATION"));
		fields.putAll(person);
		return browser.submit(form, "form[action=/referrals]", fields);
	}

	private Browserless signedIn(StaffMember member) {
		var browser = new Browserless(port);
		browser.signIn(member);
		return browser;
	}
}
