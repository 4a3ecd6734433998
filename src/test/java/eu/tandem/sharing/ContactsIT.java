package eu.tandem.sharing;

import static eu.tandem.sharing.RefusedFormsIT.assertProblemNextToField;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import eu.tandem.agency.Country;
import eu.tandem.agency.Sector;
import eu.tandem.casework.CaseFiles;
import eu.tandem.casework.CaseId;
import eu.tandem.hub.HubDetails;
import eu.tandem.hub.HubId;
import eu.tandem.hub.HubLevel;
import eu.tandem.hub.HubRole;
import eu.tandem.hub.Hubs;
import eu.tandem.identity.AgencyId;
import eu.tandem.identity.Profession;
import eu.tandem.identity.Role;
import eu.tandem.kernel.ReferralId;
import eu.tandem.knowledge.CaseAttribute;
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
 * Contacts with the person or their family over real HTTP against the real database: recorded by the case team, read
 * under need to know like every item (a police officer on the team sees nothing of a health contact, not even that one
 * exists), refused with the reason next to the field and everything typed kept, and a note that uses a listed word
 * first met with a gentle prompt, then saved as written.
 */
@TandemIntegrationTest
class ContactsIT {

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
	JdbcClient jdbc;

	HubId hub;
	AgencyId school;
	StaffMember teacher;
	StaffMember psychiatrist;
	StaffMember officer;
	CaseId caseId;
	Browserless browser;

	@BeforeEach
	void aTeacherAPsychiatristAndAPoliceOfficerOnACase() {
		var police = fixtures.agency(Sector.POLICE, "Police " + Fixtures.unique());
		var clinic = fixtures.agency(Sector.MENTAL_HEALTH_CARE, "Clinic " + Fixtures.unique());
		school = fixtures.agency(Sector.EDUCATION, "School " + Fixtures.unique());
		var sysadmin = fixtures.staff(school, Role.SYSTEM_ADMINISTRATOR).asCurrentUser();
		hub = hubs.create(new HubDetails("Hub " + Fixtures.unique(), HubLevel.LOCAL, new Country("DE"), null, null, null, null, null,
				null, null, null, null, null), sysadmin).id();
		hubs.addAgency(hub, police, "member", sysadmin);
		hubs.addAgency(hub, clinic, "member", sysadmin);
		hubs.addAgency(hub, school, "member", sysadmin);
		var coordinator = fixtures.staff(school, Profession.COORDINATOR, Role.HUB_COORDINATOR);
		hubs.appoint(hub, coordinator.id(), HubRole.COORDINATOR, sysadmin);
		teacher = fixtures.staff(school, Profession.TEACHER, Role.PRACTITIONER);
		psychiatrist = fixtures.staff(clinic, Profession.PSYCHIATRIST, Role.PRACTITIONER);
		officer = fixtures.staff(police, Profession.POLICE_OFFICER, Role.PRACTITIONER);
		caseId = cases.open(ReferralId.random(), Fixtures.caseReference(), hub, null, coordinator.asCurrentUser());
		cases.appointOwner(caseId, teacher.id(), coordinator.asCurrentUser());
		cases.addToTeam(caseId, psychiatrist.id(), coordinator.asCurrentUser());
		cases.addToTeam(caseId, officer.id(), coordinator.asCurrentUser());
		browser = new Browserless(port);
		browser.signIn(teacher);
	}

	LocalDate hubToday() {
		return hubs.find(hub).orElseThrow().today(Clock.systemUTC());
	}

	String contacts() {
		return "/cases/" + caseId + "/contacts";
	}

	@Test
	void theTeamRecordsAContactAndReadsItWithWhatHappened() {
		var day = hubToday().minusDays(2);
		var form = browser.get(contacts());

		var recorded = browser.submit(form, "form[action$=/contacts]", Map.of("day", day.toString(), "with", "PARENT_OR_GUARDIAN",
				"mode", "PHONE", "attended", "yes", "category", "SOCIAL", "language", "en",
				"note", "Mother says he sleeps better since the school changed his class."));

		assertThat(recorded.path()).isEqualTo(contacts());
		assertThat(recorded.html().select("[role=status]").text()).contains("Recorded.");
		assertThat(recorded.mainText()).contains("With a parent or guardian").contains("By phone").contains("Took place")
			.contains("Mother says he sleeps better");
		var stored = jdbc.sql("select c.happened_on, c.with_whom, c.mode, c.attended, i.kind, i.category from sharing.contact c "
				+ "join sharing.item i on i.id = c.item_id where i.case_id = :case").param("case", caseId.value())
			.query((rs, n) -> rs.getObject(1, LocalDate.class) + " " + rs.getString(2) + " " + rs.getString(3) + " "
					+ rs.getBoolean(4) + " " + rs.getString(5) + " " + rs.getString(6))
			.single();
		assertThat(stored).isEqualTo(day + " PARENT_OR_GUARDIAN PHONE true CONTACT SOCIAL");
		assertThat(browser.get("/cases/" + caseId + "/information").mainText()).as("a contact is an item of the case")
			.contains("Mother says he sleeps better").contains("With a parent or guardian");
	}

	@Test
	void aPoliceOfficerOnTheTeamDoesNotSeeAHealthContactNorThatOneExists() {
		var note = "Session missed; he texted that he could not face it " + Fixtures.unique();
		var item = information.recordContact(caseId, new ContactRequest(hubToday(), Contact.With.PERSON, Contact.Mode.IN_PERSON, false,
				eu.tandem.hub.DataCategory.HEALTH, note, Language.ENGLISH), psychiatrist.asCurrentUser(), Wording.AS_WRITTEN);
		var police = new Browserless(port);
		police.signIn(officer);

		var page = police.get(contacts());
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.mainText()).doesNotContain(note).contains("No contact you may see");
		assertThat(page.html().select("article")).as("not counted, not listed").isEmpty();
		var information = police.get("/cases/" + caseId + "/information");
		assertThat(information.mainText()).doesNotContain(note).contains("Nothing you may see has been recorded yet");
		assertThat(information.html().select("article")).isEmpty();
		assertThat(police.get("/cases/" + caseId + "/information/" + item).status()).as("as for an item that does not exist")
			.isEqualTo(404);

		var own = new Browserless(port);
		own.signIn(psychiatrist);
		assertThat(own.get(contacts()).mainText()).contains(note).contains("Missed").contains("In person");
		assertThat(browser.get(contacts()).mainText()).as("nor the teacher: health stays with the clinic's health professionals")
			.doesNotContain(note);
	}

	@Test
	void aContactDatedInTheFutureIsRefusedNextToTheDayWithEverythingTypedKept() {
		var tomorrow = hubToday().plusDays(1).toString();
		var form = browser.get(contacts());

		var refused = browser.submit(form, "form[action$=/contacts]", Map.of("day", tomorrow, "with", "OTHER_FAMILY",
				"mode", "ONLINE", "attended", "no", "category", "EDUCATION", "language", "de", "note", "Bruder war nicht online."));

		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.path()).isEqualTo(contacts());
		assertProblemNextToField(refused, "day", "once it has happened");
		assertThat(refused.inputValue("day")).isEqualTo(tomorrow);
		assertThat(checked(refused, "with")).isEqualTo("OTHER_FAMILY");
		assertThat(checked(refused, "mode")).isEqualTo("ONLINE");
		assertThat(checked(refused, "attended")).isEqualTo("no");
		assertThat(RefusedFormsIT.chosen(refused, "category")).isEqualTo("EDUCATION");
		assertThat(RefusedFormsIT.chosen(refused, "note-language")).isEqualTo("de");
		assertThat(refused.html().selectFirst("textarea#note").text()).isEqualTo("Bruder war nicht online.");
		assertThat(contactsRecorded()).as("nothing saved, nothing half-saved").isZero();
		assertThat(itemsRecorded()).isZero();
	}

	@Test
	void everyMissingPartIsNamedAtOnceNextToItsField() {
		var refused = browser.submit(browser.get(contacts()), "form[action$=/contacts]", Map.of("day", "3 March", "note", ""));

		assertProblemNextToField(refused, "day", "Enter the date as day, month and year");
		assertProblemNextToField(refused, "with", "Choose with whom");
		assertProblemNextToField(refused, "mode", "Choose how");
		assertProblemNextToField(refused, "attended", "took place or was missed");
		assertProblemNextToField(refused, "category", "Choose what kind of information");
		assertThat(refused.fieldError("note")).isNotEmpty();
		assertThat(refused.inputValue("day")).isEqualTo("3 March");
		assertThat(itemsRecorded()).isZero();
	}

	@Test
	void aNoteThatLabelsThePersonIsFirstMetWithAPromptThenSavedAsWritten() {
		var note = "Father calls him a Terrorist since the police came.";
		var form = browser.get(contacts());
		var typed = Map.of("day", hubToday().toString(), "with", "PARENT_OR_GUARDIAN", "mode", "IN_PERSON", "attended", "yes",
				"category", "SOCIAL", "language", "en", "note", note);

		var prompted = browser.submit(form, "form[action$=/contacts]", typed);

		assertThat(prompted.status()).isEqualTo(200);
		assertThat(prompted.path()).isEqualTo(contacts());
		var prompt = prompted.html().selectFirst("#note-wording");
		assertThat(prompt).as("a gentle prompt next to the note").isNotNull();
		assertThat(prompt.text()).contains("Please reconsider your wording").contains("Terrorist");
		assertThat(prompt.selectFirst("a").attr("href")).isEqualTo("/knowledge/items/lesson-mental-illness-1");
		assertThat(prompted.html().select(".error-summary")).as("not a refusal").isEmpty();
		assertThat(prompted.html().selectFirst("textarea#note").text()).isEqualTo(note);
		assertThat(checked(prompted, "with")).isEqualTo("PARENT_OR_GUARDIAN");
		assertThat(contactsRecorded()).as("nothing saved yet").isZero();

		var saved = browser.submit(prompted, "form[action$=/contacts]", withAsWritten(typed));

		assertThat(saved.path()).isEqualTo(contacts());
		assertThat(saved.mainText()).contains(note);
		assertThat(contactsRecorded()).isOne();
	}

	@Test
	void aNoteOnTheInformationPageIsPromptedAboutTooAndAWholeWordOnly() {
		var page = browser.get("/cases/" + caseId + "/information");
		var prompted = browser.submit(page, "form[action$=/information]", Map.of("category", "SOCIAL", "kind", "NOTE",
				"language", "en", "text", "His uncle is a psychopath, he says."));
		assertThat(prompted.html().selectFirst("#text-wording")).isNotNull();
		assertThat(prompted.html().selectFirst("textarea#text").text()).isEqualTo("His uncle is a psychopath, he says.");
		assertThat(itemsRecorded()).isZero();

		var plain = browser.submit(page, "form[action$=/information]", Map.of("category", "SOCIAL", "kind", "NOTE",
				"language", "en", "text", "Reads about terrorism for a school project."));
		assertThat(plain.html().select("[role=status]").text()).as("no listed word as a whole word: saved at once").contains("Recorded.");
		assertThat(itemsRecorded()).isOne();
	}

	@Test
	void theFourRsAreOfferedOnTheContactFormOfAChildsCase() {
		assertThat(browser.get(contacts()).html().selectFirst("#four-rs")).as("not marked: no prompt").isNull();

		cases.markAttributes(caseId, java.util.Set.of(CaseAttribute.CHILD), teacher.asCurrentUser());

		var prompt = browser.get(contacts()).html().selectFirst("#four-rs");
		assertThat(prompt).isNotNull();
		assertThat(prompt.selectFirst("a").attr("href")).isEqualTo("/knowledge/checklists/four-rs-trauma-informed-care");
	}

	@Test
	void aContactJoinsTheCaseInformationThatErasureRemoves() {
		information.recordContact(caseId, new ContactRequest(hubToday(), Contact.With.PERSON, Contact.Mode.PHONE, true,
				eu.tandem.hub.DataCategory.SOCIAL, "Called to move the appointment", Language.ENGLISH), teacher.asCurrentUser(),
				Wording.AS_WRITTEN);
		assertThat(contactsRecorded()).isOne();

		erasure.on(new eu.tandem.casework.CaseErasureDue(caseId, ReferralId.random(), null, false));

		assertThat(contactsRecorded()).isZero();
		assertThat(itemsRecorded()).isZero();
	}

	@Autowired
	ErasureOfInformation erasure;

	@Autowired
	PersonsCases personsCases;

	@Autowired
	SubjectAccess subjectAccess;

	@Test
	void aSubjectAccessAnswerGivesTheContactInItsLanguage() {
		var known = personsCases.open("DE");
		information.recordContact(known.caseId(), new ContactRequest(LocalDate.of(2026, 3, 3), Contact.With.PARENT_OR_GUARDIAN,
				Contact.Mode.ONLINE, false, eu.tandem.hub.DataCategory.EDUCATION, "Mother did not join the call", Language.ENGLISH),
				known.teacher().asCurrentUser(), Wording.AS_WRITTEN);

		var request = subjectAccess.start(known.caseId(), known.dpo().asCurrentUser(), Language.GERMAN);
		var entries = subjectAccess.review(request, known.dpo().asCurrentUser()).bySection().values().stream()
			.flatMap(java.util.List::stream).map(SubjectAccess.Reviewed::entry).filter(entry -> entry.title().equals("Kontakt")).toList();

		assertThat(entries).singleElement().satisfies(entry -> assertThat(entry.fields().stream()
			.map(field -> field.label() + ": " + field.value()).toList())
			.contains("Tag des Kontakts: 3. März 2026", "Mit wem: Mit einem Elternteil oder Vormund", "Wie: Online",
					"Stattgefunden oder verpasst: Verpasst", "Text: Mother did not join the call"));
	}

	private static Map<String, String> withAsWritten(Map<String, String> typed) {
		var all = new java.util.HashMap<>(typed);
		all.put("asWritten", "true");
		return all;
	}

	private static String checked(Page page, String name) {
		var input = page.html().selectFirst("input[type=radio][name=" + name + "][checked]");
		return input == null ? null : input.val();
	}

	private int contactsRecorded() {
		return jdbc.sql("select count(*) from sharing.contact c join sharing.item i on i.id = c.item_id where i.case_id = :case")
			.param("case", caseId.value()).query(Integer.class).single();
	}

	private int itemsRecorded() {
		return jdbc.sql("select count(*) from sharing.item where case_id = :case").param("case", caseId.value()).query(Integer.class)
			.single();
	}
}
