package eu.tandem.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import eu.tandem.agency.Sector;
import eu.tandem.audit.AccessPatterns;
import eu.tandem.casework.CaseFiles;
import eu.tandem.casework.CaseId;
import eu.tandem.hub.DataCategory;
import eu.tandem.identity.AgencyId;
import eu.tandem.identity.Profession;
import eu.tandem.identity.Role;
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
 * The data protection officer's oversight over real HTTP: a person's access history in words, grouped, filtered and
 * paged, and unusual patterns. The subject access review has its own test, {@link SubjectAccessReviewIT}.
 */
@TandemIntegrationTest
class OversightIT {

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	PersonsCases personsCases;

	@Autowired
	CaseFiles cases;

	@Autowired
	CaseInformation information;

	@Autowired
	AccessPatterns patterns;

	@Autowired
	eu.tandem.agency.Agencies agencies;

	AgencyId clinic;
	AgencyId school;
	StaffMember psychiatrist;
	StaffMember teacher;
	StaffMember dpo;
	CaseId caseId;

	@BeforeEach
	void caseAboutAPerson() {
		var opened = personsCases.open("SE");
		clinic = opened.clinic();
		school = opened.school();
		psychiatrist = opened.psychiatrist();
		teacher = opened.teacher();
		dpo = opened.dpo();
		caseId = opened.caseId();
	}

	Browserless signedIn(StaffMember member) {
		var browser = new Browserless(port);
		browser.signIn(member);
		return browser;
	}

	Page history(Browserless officer, Map<String, String> fields) {
		var values = new java.util.HashMap<>(fields);
		values.putIfAbsent("reference", caseId.toString());
		return officer.submit(officer.get("/dpo/access-history"), "form[action$=/access-history]", values);
	}

	@Test
	void theOfficerReadsWhoLookedInWordsWithRepeatedViewsGrouped() {
		var clinicBrowser = signedIn(psychiatrist);
		var page = clinicBrowser.get("/cases/" + caseId + "/information");
		var recorded = clinicBrowser.submit(page, "form[action$=/information]", Map.of("category", "HEALTH", "kind", "NOTE",
				"text", "Sleeps badly since the exclusion from school"));
		assertThat(recorded.mainText()).contains("Recorded").contains("Sleeps badly");
		assertThat(recorded.header("Cache-Control")).contains("no-store");
		for (int i = 0; i < 3; i++) {
			cases.view(caseId, teacher.asCurrentUser());
		}

		var shown = history(signedIn(dpo), Map.of());

		var text = shown.mainText();
		assertThat(text).contains(psychiatrist.asCurrentUser().displayName(), "recorded a note", "read the case (3 times)")
			.doesNotContain("Sleeps badly").doesNotContain("sharing.item-viewed").doesNotContain("casework.viewed");
		assertThat(shown.html().select("table td").eachText()).contains(teacher.asCurrentUser().displayName() + ", " + nameOf(school));
		assertThat(shown.html().select("[role=status]").text()).contains("page 1 of 1");
		assertThat(shown.body()).doesNotContain("Demir").as("the form keeps the reference out of the address")
			.doesNotContain("?reference=");
		assertThat(shown.path()).isEqualTo("/dpo/access-history");
	}

	@Test
	void theOfficerFiltersByWhoKindAndPeriodAndPagesThroughTheRest() {
		for (int i = 0; i < 30; i++) {
			information.record(caseId, DataCategory.SOCIAL, ItemKind.NOTE, "Visit " + i, Language.ENGLISH,
					teacher.asCurrentUser());
		}
		cases.view(caseId, psychiatrist.asCurrentUser());
		var officer = signedIn(dpo);

		var all = history(officer, Map.of());
		assertThat(all.html().select("[role=status]").text()).contains("page 1 of 2");
		assertThat(all.html().select("tbody tr")).hasSize(25);
		var next = officer.submit(all, "form[action$=/access-history]", Map.of("page", "2", "reference", caseId.toString()));
		assertThat(next.html().select("[role=status]").text()).contains("page 2 of 2");

		var byName = history(officer, Map.of("who", psychiatrist.asCurrentUser().displayName()));
		assertThat(byName.html().select("tbody td:nth-child(2)").eachText())
			.isNotEmpty().allMatch(who -> who.startsWith(psychiatrist.asCurrentUser().displayName()));

		var byAgency = history(officer, Map.of("who", nameOf(clinic)));
		assertThat(byAgency.html().select("tbody td:nth-child(2)").eachText()).isNotEmpty().allMatch(who -> who.endsWith(nameOf(clinic)));

		var changes = history(officer, Map.of("kind", "CHANGE"));
		assertThat(changes.html().select("tbody td:nth-child(3)").eachText()).isNotEmpty()
			.noneMatch(what -> what.startsWith("read "));

		var later = history(officer, Map.of("from", java.time.LocalDate.now().plusDays(1).toString()));
		assertThat(later.mainText()).contains("0 lines", "Nothing matches");

		var backwards = history(officer, Map.of("from", "2026-12-05", "to", "2026-12-01"));
		assertThat(backwards.html().select(".error-summary a").attr("href")).isEqualTo("#to");
		assertThat(backwards.html().getElementById("to-error").text()).contains("ends before it starts");
	}

	@Test
	void aMissingReferenceAndDaysThatAreNoDatesAreNamedTogetherWithWhatWasTypedKept() {
		var answer = history(signedIn(dpo), Map.of("reference", " ", "who", "Nowak", "kind", "REFUSED", "from", "last Monday",
				"to", "2026-02-31"));

		assertThat(answer.html().select(".error-summary a").eachAttr("href")).containsExactly("#reference", "#from", "#to");
		assertThat(answer.fieldError("reference")).contains("Enter the case reference");
		assertThat(answer.fieldError("from")).contains("Enter the date as day, month and year");
		assertThat(answer.fieldError("to")).contains("Enter the date as day, month and year");
		for (var field : java.util.List.of("reference", "from", "to")) {
			assertThat(answer.html().getElementById(field).attr("aria-describedby")).contains(field + "-error");
		}
		assertThat(answer.inputValue("who")).isEqualTo("Nowak");
		assertThat(answer.inputValue("from")).isEqualTo("last Monday");
		assertThat(answer.html().selectFirst("select#kind option[selected]").attr("value")).isEqualTo("REFUSED");
	}

	@Test
	void anOfficerOfAnotherHubFindsNoSuchCase() {
		var elsewhere = fixtures.staff(fixtures.agency(Sector.POLICE), Profession.OTHER, Role.DATA_PROTECTION_OFFICER);
		var officer = signedIn(elsewhere);

		var answer = history(officer, Map.of());

		assertThat(answer.mainText()).contains("There is no case about an identified person with this reference");
		assertThat(answer.html().select(".error-summary a").attr("href")).isEqualTo("#reference");
		assertThat(answer.mainText()).doesNotContain("Demir");
		assertThat(signedIn(teacher).get("/dpo/access-history").status()).isEqualTo(403);
	}

	private String nameOf(AgencyId agency) {
		return agencies.nameOf(agency);
	}

	@Test
	void readingManyRecordsInAShortTimeShowsAsAPattern() {
		var since = Instant.now().minusSeconds(1);
		var ids = new java.util.ArrayList<ItemId>();
		for (int i = 0; i < 21; i++) {
			ids.add(information.record(caseId, DataCategory.HEALTH, ItemKind.NOTE, "Session " + i, Language.ENGLISH,
					psychiatrist.asCurrentUser()));
		}
		var curious = fixtures.staff(clinic, Profession.PSYCHOLOGIST, Role.PRACTITIONER);
		cases.addToTeam(caseId, curious.id(), teacher.asCurrentUser());
		ids.forEach(id -> information.view(id, curious.asCurrentUser()));

		var found = patterns.manyReads(clinic.value(), since, Duration.ofMinutes(10), 20);

		assertThat(found).extracting(AccessPatterns.ManyReads::username).containsExactly(curious.username());
		assertThat(found.getFirst().records()).isEqualTo(21);
	}
}
