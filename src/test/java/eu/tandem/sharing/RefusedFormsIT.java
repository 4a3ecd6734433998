package eu.tandem.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import eu.tandem.agency.Country;
import eu.tandem.agency.Sector;
import eu.tandem.casework.CaseFiles;
import eu.tandem.casework.CaseId;
import eu.tandem.hub.DataCategory;
import eu.tandem.hub.HubDetails;
import eu.tandem.hub.HubId;
import eu.tandem.hub.HubLevel;
import eu.tandem.hub.HubRole;
import eu.tandem.hub.Hubs;
import eu.tandem.hub.SharingPurpose;
import eu.tandem.identity.AgencyId;
import eu.tandem.identity.Profession;
import eu.tandem.identity.Role;
import eu.tandem.kernel.ReferralId;
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
 * The forms of a case's information, consent and items over real HTTP, refused: each comes back with every problem
 * at once, each next to its field (its message's id in the field's aria-describedby) and linked from the summary on
 * top, with everything typed still in the fields, and nothing saved.
 */
@TandemIntegrationTest
class RefusedFormsIT {

	static final DateTimeFormatter IN_WORDS = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Hubs hubs;

	@Autowired
	CaseFiles cases;

	@Autowired
	CaseInformation information;

	@Autowired
	Disclosures disclosures;

	@Autowired
	JdbcClient jdbc;

	final LocalDate today = LocalDate.now(ZoneOffset.UTC);
	AgencyId police;
	AgencyId school;
	StaffMember teacher;
	StaffMember coordinator;
	CaseId caseId;
	Browserless browser;

	@BeforeEach
	void aTeacherOnACaseWithThePolice() {
		police = fixtures.agency(Sector.POLICE, "Police " + Fixtures.unique());
		school = fixtures.agency(Sector.EDUCATION, "School " + Fixtures.unique());
		var sysadmin = fixtures.staff(school, Role.SYSTEM_ADMINISTRATOR).asCurrentUser();
		HubId hub = hubs.create(new HubDetails("Hub " + Fixtures.unique(), HubLevel.LOCAL, new Country("NL"), null, null, null, null,
				null, null, null, null, null, null), sysadmin).id();
		hubs.addAgency(hub, police, "member", sysadmin);
		hubs.addAgency(hub, school, "member", sysadmin);
		coordinator = fixtures.staff(school, Profession.COORDINATOR, Role.HUB_COORDINATOR);
		hubs.appoint(hub, coordinator.id(), HubRole.COORDINATOR, sysadmin);
		teacher = fixtures.staff(school, Profession.TEACHER, Role.PRACTITIONER);
		var officer = fixtures.staff(police, Profession.POLICE_OFFICER, Role.PRACTITIONER);
		caseId = cases.open(ReferralId.random(), Fixtures.caseReference(), hub, null, coordinator.asCurrentUser());
		cases.appointOwner(caseId, teacher.id(), coordinator.asCurrentUser());
		cases.addToTeam(caseId, officer.id(), coordinator.asCurrentUser());
		browser = new Browserless(port);
		browser.signIn(teacher);
	}

	@Test
	void aConsentDatedInTheFutureComesBackWithEveryTickAndEachProblemNextToItsField() {
		var form = browser.get("/cases/" + caseId + "/consent");
		var tomorrow = today.plusDays(1).toString();

		var refused = browser.submitAll(form, "form[action$=/consent]", Map.of(
				"decision", List.of("GIVEN"), "decidedBy", List.of(""), "categories", List.of("SOCIAL", "EDUCATION"),
				"agencies", List.of(police.toString()), "decidedOn", List.of(tomorrow), "obtained", List.of("ORAL"),
				"documentReference", List.of("Form 9 of the school"), "capacityNote", List.of("Understood what is shared")));

		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.path()).isEqualTo("/cases/" + caseId + "/consent");
		assertProblemNextToField(refused, "decidedBy", "Only the person, or the guardian");
		assertProblemNextToField(refused, "decidedOn", "cannot be in the future");
		assertProblemNextToField(refused, "purposes", "Choose the purposes");
		assertThat(refused.html().select(".error-summary a").eachAttr("href")).as("every problem at once, in the order of the form")
			.containsExactly("#decidedBy", "#decidedOn", "#purposes");

		assertThat(refused.html().selectFirst("input#decision").hasAttr("checked")).as("consent given").isTrue();
		assertThat(ticked(refused, "categories")).containsExactlyInAnyOrder("SOCIAL", "EDUCATION");
		assertThat(ticked(refused, "agencies")).containsExactly(police.toString());
		assertThat(refused.inputValue("decidedOn")).isEqualTo(tomorrow);
		assertThat(chosen(refused, "obtained")).isEqualTo("ORAL");
		assertThat(refused.inputValue("documentReference")).isEqualTo("Form 9 of the school");
		assertThat(refused.inputValue("capacityNote")).isEqualTo("Understood what is shared");
		assertThat(consentsRecorded()).as("nothing saved").isZero();
	}

	@Test
	void consentDecisionsAreDatedInWordsLikeEveryOtherPage() {
		disclosures.recordConsent(caseId, new ConsentRequest(Consent.Decision.GIVEN, Consent.DecidedBy.PERSON, Set.of(),
				Set.of(DataCategory.SOCIAL), Set.of(SharingPurpose.SUPPORT_PLANNING), today.minusDays(3), Consent.Obtained.WRITTEN,
				null, null), teacher.asCurrentUser());

		assertThat(browser.get("/cases/" + caseId + "/consent").mainText())
			.contains("Given by the person on " + IN_WORDS.format(today.minusDays(3)))
			.doesNotContain(today.minusDays(3).toString());
		assertThat(browser.get("/cases/" + caseId + "/information").html().select("#consent option").text())
			.contains("The person, " + IN_WORDS.format(today.minusDays(3)));
	}

	@Test
	void aRefusedWithdrawalComesBackOpenNextToItsConsentWithWhatWasTyped() {
		var consent = disclosures.recordConsent(caseId, new ConsentRequest(Consent.Decision.GIVEN, Consent.DecidedBy.PERSON, Set.of(),
				Set.of(DataCategory.SOCIAL), Set.of(SharingPurpose.SUPPORT_PLANNING), today, Consent.Obtained.WRITTEN, null, null),
				teacher.asCurrentUser());
		var page = browser.get("/cases/" + caseId + "/consent");

		var refused = browser.submit(page, "form[action$=/" + consent + "/withdraw]", Map.of("decidedBy", "",
				"decidedOn", today.plusDays(2).toString(), "obtained", "ORAL", "documentReference", "Letter of 3 May",
				"note", "Said so on the phone"));

		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.html().selectFirst("details:has(form[action$=/" + consent + "/withdraw])").hasAttr("open")).isTrue();
		assertProblemNextToField(refused, "withdraw-0-decidedBy", "Only the person, or the guardian");
		assertProblemNextToField(refused, "withdraw-0-decidedOn", "cannot be in the future");
		assertThat(refused.inputValue("withdraw-0-decidedOn")).isEqualTo(today.plusDays(2).toString());
		assertThat(chosen(refused, "withdraw-0-obtained")).isEqualTo("ORAL");
		assertThat(refused.inputValue("withdraw-0-documentReference")).isEqualTo("Letter of 3 May");
		assertThat(refused.inputValue("withdraw-0-note")).isEqualTo("Said so on the phone");
		assertThat(refused.inputValue("decidedOn")).as("the form for a new decision stays as it was").isEqualTo(today.toString());
		assertThat(withdrawn(consent)).isFalse();
	}

	@Test
	void aWithdrawalOfAConsentWithdrawnMeanwhileSaysSoAboveThePage() {
		var consent = disclosures.recordConsent(caseId, new ConsentRequest(Consent.Decision.GIVEN, Consent.DecidedBy.PERSON, Set.of(),
				Set.of(DataCategory.SOCIAL), Set.of(SharingPurpose.SUPPORT_PLANNING), today, Consent.Obtained.WRITTEN, null, null),
				teacher.asCurrentUser());
		var openedEarlier = browser.get("/cases/" + caseId + "/consent");
		disclosures.withdraw(consent, Consent.DecidedBy.PERSON, today, Consent.Obtained.ORAL, null, null, teacher.asCurrentUser());

		var refused = browser.submit(openedEarlier, "form[action$=/" + consent + "/withdraw]",
				Map.of("decidedBy", "PERSON", "decidedOn", today.toString(), "obtained", "ORAL"));

		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.html().select(".error-summary").text()).contains("Only a consent in force can be withdrawn");
		assertThat(refused.html().select("form[action$=/" + consent + "/withdraw]")).as("its form is gone").isEmpty();
	}

	@Test
	void aColleagueWhoIsNotTheAuthorIsToldWhyAboveTheItem() {
		var colleague = fixtures.staff(school, Profession.TEACHER, Role.PRACTITIONER);
		cases.addToTeam(caseId, colleague.id(), coordinator.asCurrentUser());
		var item = information.record(caseId, DataCategory.SOCIAL, ItemKind.NOTE, "Lives with his uncle", Language.ENGLISH,
				teacher.asCurrentUser());
		var theirs = new Browserless(port);
		theirs.signIn(colleague);
		var page = theirs.get("/cases/" + caseId + "/information/" + item);
		var token = page.html().selectFirst("input[name=_csrf]").val();

		var refused = theirs.post("/cases/" + caseId + "/information/" + item + "/rectify",
				Map.of("_csrf", token, "text", "Lives alone", "reason", "Update", "version", "0"));

		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.html().select(".error-summary").text()).contains("Only the author corrects an item");
		assertThat(information.view(item, teacher.asCurrentUser()).text()).isEqualTo("Lives with his uncle");
	}

	@Test
	void aCorrectionWithoutAReasonComesBackWithTheCorrectedTextKept() {
		var item = information.record(caseId, DataCategory.SOCIAL, ItemKind.NOTE, "Lives with his uncle", Language.ENGLISH,
				teacher.asCurrentUser());
		var page = browser.get("/cases/" + caseId + "/information/" + item);

		var refused = browser.submit(page, "form[action$=/rectify]", Map.of("text", "Lives with his aunt", "reason", " "));

		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.path()).isEqualTo("/cases/" + caseId + "/information/" + item + "/rectify");
		assertProblemNextToField(refused, "reason", "Enter “Why it is corrected”");
		assertThat(refused.inputValue("text")).isEqualTo("Lives with his aunt");
		assertThat(information.view(item, teacher.asCurrentUser()).text()).as("nothing saved").isEqualTo("Lives with his uncle");

		var saved = browser.submit(refused, "form[action$=/rectify]", Map.of("text", "Lives with his aunt", "reason", "Misheard"));
		assertThat(saved.path()).isEqualTo("/cases/" + caseId + "/information");
		assertThat(information.view(item, teacher.asCurrentUser()).text()).isEqualTo("Lives with his aunt");
	}

	@Test
	void aCorrectionMadeMeanwhileIsShownBesideTheOneTypedWhichIsKeptAndNothingIsOverwritten() {
		var item = information.record(caseId, DataCategory.SOCIAL, ItemKind.NOTE, "Lives with his uncle", Language.ENGLISH,
				teacher.asCurrentUser());
		var openedEarlier = browser.get("/cases/" + caseId + "/information/" + item);
		var read = information.view(item, teacher.asCurrentUser());
		information.rectify(item, "Lives with his grandmother", "Phoned the family", read.version(), teacher.asCurrentUser());

		var refused = browser.submit(openedEarlier, "form[action$=/rectify]",
				Map.of("text", "Lives with his aunt and her husband", "reason", "Misheard at intake"));

		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.html().select(".error-summary").text()).contains("Someone corrected this item after you opened it");
		assertThat(refused.html().selectFirst("#saved-text").text()).isEqualTo("Lives with his grandmother");
		assertThat(refused.inputValue("text")).isEqualTo("Lives with his aunt and her husband");
		assertThat(refused.inputValue("reason")).isEqualTo("Misheard at intake");
		assertThat(information.view(item, teacher.asCurrentUser()).text()).as("never silently overwritten")
			.isEqualTo("Lives with his grandmother");

		var merged = browser.submit(refused, "form[action$=/rectify]",
				Map.of("text", "Lives with his grandmother; his aunt visits daily", "reason", "Misheard at intake"));
		assertThat(merged.path()).isEqualTo("/cases/" + caseId + "/information");
		assertThat(information.view(item, teacher.asCurrentUser()).text()).isEqualTo("Lives with his grandmother; his aunt visits daily");
	}

	@Test
	void anItemWithoutKindOrTextIsRefusedWithBothProblemsAndTheTextIsKeptWhenOnlyTheKindIsMissing() {
		var page = browser.get("/cases/" + caseId + "/information");

		var bothMissing = browser.submit(page, "form[action$=/information]", Map.of("category", "", "kind", "OBSERVATION", "text", ""));
		assertProblemNextToField(bothMissing, "category", "Choose what kind of information it is");
		assertProblemNextToField(bothMissing, "text", "Enter “What you record”");

		var kindMissing = browser.submit(page, "form[action$=/information]",
				Map.of("category", "", "kind", "OBSERVATION", "text", "Came to school with a bruised arm"));
		assertProblemNextToField(kindMissing, "category", "Choose what kind of information it is");
		assertThat(kindMissing.inputValue("text")).isEqualTo("Came to school with a bruised arm");
		assertThat(chosen(kindMissing, "kind")).isEqualTo("OBSERVATION");
		assertThat(information.visible(caseId, teacher.asCurrentUser())).as("nothing saved").isEmpty();
	}

	@Test
	void aDisclosureMissingPurposeBasisAndStatuteNamesAllThreeAndKeepsEveryChoice() {
		var item = information.record(caseId, DataCategory.SOCIAL, ItemKind.NOTE, "Lives with his uncle", Language.ENGLISH,
				teacher.asCurrentUser());
		var page = browser.get("/cases/" + caseId + "/information");

		var refused = browser.submitAll(page, "form[action$=/disclosures]", Map.of("items", List.of(item.toString()),
				"summary", List.of("Attends school every day"), "summaryCategory", List.of("EDUCATION"),
				"recipient", List.of(police.toString()), "purpose", List.of(""), "legalBasis", List.of(" "),
				"ground", List.of("PUBLIC_TASK"), "statute", List.of(""), "expiresOn", List.of(today.plusMonths(1).toString())));

		assertThat(refused.status()).isEqualTo(200);
		assertProblemNextToField(refused, "purpose", "Choose the purpose");
		assertProblemNextToField(refused, "legalBasis", "Enter the legal basis");
		assertProblemNextToField(refused, "statute", "Name the statute");
		assertThat(refused.html().select("form[action$=/disclosures] .error-summary a").eachAttr("href"))
			.containsExactly("#purpose", "#legalBasis", "#statute");
		assertThat(ticked(refused, "items")).containsExactly(item.toString());
		assertThat(refused.inputValue("summary")).isEqualTo("Attends school every day");
		assertThat(chosen(refused, "summaryCategory")).isEqualTo("EDUCATION");
		assertThat(chosen(refused, "recipient")).isEqualTo(police.toString());
		assertThat(chosen(refused, "ground")).isEqualTo("PUBLIC_TASK");
		assertThat(refused.inputValue("expiresOn")).isEqualTo(today.plusMonths(1).toString());
		assertThat(jdbc.sql("select count(*) from sharing.disclosure where case_id = :case").param("case", caseId.value())
			.query(Integer.class).single()).as("nothing saved").isZero();
	}

	/** The message is next to the field, the field points to it, and the summary links to the field. */
	static void assertProblemNextToField(Page page, String field, String message) {
		assertThat(page.fieldError(field)).as("the message next to " + field).contains(message);
		var input = page.html().getElementById(field);
		assertThat(input).as("a field with the id " + field).isNotNull();
		var describedBy = input.hasAttr("aria-describedby") ? input.attr("aria-describedby")
				: input.closest("fieldset") == null ? "" : input.closest("fieldset").attr("aria-describedby");
		assertThat(describedBy.split(" ")).as(field + " is described by its message").contains(field + "-error");
		assertThat(page.html().select(".error-summary a[href=#" + field + "]").text()).as("the summary links to " + field)
			.contains(message);
		assertThat(page.html().select("[id]").eachAttr("id")).as("each link reaches one field").doesNotHaveDuplicates();
	}

	static List<String> ticked(Page page, String name) {
		return page.html().select("input[type=checkbox][name=" + name + "][checked]").eachAttr("value");
	}

	static String chosen(Page page, String id) {
		var option = page.html().selectFirst("select#" + id + " option[selected]");
		return option == null ? null : option.attr("value");
	}

	private int consentsRecorded() {
		return jdbc.sql("select count(*) from sharing.consent where case_id = :case").param("case", caseId.value())
			.query(Integer.class).single();
	}

	/** Whether a decision of the case withdraws the consent, as the case's consent decisions say. */
	private boolean withdrawn(UUID consent) {
		return disclosures.consents(caseId, teacher.asCurrentUser()).stream().anyMatch(decision -> consent.equals(decision.withdraws()));
	}
}
