package eu.tandem.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import eu.tandem.agency.Country;
import eu.tandem.agency.Sector;
import eu.tandem.casework.BreakGlass;
import eu.tandem.casework.CaseFiles;
import eu.tandem.casework.CaseId;
import eu.tandem.casework.Retention;
import eu.tandem.hub.AgreementTerms;
import eu.tandem.hub.Art6Basis;
import eu.tandem.hub.DataCategory;
import eu.tandem.hub.HubDetails;
import eu.tandem.hub.HubId;
import eu.tandem.hub.HubLevel;
import eu.tandem.hub.HubRole;
import eu.tandem.hub.HubSetup;
import eu.tandem.hub.PurposeBasis;
import eu.tandem.hub.SharingPurpose;
import eu.tandem.identity.AgencyId;
import eu.tandem.identity.Profession;
import eu.tandem.identity.Role;
import eu.tandem.kernel.ReferralId;
import eu.tandem.person.Address;
import eu.tandem.person.DateOfBirth;
import eu.tandem.person.Identifier;
import eu.tandem.person.PersonDetails;
import eu.tandem.person.PersonId;
import eu.tandem.person.PersonName;
import eu.tandem.person.Sex;
import eu.tandem.referral.Concern;
import eu.tandem.referral.NewReferral;
import eu.tandem.referral.Referral;
import eu.tandem.referral.Referrals;
import eu.tandem.support.Browserless;
import eu.tandem.support.Fixtures;
import eu.tandem.support.Page;
import eu.tandem.support.StaffMember;
import eu.tandem.support.TandemIntegrationTest;
import eu.tandem.web.Language;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Subject access fit to release, over real HTTP on the real database: the draft holds everything in words, the
 * police's security note is withheld until the police release it or an officer records a ground, nobody else decides,
 * finalising waits for every ground, the final PDF and JSON leave the withheld entry out and say so where allowed,
 * two starts at once make one draft, and every item opened for the request is traced under the officer's rule.
 */
@TandemIntegrationTest
class SubjectAccessReviewIT {

	static final String GROUND = "GDPR Art. 23(1)(d) with § 57 BDSG";

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;


	@Autowired
	HubSetup hubSetup;


	@Autowired
	Referrals referrals;

	@Autowired
	CaseFiles cases;

	@Autowired
	BreakGlass breakGlass;

	@Autowired
	CaseInformation information;

	@Autowired
	Disclosures disclosures;

	@Autowired
	Retention retention;

	@Autowired
	eu.tandem.person.Persons persons;

	@Autowired
	JdbcClient jdbc;

	String tag;
	HubId hub;
	AgencyId police;
	AgencyId welfare;
	AgencyId clinic;
	AgencyId school;
	StaffMember coordinator;
	StaffMember officer;
	StaffMember socialWorker;
	StaffMember psychiatrist;
	StaffMember teacher;
	StaffMember dpo;
	StaffMember secondDpo;
	StaffMember policeDpo;
	CaseId caseId;
	PersonId person;
	ItemId securityNote;
	ItemId socialNote;

	String securityText() {
		return "Named in a chat that shares banned material " + tag;
	}

	@BeforeEach
	void aCaseWithEveryKindOfRecord() {
		tag = Fixtures.uniqueLetters(); // letters only: the tag goes into the person's surname
		police = fixtures.agency(Sector.POLICE, "Police Prevention Unit " + tag);
		welfare = fixtures.agency(Sector.SOCIAL_CARE, "Youth Welfare Office " + tag);
		clinic = fixtures.agency(Sector.MENTAL_HEALTH_CARE, "Psychiatric Clinic " + tag);
		school = fixtures.agency(Sector.EDUCATION, "School " + tag);
		hub = hubSetup.create(new HubDetails("Hub " + tag, HubLevel.LOCAL, new Country("DE"), null, null, null, null, null, null,
				null, null, null, null)).id();
		for (var agency : List.of(police, welfare, clinic, school)) {
			hubSetup.addAgency(hub, agency, "member");
		}
		coordinator = fixtures.staff(welfare, Profession.COORDINATOR, Role.HUB_COORDINATOR, Role.PRACTITIONER);
		officer = fixtures.staff(police, Profession.POLICE_OFFICER, Role.PRACTITIONER);
		socialWorker = fixtures.staff(welfare, Profession.SOCIAL_WORKER, Role.PRACTITIONER);
		psychiatrist = fixtures.staff(clinic, Profession.PSYCHIATRIST, Role.PRACTITIONER);
		teacher = fixtures.staff(school, Profession.TEACHER, Role.PRACTITIONER);
		dpo = fixtures.staff(welfare, Profession.OTHER, Role.DATA_PROTECTION_OFFICER);
		secondDpo = fixtures.staff(school, Profession.OTHER, Role.DATA_PROTECTION_OFFICER);
		policeDpo = fixtures.staff(police, Profession.OTHER, Role.DATA_PROTECTION_OFFICER);
		hubSetup.appoint(hub, coordinator.id(), HubRole.COORDINATOR);
		hubSetup.appoint(hub, officer.id(), HubRole.STANDING_MEMBER);
		agreement();

		var details = new PersonDetails(List.of(new PersonName(PersonName.Kind.NAME, "Tomasz", "Wójcik" + tag, null),
				new PersonName(PersonName.Kind.ALIAS, "Tom", null, null)), new DateOfBirth(2007, 5, 21), Sex.MALE, null,
				Set.of("Polish", "German"), List.of(new Address("Hauptstraße 4", "86150", "Augsburg", "DE", null, null)),
				List.of(new Identifier("Pupil number", "P-" + tag)));
		var referral = referrals.submit(new NewReferral(hub, Concern.Channel.PRACTITIONER, null,
				"He repeats conspiracy videos in class, in my words " + tag, "Stopped seeing his friends", LocalDate.now().minusDays(3),
				Concern.Type.FAR_RIGHT, Set.of(Concern.Vulnerability.SOCIAL_ISOLATION, Concern.Vulnerability.ONLINE_EXPOSURE),
				Concern.Awareness.YES, Concern.Consent.GIVEN, Concern.Urgency.SOON, Optional.of(details), Optional.empty()),
				teacher.asCurrentUser());
		referrals.requestDeconfliction(referral, coordinator.asCurrentUser());
		referrals.answerDeconfliction(referral, Referral.Deconfliction.Answer.PROCEED, null, officer.asCurrentUser());
		referrals.decide(referral, Referral.Decision.PROCEED, "Isolation and online exposure, rationale " + tag, null,
				coordinator.asCurrentUser());
		var file = cases.ofReferral(referral).orElseThrow();
		caseId = file.id();
		person = file.person();
		cases.appointOwner(caseId, socialWorker.id(), coordinator.asCurrentUser());
		cases.addToTeam(caseId, officer.id(), coordinator.asCurrentUser());
		cases.addToTeam(caseId, psychiatrist.id(), coordinator.asCurrentUser());

		// a second referral about him, found to be the same person: the merge and its reason belong to his record
		var second = referrals.submit(new NewReferral(hub, Concern.Channel.PRACTITIONER, null, "Seen at a rally", null, null,
				Concern.Type.FAR_RIGHT, Set.of(), Concern.Awareness.NOT_KNOWN, Concern.Consent.NOT_ASKED, Concern.Urgency.ROUTINE,
				Optional.of(new PersonDetails(List.of(new PersonName(PersonName.Kind.NAME, "Tomas", "Wojcik" + tag, null)), null, null,
						null, Set.of(), List.of(), List.of())), Optional.empty()), teacher.asCurrentUser());
		referrals.sameAsKnownPerson(second, person, "Same school and same date of birth, merge reason " + tag,
				coordinator.asCurrentUser());

		securityNote = information.record(caseId, DataCategory.SECURITY, ItemKind.NOTE, securityText(), Language.ENGLISH,
				officer.asCurrentUser());
		socialNote = information.record(caseId, DataCategory.SOCIAL, ItemKind.OBSERVATION, "Lives with his mother " + tag, Language.ENGLISH,
				socialWorker.asCurrentUser());
		var version = jdbc.sql("select version from sharing.item where id = :id").param("id", socialNote.value()).query(Long.class).single();
		information.rectify(socialNote, "Lives with his mother and sister " + tag, "The sister was left out", version,
				socialWorker.asCurrentUser());
		var consent = disclosures.recordConsent(caseId, new ConsentRequest(Consent.Decision.GIVEN, Consent.DecidedBy.PERSON, Set.of(),
				Set.of(DataCategory.SOCIAL), Set.of(SharingPurpose.SUPPORT_PLANNING), LocalDate.now(), Consent.Obtained.WRITTEN,
				"Consent form " + tag, null), socialWorker.asCurrentUser());
		disclosures.disclose(caseId, new DisclosureRequest(Set.of(socialNote), null, null, false, clinic, SharingPurpose.SUPPORT_PLANNING,
				"GDPR Art. 6(1)(e), legal basis " + tag, Disclosure.Ground.CONSENT, consent, null, null), socialWorker.asCurrentUser());
		breakGlass.openCase(caseId, "He called the school in distress tonight " + tag, fixtures.staff(school, Profession.TEACHER,
				Role.PRACTITIONER).asCurrentUser());
		// the officer reads his own note once: a line of the history that goes with the note when it is withheld
		information.view(securityNote, officer.asCurrentUser());
	}

	private void agreement() {
		var today = LocalDate.now();
		var parties = Set.of(police, welfare, clinic, school);
		var version = hubSetup.draft(hub, new AgreementTerms("Agreement " + tag, today.minusDays(1), today.plusYears(1),
				today.plusMonths(6), "24 months after closure", parties,
				List.of(new PurposeBasis(SharingPurpose.SUPPORT_PLANNING, Art6Basis.PUBLIC_TASK, null, null, "SGB VIII § 8a")),
				List.of(new AgreementTerms.FlowTerm(DataCategory.SOCIAL, Sector.SOCIAL_CARE, Sector.MENTAL_HEALTH_CARE,
						SharingPurpose.SUPPORT_PLANNING))),
				coordinator.id());
		for (var party : parties) {
			hubSetup.sign(version.agreement(), version.number(), party, coordinator.id(), "Signatory", today.minusDays(1));
		}
	}

	Browserless signedIn(StaffMember member) {
		var browser = new Browserless(port);
		browser.signIn(member);
		return browser;
	}

	/** The officer starts the request through the form, as on screen; the address it lands on names only the request. */
	Page start(Browserless browser) {
		return browser.submit(browser.get("/dpo/subject-access"), "form[action$=/dpo/subject-access]",
				Map.of("reference", caseId.toString()));
	}

	UUID requestOf(Page page) {
		assertThat(page.path()).as(page.mainText()).matches("/dpo/subject-access/[0-9a-f-]{36}");
		return UUID.fromString(page.path().substring("/dpo/subject-access/".length()));
	}

	String decision(UUID request, String key) {
		return jdbc.sql("select decision from sharing.subject_access_entry where request_id = :request and entry_key = :key")
			.param("request", request).param("key", key).query(String.class).single();
	}

	static String key(ItemId item) {
		return "item-" + item.value();
	}

	/** Addresses name an entry by its place in the request. */
	int position(UUID request, String key) {
		return jdbc.sql("select position from sharing.subject_access_entry where request_id = :request and entry_key = :key")
			.param("request", request).param("key", key).query(Integer.class).single();
	}

	String entryForm(UUID request, String key, String action) {
		return "form[action$=/subject-access/" + request + "/entries/" + position(request, key) + "/" + action + "]";
	}

	@Test
	void theDraftHoldsEverythingHeldAboutThePersonInWords() {
		var officerBrowser = signedIn(dpo);
		var draft = start(officerBrowser);
		var request = requestOf(draft);
		var text = draft.mainText();

		assertThat(draft.html().select("[role=status]").text()).contains("The draft is compiled");
		assertThat(text).as("the register, in words")
			.contains("Tomasz Wójcik" + tag, "Alias", "Tom", "21 May 2007", "Male", "Polish", "Hauptstraße 4, 86150 Augsburg, DE",
					"Pupil number: P-" + tag)
			.doesNotContain("MALE");
		assertThat(text).as("the merge, with its reason").contains("Two records joined as one person", "merge reason " + tag);
		assertThat(text).as("the referral, all of it")
			.contains("He repeats conspiracy videos in class, in my words " + tag, "Stopped seeing his friends", "Far-right",
					"Social isolation", "Online exposure", "Consent given", "Within days", "From a practitioner", teacher.username());
		assertThat(text).as("the triage decision and its rationale").contains("Proceed: the hub takes it on", "rationale " + tag);
		assertThat(text).as("the check with the police").contains("Check with the police", "Proceed");
		assertThat(text).as("the item with its earlier version")
			.contains("Lives with his mother and sister " + tag, "Lives with his mother " + tag, "The sister was left out");
		assertThat(text).as("consents and disclosures").contains("Consent form " + tag, "legal basis " + tag, "planning and delivering support");
		assertThat(text).as("emergency access, its scope in words").contains("He called the school in distress tonight " + tag,
				"the case");
		assertThat(text).as("the police note, shown to the officer with its state")
			.contains(securityText(), "Withheld until Police Prevention Unit " + tag + " releases it");
		assertThat(text).as("every holder's labels, in English as the officer's screen is")
			.contains("Date of birth", "Type of concern", "Where it stands", "Triage decision", "Case owner", "On the team",
					"Emergency access to the cases", "What it opened", "Information recorded in the cases");
		assertThat(draft.html().select("#answer-language").attr("lang")).isEqualTo("en");
		assertThat(draft.html().select("#answer-language").text()).isEqualTo("English");
		assertThat(decision(request, key(securityNote))).isEqualTo("PENDING");
		assertThat(decision(request, "deconfliction-" + referralOf(caseId))).isEqualTo("PENDING");
		assertThat(decision(request, key(socialNote))).isEqualTo("INCLUDED");
		assertThat(text).as("the access history in words")
			.containsPattern(java.util.regex.Pattern.quote(officer.asCurrentUser().displayName()) + ", Police Prevention Unit " + tag
					+ ", read a note, \\d{1,2} [A-Z][a-z]+ \\d{4} \\d{2}:\\d{2}");
		assertThat(draft.header("Cache-Control")).contains("no-store");
		assertThat(draft.body()).doesNotContain(caseId.toString()).doesNotContain(person.value().toString());
	}

	@Test
	void anotherHubsReadsOfTheSharedRegisterRecordStayOutOfThisHubsAnswer() {
		var elsewhere = fixtures.agency(Sector.SOCIAL_CARE, "Social services elsewhere " + tag);
		var otherHub = hubSetup.create(new HubDetails("Other hub " + tag, HubLevel.LOCAL, new Country("DK"), null, null, null, null,
				null, null, null, null, null, null)).id();
		hubSetup.addAgency(otherHub, elsewhere, "member");
		var stranger = fixtures.staff(elsewhere, Profession.COORDINATOR, Role.HUB_COORDINATOR);
		// the register is shared: another hub that knows him reads his record there
		persons.view(person, stranger.asCurrentUser(), "already-known check");
		var officerBrowser = signedIn(dpo);

		var draft = start(officerBrowser);
		var history = officerBrowser.submit(officerBrowser.get("/dpo/access-history"), "form[action$=/access-history]",
				Map.of("reference", caseId.toString()));

		for (var page : List.of(draft, history)) {
			assertThat(page.mainText()).contains("read the record in the register")
				.doesNotContain(stranger.asCurrentUser().displayName()).doesNotContain("Social services elsewhere " + tag);
		}
	}

	@Test
	void everyItemOpenedForTheRequestIsTracedUnderTheOfficersRule() {
		var request = requestOf(start(signedIn(dpo)));

		var traced = jdbc.sql("""
				select subject_id from audit.event
				 where action = 'sharing.item-viewed' and actor_user_id = :dpo and reason = 'subject-access-for-the-hub-dpo'
				   and purpose = 'subject access request'
				""").param("dpo", dpo.id().value()).query(String.class).list();
		var items = jdbc.sql("select id::text from sharing.item where case_id = :case").param("case", caseId.value())
			.query(String.class).list();

		assertThat(traced).containsExactlyInAnyOrderElementsOf(items);
		assertThat(jdbc.sql("select count(*) from audit.event where action = 'sharing.subject-access-started' and subject_id = :id")
			.param("id", request.toString()).query(Long.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from audit.event where action = 'referral.viewed' and actor_user_id = :dpo "
				+ "and reason = 'subject-access-for-the-hub-dpo'").param("dpo", dpo.id().value()).query(Long.class).single())
			.isEqualTo(2);
	}

	@Test
	void thePoliceReleaseTheirNoteFromAPageThatShowsThemNothingElse() {
		var request = requestOf(start(signedIn(dpo)));
		var police = signedIn(officer);

		var home = police.get("/");
		assertThat(home.mainText()).contains("A subject access request waits for your agency's decision", "2 entries your agency recorded")
			.doesNotContain("Wójcik");
		var page = police.get(home.html().selectFirst("a[href*=/release]").attr("href"));
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.mainText()).contains(securityText(), "Check with the police")
			.doesNotContain("Lives with his mother", "conspiracy videos", "He called the school");

		var shownToThePolice = jdbc.sql("""
				select count(*) from audit.event where action = 'sharing.subject-access-release-viewed' and actor_user_id = :officer
				   and subject_type = 'item' and subject_id = :item
				""").param("officer", officer.id().value()).param("item", securityNote.toString()).query(Long.class).single();
		var released = police.submit(page, entryForm(request, key(securityNote), "release"), Map.of("ground", ""));

		assertThat(released.html().select("[role=status]").text()).contains("Released");
		assertThat(decision(request, key(securityNote))).isEqualTo("RELEASED");
		assertThat(jdbc.sql("select decided_as from sharing.subject_access_entry where request_id = :r and entry_key = :k")
			.param("r", request).param("k", key(securityNote)).query(String.class).single()).isEqualTo("RECORDING_AGENCY");
		assertThat(shownToThePolice).as("the note shown to the police for their decision, traced").isEqualTo(1);
	}

	@Test
	void theRecordingAgencysOfficerMayReleaseToo() {
		var request = requestOf(start(signedIn(dpo)));
		var police = signedIn(policeDpo);

		var page = police.get("/subject-access/" + request + "/release");
		police.submit(page, entryForm(request, key(securityNote), "release"), Map.of("ground", "Nothing in it is at risk"));

		assertThat(decision(request, key(securityNote))).isEqualTo("RELEASED");
	}

	@Test
	void aHubOfficerReleasesOnlyWithAGround() {
		var officerBrowser = signedIn(dpo);
		var draft = start(officerBrowser);
		var request = requestOf(draft);

		var refused = officerBrowser.submit(draft, entryForm(request, key(securityNote), "release"), Map.of("ground", " "));

		assertThat(refused.html().select(".error-summary").text()).contains("record the ground for releasing it");
		var field = "release-" + position(request, key(securityNote)) + "-ground";
		assertThat(refused.html().select(".error-summary a").attr("href")).isEqualTo("#" + field);
		assertThat(refused.html().getElementById(field)).isNotNull();
		assertThat(refused.html().getElementById(field + "-error").text()).contains("record the ground");
		assertThat(decision(request, key(securityNote))).isEqualTo("PENDING");

		officerBrowser.submit(refused, entryForm(request, key(securityNote), "release"),
				Map.of("ground", "Confirmed with the police on the phone: nothing at risk"));

		assertThat(decision(request, key(securityNote))).isEqualTo("RELEASED");
		assertThat(jdbc.sql("select ground from sharing.subject_access_entry where request_id = :r and entry_key = :k")
			.param("r", request).param("k", key(securityNote)).query(String.class).single()).contains("nothing at risk");
	}

	@Test
	void withholdingWithoutAGroundOrAChoiceAboutTellingNamesBothNextToTheirFieldsAndKeepsWhatWasChosen() {
		var officerBrowser = signedIn(dpo);
		var draft = start(officerBrowser);
		var request = requestOf(draft);
		var ground = "withhold-" + position(request, key(securityNote)) + "-ground";
		var tell = "withhold-" + position(request, key(securityNote)) + "-tell";

		var neither = officerBrowser.submit(draft, entryForm(request, key(securityNote), "withhold"), Map.of("ground", " "));

		assertThat(neither.html().select(".error-summary a").eachAttr("href")).containsExactly("#" + ground, "#" + tell);
		assertThat(neither.html().getElementById(ground + "-error").text()).contains("Enter the ground for withholding it");
		assertThat(neither.html().getElementById(ground).attr("aria-describedby")).contains(ground + "-error");
		assertThat(neither.html().getElementById(tell + "-error").text()).contains("Say whether the person may be told");
		assertThat(neither.html().getElementById(tell).closest("fieldset").attr("aria-describedby")).isEqualTo(tell + "-error");

		var noGround = officerBrowser.submit(neither, entryForm(request, key(securityNote), "withhold"),
				Map.of("ground", " ", "tell", "no"));
		assertThat(noGround.html().select(".error-summary a").eachAttr("href")).containsExactly("#" + ground);
		assertThat(noGround.html().getElementById(tell + "-no").hasAttr("checked")).as("the choice is kept").isTrue();

		var noChoice = officerBrowser.submit(noGround, entryForm(request, key(securityNote), "withhold"), Map.of("ground", GROUND));
		assertThat(noChoice.html().select(".error-summary a").eachAttr("href")).containsExactly("#" + tell);
		assertThat(noChoice.html().getElementById(ground).text()).as("the ground is kept").isEqualTo(GROUND);
		assertThat(decision(request, key(securityNote))).isEqualTo("PENDING");
	}

	@Test
	void aRefusedDecisionComesBackOnItsPageWithoutARoundTripWithTheTypedGroundNextToItsProblem() {
		var officerBrowser = signedIn(dpo);
		var draft = start(officerBrowser);
		var request = requestOf(draft);
		var entry = position(request, key(securityNote));
		var tell = "withhold-" + entry + "-tell";
		var typed = "GDPR Art. 23(1)(d) with § 57 BDSG: the investigation of the chat group is still open";

		var refused = officerBrowser.submit(draft, entryForm(request, key(securityNote), "withhold"), Map.of("ground", typed));

		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.hops()).as("the page is rendered again, not fetched again").isEmpty();
		assertThat(refused.heading()).startsWith("Subject access request: ");
		var form = refused.html().selectFirst(entryForm(request, key(securityNote), "withhold"));
		assertThat(form.closest("details").hasAttr("open")).isTrue();
		assertThat(form.select(".error-summary a").eachAttr("href")).as("the summary on top of the form links the problem")
			.containsExactly("#" + tell);
		assertThat(refused.html().getElementById(tell + "-error").text()).contains("Say whether the person may be told");
		assertThat(refused.html().getElementById(tell).closest("fieldset").attr("aria-describedby")).isEqualTo(tell + "-error");
		assertThat(form.selectFirst("textarea[name=ground]").val()).as("the ground as typed").isEqualTo(typed);
		assertThat(refused.html().select("textarea[name=ground]").eachText()).as("only in the form that was sent")
			.filteredOn(text -> text.equals(typed)).hasSize(1);
		assertThat(decision(request, key(securityNote))).isEqualTo("PENDING");

		var withheld = officerBrowser.submit(refused, entryForm(request, key(securityNote), "withhold"),
				Map.of("ground", typed, "tell", "no"));
		assertThat(withheld.html().select("[role=status]").text()).contains("Withheld");
		assertThat(decision(request, key(securityNote))).isEqualTo("WITHHELD");
	}

	@Test
	void aReleaseNoteTooLongComesBackOnThePolicePageWithTheNoteKeptNextToItsProblem() {
		var request = requestOf(start(signedIn(dpo)));
		var police = signedIn(officer);
		var page = police.get("/subject-access/" + request + "/release");
		var entry = position(request, key(securityNote));
		var field = "release-" + entry + "-ground";
		var note = "Nothing in it is at risk. ".repeat(45).strip();

		var refused = police.submit(page, entryForm(request, key(securityNote), "release"), Map.of("ground", note));

		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.hops()).isEmpty();
		assertThat(refused.heading()).isEqualTo("Your agency's entries in a subject access request");
		assertThat(refused.html().select(".error-summary a").eachAttr("href")).containsExactly("#" + field);
		assertThat(refused.fieldError(field)).contains("at most 1,000 characters");
		assertThat(refused.html().getElementById(field).attr("aria-describedby")).contains(field + "-error");
		assertThat(refused.html().getElementById(field).val()).as("the note as typed").isEqualTo(note);
		assertThat(refused.mainText()).as("still only the police's own entries").doesNotContain("Lives with his mother");
		assertThat(decision(request, key(securityNote))).isEqualTo("PENDING");
	}

	@Test
	void anyoneElseIsToldTheRequestDoesNotExistAndTheAttemptIsTraced() {
		var request = requestOf(start(signedIn(dpo)));
		for (var stranger : List.of(psychiatrist, socialWorker, teacher)) {
			var browser = signedIn(stranger);
			var home = browser.get("/");
			var token = home.html().selectFirst("input[name=_csrf]").val();

			assertThat(browser.get("/subject-access/" + request + "/release").status()).isEqualTo(404);
			var entry = position(request, key(securityNote));
			assertThat(browser.post("/subject-access/" + request + "/entries/" + entry + "/release",
					Map.of("_csrf", token, "ground", "I think it is fine", "version", "0")).status()).isEqualTo(404);
			assertThat(browser.post("/subject-access/" + request + "/entries/" + entry + "/withhold",
					Map.of("_csrf", token, "ground", "x", "tell", "yes", "version", "0")).status()).isEqualTo(404);
			assertThat(home.mainText()).doesNotContain("A subject access request waits");
			assertThat(jdbc.sql("""
					select count(*) from audit.event where actor_user_id = :who and outcome = 'DENIED' and subject_id = :request
					   and action in ('sharing.subject-access-entry-released', 'sharing.subject-access-entry-withheld')
					""").param("who", stranger.id().value()).param("request", request.toString()).query(Long.class).single())
				.isEqualTo(2);
		}
		assertThat(decision(request, key(securityNote))).isEqualTo("PENDING");
		assertThat(jdbc.sql("select decided_by from sharing.subject_access_entry where request_id = :r and entry_key = :k")
			.param("r", request).param("k", key(securityNote)).query(UUID.class).optional()).isEmpty();
	}

	@Test
	void finalisingWaitsForEveryGroundAndTheAnswerLeavesTheWithheldNoteOutSayingSo() throws IOException {
		var officerBrowser = signedIn(dpo);
		var draft = start(officerBrowser);
		var request = requestOf(draft);

		var refused = officerBrowser.submit(draft, "form[action$=/finalise]", Map.of());
		assertThat(refused.html().select(".error-summary").text()).contains("2 entries are withheld without a ground");
		assertThat(status(request)).isEqualTo("DRAFT");

		var withheld = officerBrowser.submit(refused, entryForm(request, key(securityNote), "withhold"),
				Map.of("ground", GROUND, "tell", "yes"));
		officerBrowser.submit(withheld, entryForm(request, "deconfliction-" + referralOf(caseId), "withhold"),
				Map.of("ground", GROUND, "tell", "no"));
		var emergency = jdbc.sql("select entry_key from sharing.subject_access_entry where request_id = :r and decision = 'PENDING'")
			.param("r", request).query(String.class).list();
		assertThat(emergency).isEmpty();
		var finalised = officerBrowser.submit(officerBrowser.get("/dpo/subject-access/" + request), "form[action$=/finalise]", Map.of());
		assertThat(finalised.html().select("[role=status]").text()).contains("Finalised");
		assertThat(status(request)).isEqualTo("FINAL");

		var json = officerBrowser.get("/dpo/subject-access/" + request + "/answer?format=json");
		assertThat(json.header("Content-Type")).startsWith("application/json");
		assertThat(json.header("Content-Disposition")).contains("attachment").doesNotContain("Wójcik");
		assertThat(json.body()).contains("Tomasz Wójcik" + tag, "Lives with his mother and sister " + tag, "rationale " + tag)
			.doesNotContain(securityText())
			.contains("An item recorded by Police Prevention Unit " + tag + " on ")
			.contains("was withheld under " + GROUND)
			.doesNotContain("a check with the police")
			.doesNotContain("\"records\"").doesNotContain("\"record\"");
		assertThat(json.body()).as("his reading of the withheld note is withheld with it")
			.doesNotContain(officer.asCurrentUser().displayName() + ", Police Prevention Unit " + tag + ", read a note");
		assertThat(officerBrowser.get("/dpo/subject-access/" + request + "/answer?format=json").body())
			.as("every download gives the answer as finalised").isEqualTo(json.body());

		var pdf = text(officerBrowser.download("/dpo/subject-access/" + request + "/answer?format=pdf"));
		assertThat(pdf).contains("What Tandem holds about you", "Tomasz Wójcik" + tag, "Lives with his mother and sister " + tag,
				"was withheld under " + GROUND, "Who accessed your data").doesNotContain(securityText());

		var again = officerBrowser.get("/dpo/subject-access/" + request);
		assertThat(again.mainText()).contains("Download the answer as PDF").doesNotContain("final already");
		var twice = officerBrowser.post("/dpo/subject-access/" + request + "/finalise",
				Map.of("_csrf", again.html().selectFirst("input[name=_csrf]").val()));
		assertThat(twice.mainText()).contains("This request is final already", dpo.asCurrentUser().displayName());
	}

	/**
	 * The person may read another language than the officer: the answer is written in the one chosen on the start form,
	 * every holder's words and every date, and the page and the PDF mark it with it; the officer's page stays theirs.
	 */
	@Test
	void anAnswerCompiledInGermanHasEveryHoldersWordsAndDatesInGerman() throws IOException {
		var officerBrowser = signedIn(dpo);
		var list = officerBrowser.get("/dpo/subject-access");
		assertThat(list.html().select("select#answerLanguage option[selected]").eachAttr("value")).as("the screen's language first")
			.containsExactly("en");
		assertThat(list.html().select("select#answerLanguage option").eachAttr("lang")).containsExactly("en", "de", "da", "fr", "nl");
		assertThat(list.html().select("select#answerLanguage option").eachText())
			.containsExactly("English", "Deutsch", "Dansk", "Français", "Nederlands");

		var draft = officerBrowser.submit(list, "form[action$=/dpo/subject-access]",
				Map.of("reference", caseId.toString(), "answerLanguage", "de"));
		var request = requestOf(draft);
		var text = draft.mainText();
		var today = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.GERMANY).format(LocalDate.now(ZoneOffset.UTC));

		assertThat(text).as("the register").contains("Stammdaten der Person", "Geburtsdatum", "21. Mai 2007", "Geschlecht", "Männlich",
				"Weiterer Name", "Anschrift", "Zwei Datensätze als eine Person zusammengeführt", "Zusammengeführt am");
		assertThat(text).as("the referral, its triage and the check with the police")
			.contains("Meldungen", "Die Sorge, in den Worten der meldenden Fachkraft", "Rechtsextrem", "Soziale Isolation",
					"Einwilligung erteilt", "Innerhalb weniger Tage", "Von einer Fachkraft", "Ersteinschätzung",
					"Fortfahren: Das Netzwerk übernimmt", "Polizeilicher Abgleich, bevor das Netzwerk den Fall übernimmt");
		assertThat(text).as("the case and the emergency access").contains("Fallverantwortliche Fachkraft", "Im Fallteam",
				"seit dem " + today, "Notfallzugriffe auf die Fälle", "Was geöffnet wurde", "der Fall");
		assertThat(text).as("what the case teams recorded").contains("In den Fällen erfasste Informationen", "Einwilligungsentscheidungen",
				"Weitergaben zwischen Einrichtungen");
		assertThat(text).as("what people typed, as they typed it").contains("He repeats conspiracy videos in class, in my words " + tag);
		assertThat(text).as("no holder writes English into a German answer")
			.doesNotContain("Date of birth", "21 May 2007", "Two records joined", "Type of concern", "Far-right", "Within days",
					"Triage decision", "Case owner", "Emergency access to the cases", "Information recorded in the cases");
		assertThat(draft.html().select("h1").text()).as("the officer's page stays English").startsWith("Subject access request");
		assertThat(draft.html().select("#answer-language").attr("lang")).isEqualTo("de");
		assertThat(draft.html().select("#answer-language").text()).isEqualTo("Deutsch");
		assertThat(draft.html().select("main dl.summary[lang]").eachAttr("lang")).isNotEmpty().containsOnly("de");

		for (var key : List.of(key(securityNote), "deconfliction-" + referralOf(caseId))) {
			officerBrowser.submit(officerBrowser.get("/dpo/subject-access/" + request), entryForm(request, key, "withhold"),
					Map.of("ground", GROUND, "tell", "no"));
		}
		officerBrowser.submit(officerBrowser.get("/dpo/subject-access/" + request), "form[action$=/finalise]", Map.of());
		var pdf = officerBrowser.download("/dpo/subject-access/" + request + "/answer?format=pdf");

		assertThat(text(pdf)).contains("Was Tandem über Sie gespeichert hat", "Geburtsdatum", "21. Mai 2007", "Rechtsextrem",
				"Fallverantwortliche Fachkraft").doesNotContain("Date of birth", "21 May 2007");
		try (var reader = new PdfReader(pdf)) {
			assertThat(reader.getCatalog().getAsString(PdfName.LANG)).as("the PDF says its language").hasToString("de");
		}
	}

	@Test
	void aRequestFinalisedByOneOfficerIsFinalForTheOther() {
		var first = signedIn(dpo);
		var request = requestOf(start(first));
		var page = first.get("/dpo/subject-access/" + request);
		first.submit(page, entryForm(request, key(securityNote), "withhold"), Map.of("ground", GROUND, "tell", "no"));
		first.submit(first.get("/dpo/subject-access/" + request), entryForm(request, "deconfliction-" + referralOf(caseId), "withhold"), Map.of("ground", GROUND, "tell", "no"));
		var second = signedIn(secondDpo);
		var stale = second.get("/dpo/subject-access/" + request);

		first.submit(first.get("/dpo/subject-access/" + request), "form[action$=/finalise]", Map.of());
		var late = second.submit(stale, "form[action$=/finalise]", Map.of());
		var lateDecision = second.submit(stale, entryForm(request, key(socialNote), "withhold"),
				Map.of("ground", "Art. 15(4)", "tell", "no"));

		assertThat(late.mainText()).contains("This request is final already");
		assertThat(lateDecision.html().select(".error-summary").text()).contains("its entries stay as they were released");
		assertThat(decision(request, key(socialNote))).isEqualTo("INCLUDED");
	}

	@Test
	void whereTellingIsNotAllowedTheAnswerSaysNothingOfIt() {
		var officerBrowser = signedIn(dpo);
		var request = requestOf(start(officerBrowser));
		for (var key : List.of(key(securityNote), "deconfliction-" + referralOf(caseId))) {
			officerBrowser.submit(officerBrowser.get("/dpo/subject-access/" + request), entryForm(request, key, "withhold"),
					Map.of("ground", GROUND, "tell", "no"));
		}
		officerBrowser.submit(officerBrowser.get("/dpo/subject-access/" + request), "form[action$=/finalise]", Map.of());

		var json = officerBrowser.get("/dpo/subject-access/" + request + "/answer?format=json").body();

		assertThat(json).doesNotContain(securityText()).doesNotContain("withheld under").doesNotContain(GROUND)
			.contains("\"withheld\" : [ ]");
	}

	@Test
	void twoStartsAtOnceMakeOneDraftAndTheSecondIsToldWhoStartedIt() throws Exception {
		var one = signedIn(dpo);
		var other = signedIn(secondDpo);
		var forms = List.of(one.get("/dpo/subject-access"), other.get("/dpo/subject-access"));
		var barrier = new CyclicBarrier(2);
		var pool = Executors.newFixedThreadPool(2);
		try {
			var answers = new ArrayList<Future<Page>>();
			var browsers = List.of(one, other);
			for (int i = 0; i < 2; i++) {
				var browser = browsers.get(i);
				var form = forms.get(i);
				answers.add(pool.submit(() -> {
					barrier.await();
					return browser.submit(form, "form[action$=/dpo/subject-access]", Map.of("reference", caseId.toString()));
				}));
			}
			var pages = List.of(answers.get(0).get(), answers.get(1).get());
			var started = pages.stream().filter(page -> page.path().matches("/dpo/subject-access/[0-9a-f-]{36}")).toList();
			var told = pages.stream().filter(page -> page.path().equals("/dpo/subject-access")).toList();

			assertThat(started).hasSize(1);
			assertThat(told).hasSize(1);
			var starter = started.getFirst() == pages.get(0) ? dpo : secondDpo;
			assertThat(told.getFirst().html().select(".error-summary").text())
				.contains(starter.asCurrentUser().displayName() + " started a subject access request for this person on")
				.contains("Continue that request");
			assertThat(told.getFirst().html().select(".error-summary a[href^=/dpo/subject-access/]").attr("href"))
				.isEqualTo(started.getFirst().path());
			assertThat(jdbc.sql("select count(*) from sharing.subject_access_request where hub_id = :hub")
				.param("hub", hub.value()).query(Long.class).single()).isEqualTo(1);
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void anOfficerOfAnotherHubFindsNoSuchCaseAndOthersNoPage() {
		var elsewhere = fixtures.staff(fixtures.agency(Sector.POLICE), Profession.OTHER, Role.DATA_PROTECTION_OFFICER);
		var request = requestOf(start(signedIn(dpo)));
		var officerElsewhere = signedIn(elsewhere);

		var answer = start(officerElsewhere);

		assertThat(answer.mainText()).contains("There is no case about an identified person with this reference");
		assertThat(answer.body()).doesNotContain("Wójcik" + tag);
		assertThat(officerElsewhere.get("/dpo/subject-access/" + request).status()).isEqualTo(404);
		assertThat(officerElsewhere.get("/dpo/subject-access").mainText()).doesNotContain("Wójcik" + tag);
		assertThat(signedIn(teacher).get("/dpo/subject-access").status()).isEqualTo(403);
	}

	@Test
	void erasureAtTheEndOfRetentionTakesTheRequestsWithTheCase() {
		var officerBrowser = signedIn(dpo);
		var answered = requestOf(start(officerBrowser));
		for (var key : List.of(key(securityNote), "deconfliction-" + referralOf(caseId))) {
			officerBrowser.submit(officerBrowser.get("/dpo/subject-access/" + answered), entryForm(answered, key, "withhold"),
					Map.of("ground", GROUND, "tell", "no"));
		}
		officerBrowser.submit(officerBrowser.get("/dpo/subject-access/" + answered), "form[action$=/finalise]", Map.of());
		var draft = requestOf(start(officerBrowser));
		cases.close(caseId, "Support ended as planned; nothing more to do.", coordinator.asCurrentUser());
		jdbc.sql("update casework.case_file set closed_at = now() - interval '5 years' where id = :id").param("id", caseId.value()).update();

		retention.sweep(dpo.asCurrentUser());

		assertThat(jdbc.sql("select count(*) from sharing.subject_access_request where id = :id").param("id", draft)
			.query(Long.class).single()).as("the draft goes").isZero();
		assertThat(jdbc.sql("select count(*) from sharing.subject_access_entry where request_id in (:a, :b)")
			.param("a", answered).param("b", draft).query(Long.class).single()).isZero();
		var row = jdbc.sql("select person_id, content, erased_at, status from sharing.subject_access_request where id = :id")
			.param("id", answered).query().singleRow();
		assertThat(row.get("person_id")).as("the answered request stays, pseudonymous").isNull();
		assertThat(row.get("content")).isNull();
		assertThat(row.get("erased_at")).isNotNull();
		assertThat(row.get("status")).isEqualTo("FINAL");
		assertThat(officerBrowser.get("/dpo/subject-access/" + answered).status()).isEqualTo(404);
	}

	private String status(UUID request) {
		return jdbc.sql("select status from sharing.subject_access_request where id = :id").param("id", request).query(String.class)
			.single();
	}

	private ReferralId referralOf(CaseId id) {
		return cases.standing(id, coordinator.asCurrentUser()).orElseThrow().file().referral();
	}

	static String text(byte[] pdf) {
		try (var reader = new PdfReader(pdf)) {
			var extractor = new PdfTextExtractor(reader);
			var text = new StringBuilder();
			for (int page = 1; page <= reader.getNumberOfPages(); page++) {
				text.append(extractor.getTextFromPage(page)).append('\n');
			}
			// lines wrap where the page ends, not where a sentence does
			return text.toString().replaceAll("\\s+", " ");
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
