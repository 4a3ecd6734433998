package eu.tandem.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import eu.tandem.casework.CaseFiles;
import eu.tandem.casework.CaseId;
import eu.tandem.hub.DataCategory;
import eu.tandem.hub.SharingPurpose;
import eu.tandem.identity.AgencyId;
import eu.tandem.identity.Profession;
import eu.tandem.identity.Role;
import eu.tandem.kernel.NotFound;
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

/**
 * The sharing screens in the reader's language: headings, forms, refusals, enum words and dates in German, Danish,
 * French and Dutch, with the page's {@code lang}; the access history with every module's actions and records in the
 * officer's words; and a subject access answer compiled in the language chosen for the person, the officer's by
 * default, marked as such, on a page in the officer's language.
 */
@TandemIntegrationTest
class SharingScreensInLanguagesIT {

	@LocalServerPort
	int port;

	@Autowired
	PersonsCases personsCases;

	@Autowired
	CaseInformation information;

	@Autowired
	Disclosures disclosures;

	@Autowired
	CaseFiles cases;

	@Autowired
	Fixtures fixtures;

	final LocalDate today = LocalDate.now(ZoneOffset.UTC);
	StaffMember teacher;
	StaffMember dpo;
	AgencyId school;
	CaseId caseId;
	ItemId note;

	@BeforeEach
	void aCaseAboutAPersonWithANoteAndAConsent() {
		var opened = personsCases.open("DE");
		teacher = opened.teacher();
		dpo = opened.dpo();
		school = opened.school();
		caseId = opened.caseId();
		note = information.record(caseId, DataCategory.SOCIAL, ItemKind.NOTE, "Missed school three days this week",
				Language.ENGLISH, teacher.asCurrentUser());
		disclosures.recordConsent(caseId, new ConsentRequest(Consent.Decision.GIVEN, Consent.DecidedBy.PERSON, Set.of(),
				Set.of(DataCategory.SOCIAL), Set.of(SharingPurpose.SUPPORT_PLANNING), today.minusDays(3), Consent.Obtained.WRITTEN,
				null, null), teacher.asCurrentUser());
	}

	Browserless signedIn(StaffMember member, String language) {
		var browser = new Browserless(port).speaking(language);
		browser.signIn(member);
		return browser;
	}

	@Test
	void aGermanTeacherReadsTheCasesInformationConsentAndLedgerInGerman() {
		var browser = signedIn(teacher, "de");

		var page = browser.get("/cases/" + caseId + "/information");
		assertThat(language(page)).isEqualTo("de");
		assertThat(page.heading()).isEqualTo("Informationen im Fall");
		assertThat(page.title()).isEqualTo("Informationen im Fall – Tandem");
		assertThat(page.mainText()).contains("Zurück zum Fall", "Notiz ·", "Informationen erfassen",
				"An das Fallteam oder eine andere Einrichtung weitergeben", "Rechtsgrundlage", "Bitte wählen…")
			.doesNotContain("Record information", "Back to the case");
		assertThat(page.html().select("select#ground option").eachText())
			.contains("Einwilligung der Person oder der:des Sorgeberechtigten");
		assertNoRawKeys(page);

		var refused = browser.submit(page, "form[action$=/information]", Map.of("category", "", "kind", "NOTE", "text", "Ein Satz"));
		assertThat(refused.fieldError("category")).contains("Wählen Sie, um welche Art von Information es sich handelt.");

		var consent = browser.get("/cases/" + caseId + "/consent");
		assertThat(consent.heading()).isEqualTo("Einwilligungsentscheidungen");
		assertThat(consent.mainText()).contains("Erteilt von der Person am " + longDate(today.minusDays(3), Locale.GERMANY),
				"Schriftlich", "Entscheidung erfassen");
		assertNoRawKeys(consent);

		var ledger = browser.get("/cases/" + caseId + "/disclosures");
		assertThat(ledger.heading()).isEqualTo("Weitergabeprotokoll");
		assertThat(ledger.mainText()).contains("In diesem Fall wurde nichts weitergegeben.");
	}

	@Test
	void aNoteInAnyScriptComesBackExactlyAsTyped() {
		// Cyrillic, Greek and Arabic (right to left), with a combining accent and an emoji outside the basic plane
		var typed = "Олена ходить на зустрічі щотижня.\nΗ μητέρα έρχεται σε κάθε συνάντηση.\nالأم تأتي إلى كل اجتماع. Zoe\u0308 👍";
		var browser = signedIn(teacher, "de");
		var page = browser.get("/cases/" + caseId + "/information");

		var after = browser.submit(page, "form[action$=/information]",
				Map.of("category", "SOCIAL", "kind", "NOTE", "text", typed, "language", "en"));

		assertThat(after.html().select("p.text-block").eachText()).as("on the page, as typed")
			.contains(typed.replace("\n", " "));
		assertThat(information.visible(caseId, teacher.asCurrentUser())).extracting(Item::text).as("as stored").contains(typed);
	}

	@Test
	void aNoteCarriesItsLanguageAndIsMarkedWithItWhereverItIsShown() {
		var browser = signedIn(teacher, "en");
		var page = browser.get("/cases/" + caseId + "/information");
		assertThat(page.html().select("select#text-language option[selected]").eachAttr("value"))
			.as("the screen's language is offered first").containsExactly("en");

		browser.submit(page, "form[action$=/information]",
				Map.of("category", "SOCIAL", "kind", "NOTE", "text", "Die Mutter kommt zu jedem Treffen", "language", "de"));

		var shown = browser.get("/cases/" + caseId + "/information");
		var german = shown.html().select("p.text-block:contains(Die Mutter kommt zu jedem Treffen)");
		assertThat(german.eachAttr("lang")).containsExactly("de");
		assertThat(german.first().nextElementSibling().text()).isEqualTo("Written in German");
		assertThat(shown.html().select("p.text-block:contains(Missed school three days this week)").eachAttr("lang"))
			.containsExactly("en");

		var inGerman = signedIn(teacher, "de").get("/cases/" + caseId + "/information");
		assertThat(inGerman.html().select("p.text-block:contains(Die Mutter kommt zu jedem Treffen)").first()
			.nextElementSibling().text()).as("no hint where the note is in the screen's language").doesNotContain("Verfasst auf");
		assertThat(inGerman.mainText()).contains("Verfasst auf Englisch");

		var item = browser.get(shown.html().select("article:has(p.text-block[lang=de]) a[href*=/information/]").attr("href"));
		assertThat(item.html().select("p.text-block").eachAttr("lang")).first().isEqualTo("de");
	}

	@Test
	void theInformationPageSpeaksDutchAndFrenchToo() {
		var dutch = signedIn(teacher, "nl").get("/cases/" + caseId + "/information");
		assertThat(language(dutch)).isEqualTo("nl");
		assertThat(dutch.heading()).isEqualTo("Informatie in de casus");
		assertThat(dutch.mainText()).contains("Informatie vastleggen", "Notitie ·");
		assertNoRawKeys(dutch);

		var french = signedIn(teacher, "fr").get("/cases/" + caseId + "/information");
		assertThat(language(french)).isEqualTo("fr");
		assertThat(french.heading()).isEqualTo("Informations de la situation");
		assertThat(french.mainText()).contains("Enregistrer une information", "Note ·");
		assertNoRawKeys(french);
	}

	@Test
	void aDanishOfficerCompilesASubjectAccessAnswerInDanishAndReadsTheAccessHistoryInDanish() {
		var officer = signedIn(dpo, "da");

		var list = officer.get("/dpo/subject-access");
		assertThat(language(list)).isEqualTo("da");
		assertThat(list.heading()).isEqualTo("Indsigtsanmodninger");

		var unknown = officer.submit(list, "form[action$=/subject-access]", Map.of("reference", "NO-SUCH-0000"));
		assertThat(unknown.mainText()).contains("Angiv sagsnummeret på en sag om personen");

		var review = officer.submit(list, "form[action$=/subject-access]", Map.of("reference", caseId.toString()));
		assertThat(review.heading()).startsWith("Indsigtsanmodning: ");
		assertThat(review.mainText()).as("the page's own words are the reader's").contains("Udkastet er samlet.", "Før du afslutter",
				"Registreret af");
		assertThat(review.mainText()).as("what was compiled is in Danish, the officer's language, as nobody chose another")
			.contains("Oplysninger registreret i sagerne", "Beslutninger om samtykke", "Registreringen af personen", "Sager",
					"registrerede et notat")
			.doesNotContain("Information recorded in the cases", "Consent decisions", "recorded a note", "Case owner");
		assertThat(review.html().select("main dl.summary[lang]").eachAttr("lang")).as("what was compiled says its language")
			.isNotEmpty().containsOnly("da");
		assertNoRawKeys(review);

		var history = officer.submit(officer.get("/dpo/access-history"), "form[action$=/access-history]",
				Map.of("reference", caseId.toString()));
		assertThat(history.heading()).isEqualTo("Adgangshistorik");
		assertThat(history.mainText()).contains("nyeste først", "registrerede et notat", "Udført");
		assertThat(history.html().select("[role=status]").text()).contains("viser side 1 af 1");
		assertNoRawKeys(history);

		var refusedOnly = officer.submit(officer.get("/dpo/access-history"), "form[action$=/access-history]",
				Map.of("reference", caseId.toString(), "kind", "REFUSED"));
		assertThat(refusedOnly.mainText()).doesNotContain("registrerede et notat");
	}

	@Test
	void aGermanOfficerReadsEveryModulesActionsInTheAccessHistoryInGermanAndAnswersAnEnglishReaderInEnglish() {
		cases.view(caseId, teacher.asCurrentUser());
		var colleague = fixtures.staff(school, Profession.TEACHER, Role.PRACTITIONER);
		assertThatThrownBy(() -> information.view(note, colleague.asCurrentUser())).as("not on the case team")
			.isInstanceOf(NotFound.class);
		var officer = signedIn(dpo, "de");

		var history = officer.submit(officer.get("/dpo/access-history"), "form[action$=/access-history]",
				Map.of("reference", caseId.toString()));

		assertThat(history.heading()).isEqualTo("Zugriffsverlauf");
		assertThat(history.mainText()).as("the register's, casework's and sharing's actions, each record named in German")
			.contains("hat die Stammdaten der Person angelegt", "hat die Fallakte angelegt",
					"hat die fallverantwortliche Fachkraft bestimmt (die Fallakte)", "hat die Fallakte gelesen",
					"hat eine Notiz erfasst", "hat eine Einwilligungsentscheidung erfasst (die Fallakte)")
			.contains("versuchte, eine Notiz zu lesen", "Abgelehnt", "Ausgeführt")
			.doesNotContain("the case", "a note", "the record in the register", "tried to", "recorded", "opened");
		assertNoRawKeys(history);

		var refused = officer.submit(officer.get("/dpo/access-history"), "form[action$=/access-history]",
				Map.of("reference", caseId.toString(), "kind", "REFUSED"));
		assertThat(refused.html().select("tbody tr")).hasSize(1);
		assertThat(refused.mainText()).contains(colleague.asCurrentUser().displayName(), "versuchte, eine Notiz zu lesen");

		var list = officer.get("/dpo/subject-access");
		var review = officer.submit(list, "form[action$=/subject-access]", Map.of("reference", caseId.toString(), "answerLanguage", "en"));
		assertThat(review.mainText()).as("the answer is compiled in the English chosen for the person, its access history too")
			.contains("registered the record in the register", "opened the case", "read the case", "recorded a note",
					"tried to read a note")
			.doesNotContain("hat die Fallakte gelesen", "Stammdaten");
	}

	@Test
	void theNoticesOfEmergencyAccessAreInFrench() {
		var notices = signedIn(dpo, "fr").get("/emergency-notices");
		assertThat(language(notices)).isEqualTo("fr");
		assertThat(notices.heading()).isEqualTo("Accès d’urgence aux informations de votre structure");
		assertNoRawKeys(notices);
	}

	private static String language(Page page) {
		return page.html().selectFirst("html").attr("lang");
	}

	private static String longDate(LocalDate date, Locale locale) {
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
	}

	private static void assertNoRawKeys(Page page) {
		assertThat(page.body()).doesNotContainPattern("\\bsharing\\.[a-z]+\\.[A-Za-z.]+").doesNotContain("??");
	}
}
