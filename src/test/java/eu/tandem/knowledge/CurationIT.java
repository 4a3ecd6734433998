package eu.tandem.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import eu.tandem.agency.Country;
import eu.tandem.agency.Sector;
import eu.tandem.casework.CaseFiles;
import eu.tandem.casework.CaseId;
import eu.tandem.hub.HubDetails;
import eu.tandem.hub.HubLevel;
import eu.tandem.hub.HubRole;
import eu.tandem.hub.Hubs;
import eu.tandem.identity.Profession;
import eu.tandem.identity.Role;
import eu.tandem.kernel.ReferralId;
import eu.tandem.support.Browserless;
import eu.tandem.support.Fixtures;
import eu.tandem.support.Page;
import eu.tandem.support.StaffMember;
import eu.tandem.support.TandemIntegrationTest;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The curators' work over real HTTP: a change is written by one curator and published by a second, the public sees
 * only what is published, conflicting edits are refused with nothing saved, the relevance rules decide what case
 * screens show, and the published library goes out as open data. Every test makes its own curators and its own
 * items; where a test must change an item of the paper, it takes one no other test reads.
 */
@TandemIntegrationTest
class CurationIT {

	private static final Pattern VERSION_PATH = Pattern.compile("/knowledge/curation/items/([^/]+)/versions/(\\d+)");

	/** The item form on a page, not the sign-out form every page carries. */
	private static final String ITEM_FORM = "form[action^=/knowledge/curation/]";

	/** Where curated lessons go: a subtheme of the paper that no relevance rule or search test depends on. */
	private static final String SUBTHEME = "ethics";

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PaperImport paperImport;

	@Autowired
	Hubs hubs;

	@Autowired
	CaseFiles cases;

	final JsonMapper json = JsonMapper.builder().build();

	// ---- the forms themselves

	@Test
	void theFormForANewItemOfEveryKindAndForAnEditOpens() {
		var curator = signedIn(curator());
		for (var type : List.of("practice", "meeting", "lesson", "open_question")) {
			var blank = curator.get("/knowledge/curation/new?type=" + type);
			assertThat(blank.status()).as("the form for a new %s", type).isEqualTo(200);
			assertThat(blank.html().select(ITEM_FORM + " input[name=sourceUrl]")).as("the source field for a new %s", type).hasSize(1);
			assertThat(blank.html().select(ITEM_FORM + " input[name=title]")).as("a title field for a new %s", type)
				.hasSize(type.equals("lesson") || type.equals("open_question") ? 0 : 1);
		}
		var edit = curator.get("/knowledge/curation/items/practice-vera-2/edit");
		assertThat(edit.status()).isEqualTo(200);
		assertThat(edit.inputValue("title")).contains("VERA 2");
		assertThat(edit.html().select("label[for=sourceUrl]").text()).as("an item of the paper has the paper as its source")
			.contains("optional");
	}

	// ---- 1. a source for every item

	@Test
	void aNewPracticeWithoutASourceLinkIsRefusedOnThatFieldAndNothingIsSaved() {
		var writer = signedIn(curator());
		var word = uniqueWord();
		var itemsBefore = rows("knowledge.item");
		var versionsBefore = rows("knowledge.item_version");

		var refused = fillIn(writer, writer.get("/knowledge/curation/new?type=practice"), ITEM_FORM, practice(word, ""), "review");

		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.path()).isEqualTo("/knowledge/curation/new");
		assertThat(refused.fieldError("sourceUrl")).contains("Give the source");
		assertThat(refused.inputValue("title")).as("what the curator typed is kept").isEqualTo("Curated practice " + word);
		assertThat(rows("knowledge.item")).isEqualTo(itemsBefore);
		assertThat(rows("knowledge.item_version")).isEqualTo(versionsBefore);
		assertThat(writer.get("/knowledge/curation").mainText()).doesNotContain(word);
	}

	// ---- 2. a second curator publishes a new item

	@Test
	void aNewItemReachesTheLibraryOnlyWhenASecondCuratorPublishesIt() {
		var writer = signedIn(curator());
		var reviewer = signedIn(curator());
		var anonymous = new Browserless(port);
		var word = uniqueWord();

		var sent = fillIn(writer, writer.get("/knowledge/curation/new?type=practice"), ITEM_FORM,
				practice(word, "https://example.org/practices/" + word), "review");
		assertThat(sent.mainText()).contains("Sent for review");
		var key = keyOf(sent);
		assertThat(sent.mainText()).contains("Waiting for review");
		assertThat(reviewer.get("/knowledge/curation").mainText()).as("the overview lists what waits").contains("Curated practice " + word);

		assertThat(found(anonymous, word)).doesNotContain(key);
		assertThat(anonymous.get("/knowledge/items/" + key).status()).isEqualTo(404);
		assertThat(openDataIds(anonymous)).doesNotContain(key);

		var ownPublication = post(writer, "/knowledge/curation/items/" + key + "/versions/1/publish", Map.of("note", "Looks right to me"));
		assertThat(problemOn(ownPublication)).contains("A second curator publishes");
		assertThat(ownPublication.mainText()).contains("Waiting for review");
		assertThat(anonymous.get("/knowledge/items/" + key).status()).isEqualTo(404);

		var published = reviewer.submit(reviewer.get(versionPath(key, 1)), "form[action$=/publish]", Map.of("note", "Checked the source"));
		assertThat(published.mainText()).contains("Published: the library shows this version now.");

		assertThat(found(anonymous, word)).contains(key);
		var item = anonymous.get("/knowledge/items/" + key);
		assertThat(item.status()).isEqualTo(200);
		assertThat(item.heading()).isEqualTo("Curated practice " + word);
		assertThat(openDataIds(anonymous)).contains(key);
		assertThat(reviewer.get("/knowledge/curation").mainText()).doesNotContain("Curated practice " + word);
	}

	// ---- 3. an edit of a paper item

	@Test
	void anEditOfAPaperItemIsANewVersionTheLibraryShowsOnlyOncePublished() {
		// a lesson of the paper that no other test reads or searches for
		var key = "lesson-working-methods-4";
		var writerAccount = curator();
		var reviewerAccount = curator();
		var writer = signedIn(writerAccount);
		var reviewer = signedIn(reviewerAccount);
		var anonymous = new Browserless(port);
		var before = publishedVersion(key);
		var oldText = lessonText(anonymous.get("/knowledge/items/" + key));
		var word = uniqueWord();
		var newText = oldText + " Curators added: " + word + ".";

		var form = writer.get("/knowledge/curation/items/" + key + "/edit");
		assertThat(form.status()).isEqualTo(200);
		assertThat(form.html().selectFirst("input[name=basedOn]").val()).isEqualTo(String.valueOf(before));
		var sent = fillIn(writer, form, ITEM_FORM, Map.of("text", newText, "changeNote", "Adds " + word), "review");

		assertThat(sent.path()).isEqualTo(versionPath(key, before + 1));
		assertThat(sent.mainText()).contains("Waiting for review").contains("the library shows version " + before);
		assertThat(lessonText(anonymous.get("/knowledge/items/" + key))).isEqualTo(oldText);
		assertThat(found(anonymous, word)).doesNotContain(key);

		reviewer.submit(reviewer.get(versionPath(key, before + 1)), "form[action$=/publish]", Map.of());

		assertThat(lessonText(anonymous.get("/knowledge/items/" + key))).isEqualTo(newText);
		assertThat(found(anonymous, word)).contains(key);
		assertThat(publishedVersion(key)).isEqualTo(before + 1);

		var history = reviewer.get("/knowledge/curation/items/" + key + "/history");
		var newer = historyRow(history, before + 1);
		assertThat(newer.get(1)).isEqualTo("Published");
		assertThat(newer.get(2)).isEqualTo("Test Person " + writerAccount.username());
		assertThat(newer.get(4)).isEqualTo("Test Person " + reviewerAccount.username());
		assertThat(newer.get(5)).isEqualTo("Adds " + word);
		var older = historyRow(history, before);
		assertThat(older.get(1)).isEqualTo("Replaced by a later version");
		assertThat(older.get(2)).isEqualTo("the paper's data file");
	}

	// ---- 4. returning a version

	@Test
	void aReturnNeedsANoteAndAReturnedVersionStaysUnpublishedWhileItsWriterStartsAgain() {
		var key = "lesson-ethics-2";
		var writer = signedIn(curator());
		var reviewer = signedIn(curator());
		var anonymous = new Browserless(port);
		var before = publishedVersion(key);
		var oldText = lessonText(anonymous.get("/knowledge/items/" + key));
		var word = uniqueWord();
		fillIn(writer, writer.get("/knowledge/curation/items/" + key + "/edit"), ITEM_FORM,
				Map.of("text", oldText + " Unsure: " + word + "."), "review");
		var inReview = versionPath(key, before + 1);

		var withoutNote = reviewer.submit(reviewer.get(inReview), "form[action$=/return]", Map.of("note", "  "));
		assertThat(problemOn(withoutNote)).contains("Say what should change");
		assertThat(withoutNote.mainText()).contains("Waiting for review");

		var returned = reviewer.submit(reviewer.get(inReview), "form[action$=/return]", Map.of("note", "Which meeting says so? " + word));
		assertThat(returned.mainText()).contains("Returned to its writer with your note.").contains("Which meeting says so? " + word);
		assertThat(writer.get(inReview).mainText()).contains("Returned to its writer").contains("Which meeting says so? " + word);
		assertThat(publishedVersion(key)).isEqualTo(before);
		assertThat(lessonText(anonymous.get("/knowledge/items/" + key))).isEqualTo(oldText);
		assertThat(found(anonymous, word)).doesNotContain(key);
		assertThat(post(writer, inReview + "/publish", Map.of()).mainText()).as("nothing more to do with a returned version")
			.contains("Returned to its writer");
		assertThat(publishedVersion(key)).isEqualTo(before);

		var again = fillIn(writer, writer.get("/knowledge/curation/items/" + key + "/edit"), ITEM_FORM,
				Map.of("text", oldText + " As the meeting of 2019 says."), "draft");
		assertThat(again.path()).isEqualTo(versionPath(key, before + 2));
		assertThat(again.mainText()).contains("saved as a draft").contains("Draft");
		assertThat(publishedVersion(key)).isEqualTo(before);
	}

	@Test
	void theWriterOfAReturnedNewItemCanReviseIt() {
		var writer = signedIn(curator());
		var reviewer = signedIn(curator());
		var word = uniqueWord();
		var sent = fillIn(writer, writer.get("/knowledge/curation/new?type=lesson"), ITEM_FORM, lesson("Lesson to revise " + word), "review");
		var key = keyOf(sent);
		reviewer.submit(reviewer.get(versionPath(key, 1)), "form[action$=/return]", Map.of("note", "Name the meeting it comes from"));

		var form = writer.get("/knowledge/curation/items/" + key + "/edit");

		assertThat(form.status()).as("the returned text can be taken up again, not only typed anew as another item").isEqualTo(200);
		var revised = fillIn(writer, form, ITEM_FORM, Map.of("text", "Lesson revised " + word + ", from the 2020 meeting"), "review");
		assertThat(revised.path()).isEqualTo(versionPath(key, 2));
		assertThat(revised.mainText()).contains("Waiting for review");
	}

	@Test
	void theWriterWithdrawsTheirOwnDraft() {
		var writer = signedIn(curator());
		var word = uniqueWord();
		var draft = fillIn(writer, writer.get("/knowledge/curation/new?type=lesson"), ITEM_FORM, lesson("Lesson to withdraw " + word), "draft");
		var key = keyOf(draft);
		assertThat(draft.mainText()).contains("Saved as a draft");

		var withdrawn = writer.submit(draft, "form[action$=/withdraw]", Map.of());

		assertThat(withdrawn.status()).isEqualTo(200);
		assertThat(withdrawn.mainText()).contains("Withdrawn.").contains("Returned to its writer");
		var overview = writer.get("/knowledge/curation");
		assertThat(overview.html().select("table").text()).as("nothing of it waits for review").doesNotContain(word);
		assertThat(overview.html().select("#returned-title + ul").text()).as("its writer can start again from it").contains(word);
		assertThat(new Browserless(port).get("/knowledge/items/" + key).status()).isEqualTo(404);
	}

	// ---- 5. two curators on one item

	@Test
	void aSecondEditWhileAChangeIsOpenAndAnEditOfAnOutdatedVersionAreRefusedWithNothingSaved() {
		var key = "lesson-ethics-3";
		var first = signedIn(curator());
		var second = signedIn(curator());
		var reviewer = signedIn(curator());
		var before = publishedVersion(key);
		var firstForm = first.get("/knowledge/curation/items/" + key + "/edit");
		var secondForm = second.get("/knowledge/curation/items/" + key + "/edit");
		assertThat(List.of(firstForm.status(), secondForm.status())).as("both curators open the form").containsOnly(200);
		var text = firstForm.html().selectFirst("textarea[name=text]").val();

		fillIn(first, firstForm, ITEM_FORM, Map.of("text", text + " First curator's addition."), "review");
		var versions = versionsOf(key);

		var whileOpen = fillIn(second, secondForm, ITEM_FORM, Map.of("text", text + " Second curator's addition."), "review");

		assertThat(whileOpen.status()).isEqualTo(200);
		assertThat(whileOpen.path()).isEqualTo("/knowledge/curation/items/" + key + "/edit");
		assertThat(whileOpen.html().select(".error-summary").text())
			.contains("A change of this item is already waiting for review (version " + (before + 1) + ")");
		assertThat(whileOpen.html().selectFirst("textarea[name=text]").val()).as("what they typed is kept")
			.isEqualTo(text + " Second curator's addition.");
		assertThat(versionsOf(key)).isEqualTo(versions);

		reviewer.submit(reviewer.get(versionPath(key, before + 1)), "form[action$=/publish]", Map.of());
		versions = versionsOf(key);
		var outdated = fillIn(second, secondForm, ITEM_FORM, Map.of("text", text + " Second curator's addition."), "review");

		assertThat(outdated.status()).isEqualTo(200);
		assertThat(outdated.html().select(".error-summary").text())
			.contains("Version " + (before + 1) + " was published while you edited version " + before)
			.contains("Nothing was saved");
		assertThat(versionsOf(key)).isEqualTo(versions);
		assertThat(publishedVersion(key)).isEqualTo(before + 1);
		assertThat(lessonText(new Browserless(port).get("/knowledge/items/" + key))).endsWith("First curator's addition.");
	}

	// ---- 6. relevance rules

	@Test
	void aRuleForAnAttributeThatDoesNotExistIsRefusedWithAMessageAndNothingSaved() {
		var curator = signedIn(curator());
		var rules = rows("knowledge.relevance_rule");

		var refused = curator.submit(curator.get("/knowledge/curation/relevance"), "form[action=/knowledge/curation/relevance]",
				Map.of("attribute", "astrology", "item", "practice-vera-2", "why", "The stars say so"));

		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.path()).isEqualTo("/knowledge/curation/relevance");
		assertThat(refused.html().select(".error-summary").text()).contains("There is no case attribute by that name")
			.contains("prison");
		assertThat(rows("knowledge.relevance_rule")).isEqualTo(rules);
	}

	@Test
	void aRuleShowsItsItemOnCasesWithTheAttributeUntilItIsRemovedAndAnImportDoesNotBringARemovedRuleBack() throws Exception {
		var writerAccount = curator();
		var curator = signedIn(writerAccount);
		var lessonKey = publishedLesson(writerAccount, curator(), "Lesson for people in prison " + uniqueWord());
		var why = "Shown for a test of relevance rules " + uniqueWord();
		var owner = practitionerWithACase();
		cases.markAttributes(owner.caseId(), Set.of(CaseAttribute.PRISON), owner.member().asCurrentUser());
		var practitioner = signedIn(owner.member());
		// a rule seeded from the data file, shown only for prison
		var seeded = "practice-aware-project";
		assertThat(shownOnCase(practitioner, owner.caseId())).contains(seeded).doesNotContain(lessonKey);

		var added = curator.submit(curator.get("/knowledge/curation/relevance"), "form[action=/knowledge/curation/relevance]",
				Map.of("attribute", "prison", "item", lessonKey, "why", why));
		assertThat(added.mainText()).contains("Cases marked \"In prison\" now show this item.");
		var casePage = practitioner.get("/cases/" + owner.caseId());
		assertThat(shownOnCase(casePage)).contains(lessonKey);
		assertThat(casePage.html().select("section.context").text()).contains("Shown because: " + why);

		removeRule(curator, "In prison", lessonKey);
		assertThat(shownOnCase(practitioner, owner.caseId())).doesNotContain(lessonKey).contains(seeded);

		removeRule(curator, "In prison", seeded);
		assertThat(shownOnCase(practitioner, owner.caseId())).doesNotContain(seeded);
		var again = paperImport.run(read(PaperImport.PAPER), read(PaperImport.RULES));
		assertThat(again.rulesAdded()).isZero();
		assertThat(shownOnCase(practitioner, owner.caseId())).doesNotContain(seeded);
		assertThat(curator.get("/knowledge/curation/relevance").html().select("tbody a[href=/knowledge/items/" + seeded + "]")).isEmpty();
	}

	// ---- 7. open data

	@Test
	void theOpenDataListsEveryPublishedItemWithItsPlaceAndSourceInJsonAndCsvAlike() throws Exception {
		var anonymous = new Browserless(port);

		var response = anonymous.get("/api/v1/knowledge");
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.header("Content-Type")).startsWith("application/json");
		var items = json.readTree(response.body());
		assertThat(items.isArray()).isTrue();
		var published = jdbc.sql("select count(*) from knowledge.item where published_version is not null").query(Integer.class).single();
		assertThat(items.size()).isEqualTo(published);

		var types = Set.of("theme", "subtheme", "meeting", "practice", "lesson", "open_question");
		var ids = new ArrayList<String>();
		for (var item : items) {
			var id = item.path("id").asString();
			ids.add(id);
			assertThat(id).isNotBlank();
			var type = item.path("type").asString();
			assertThat(types).as("the type of %s", id).contains(type);
			if (type.equals("lesson") || type.equals("open_question")) {
				assertThat(text(item, "text")).as("the text of %s", id).isNotBlank();
			}
			else {
				assertThat(text(item, "title")).as("the title of %s", id).isNotBlank();
			}
			assertThat(text(item, "theme")).as("the theme of %s", id).isNotBlank();
			// a theme stands above every subtheme, so only a theme has none
			if (type.equals("theme")) {
				assertThat(item.get("subtheme").isNull()).as("the subtheme of theme %s", id).isTrue();
			}
			else {
				assertThat(text(item, "subtheme")).as("the subtheme of %s", id).isNotBlank();
			}
			assertThat(item.has("source_url")).as("%s says whether it has a source", id).isTrue();
		}
		assertThat(ids).doesNotHaveDuplicates();
		var vera = find(items, "practice-vera-2");
		assertThat(vera.get("source_url").asString()).isEqualTo("https://ec.europa.eu/home-affairs/node/11702_en");

		var csv = anonymous.get("/api/v1/knowledge.csv");
		assertThat(csv.status()).isEqualTo(200);
		assertThat(csv.header("Content-Type")).startsWith("text/csv");
		try (var parser = parseCsv(csv.body())) {
			var fieldNames = new ArrayList<String>();
			items.get(0).propertyNames().forEach(fieldNames::add);
			assertThat(parser.getHeaderNames()).as("the same columns as the JSON").isEqualTo(fieldNames);
			var records = parser.getRecords();
			assertThat(records).hasSize(items.size());
			assertThat(records.stream().map(row -> row.get("id")).toList()).isEqualTo(ids);
			var veraRow = records.stream().filter(row -> row.get("id").equals("practice-vera-2")).findFirst().orElseThrow();
			assertThat(veraRow.get("source_url")).isEqualTo("https://ec.europa.eu/home-affairs/node/11702_en");
			assertThat(veraRow.get("title")).isEqualTo(vera.get("title").asString());
		}
	}

	@Test
	void aTextThatASpreadsheetWouldRunAsAFormulaIsWrittenToTheCsvAsText() throws Exception {
		var text = "=HYPERLINK(\"https://example.org\";\"Curated " + uniqueWord() + "\")";
		var key = publishedLesson(curator(), curator(), text);
		var anonymous = new Browserless(port);

		assertThat(find(json.readTree(anonymous.get("/api/v1/knowledge").body()), key).get("text").asString())
			.as("the JSON keeps the text as written").isEqualTo(text);
		assertThat(csvRow(anonymous, key).get("text")).isEqualTo("'" + text);
	}

	@Test
	void aTextStartingWithAMinusIsWrittenToTheCsvAsTextToo() throws Exception {
		// spreadsheets run "-" and "+" like "=": OWASP's list of formula characters has all of them
		var text = "-2+3+HYPERLINK(\"https://example.org\";\"Curated " + uniqueWord() + "\")";
		var key = publishedLesson(curator(), curator(), text);

		assertThat(csvRow(new Browserless(port), key).get("text")).isEqualTo("'" + text);
	}

	// ---- 8. curation is for curators

	@Test
	void curationIsForCuratorsAlone() {
		var anonymous = new Browserless(port);
		assertThat(anonymous.get("/knowledge/curation").path()).isEqualTo("/sign-in");
		assertThat(anonymous.get("/knowledge/curation/relevance").path()).isEqualTo("/sign-in");
		assertThat(anonymous.get("/knowledge/curation/new?type=practice").path()).isEqualTo("/sign-in");

		var practitioner = signedIn(fixtures.staff(fixtures.agency(Sector.SOCIAL_CARE), Role.PRACTITIONER));
		assertThat(practitioner.get("/knowledge/curation").status()).isEqualTo(403);
		assertThat(practitioner.get("/knowledge/curation/relevance").status()).isEqualTo(403);
		assertThat(practitioner.get("/knowledge/curation/new?type=practice").status()).isEqualTo(403);
		assertThat(practitioner.get("/knowledge/curation/items/practice-vera-2/history").status()).isEqualTo(403);
		var items = rows("knowledge.item");
		var word = uniqueWord();
		var fields = new HashMap<>(practice(word, "https://example.org/" + word));
		fields.put("type", "practice");
		fields.put("action", "review");
		assertThat(post(practitioner, "/knowledge/curation/new", fields).status()).isEqualTo(403);
		assertThat(rows("knowledge.item")).isEqualTo(items);
		assertThat(practitioner.get("/knowledge/items/practice-vera-2").html().select("a[href$=/edit]"))
			.as("the library offers no Edit to a practitioner").isEmpty();
	}

	// ---- how the tests act

	StaffMember curator() {
		return fixtures.staff(fixtures.agency(Sector.MENTAL_HEALTH_CARE), Role.KNOWLEDGE_CURATOR);
	}

	Browserless signedIn(StaffMember member) {
		var browser = new Browserless(port);
		browser.signIn(member);
		return browser;
	}

	/** A lesson in the library, written by one curator and published by another; its key. */
	String publishedLesson(StaffMember writerAccount, StaffMember reviewerAccount, String text) {
		var writer = signedIn(writerAccount);
		var sent = fillIn(writer, writer.get("/knowledge/curation/new?type=lesson"), ITEM_FORM, lesson(text), "review");
		var key = keyOf(sent);
		var reviewer = signedIn(reviewerAccount);
		var published = reviewer.submit(reviewer.get(versionPath(key, 1)), "form[action$=/publish]", Map.of());
		assertThat(published.mainText()).contains("Published");
		return key;
	}

	static Map<String, String> practice(String word, String sourceUrl) {
		return Map.of("subtheme", "lone-actors", "title", "Curated practice " + word, "text", "A practice added by a curator: " + word,
				"country", "The Netherlands", "countryCode", "NL", "scope", "LOCAL", "sourceUrl", sourceUrl);
	}

	static Map<String, String> lesson(String text) {
		return Map.of("subtheme", SUBTHEME, "text", text, "sourceUrl", "https://example.org/lessons");
	}

	/**
	 * Submits a form as a browser would: every field with the value the page shows (the selected option, the text in
	 * a text area), then the changes typed, then the button pressed ({@code action=draft|review}).
	 */
	static Page fillIn(Browserless browser, Page page, String selector, Map<String, String> changes, String button) {
		assertThat(page.status()).as("the answer to %s, the page with the form", page.path()).isEqualTo(200);
		var form = page.html().selectFirst(selector);
		assertThat(form).as("a form %s on %s: %s", selector, page.path(), page.mainText()).isNotNull();
		var values = new LinkedHashMap<String, List<String>>();
		for (var field : form.select("input[name], select[name], textarea[name]")) {
			if (field.hasAttr("disabled")) {
				continue;
			}
			var name = field.attr("name");
			switch (field.tagName()) {
				case "select" -> values.put(name, selected(field));
				case "textarea" -> values.put(name, List.of(field.val()));
				default -> {
					var type = field.attr("type");
					if (type.equals("submit") || ((type.equals("checkbox") || type.equals("radio")) && !field.hasAttr("checked"))) {
						continue;
					}
					values.computeIfAbsent(name, n -> new ArrayList<>()).add(field.val());
				}
			}
		}
		changes.forEach((name, value) -> values.put(name, List.of(value)));
		values.put("action", List.of(button));
		return browser.submitAll(page, selector, values);
	}

	private static List<String> selected(Element select) {
		var chosen = select.select("option[selected]").eachAttr("value");
		if (!chosen.isEmpty() || select.hasAttr("multiple")) {
			return chosen;
		}
		var first = select.selectFirst("option");
		return first == null ? List.of() : List.of(first.val());
	}

	/** Posts what no page offers this user, with the CSRF token of their session. */
	static Page post(Browserless browser, String path, Map<String, String> fields) {
		var token = browser.get("/").html().selectFirst("input[name=_csrf]");
		assertThat(token).as("a CSRF token on the start page").isNotNull();
		var withToken = new LinkedHashMap<>(fields);
		withToken.put("_csrf", token.val());
		return browser.post(path, withToken);
	}

	static String keyOf(Page versionPage) {
		var matcher = VERSION_PATH.matcher(versionPage.path());
		assertThat(matcher.matches()).as("a version's page, but the curator is at %s: %s", versionPage.path(), versionPage.mainText())
			.isTrue();
		return matcher.group(1);
	}

	static String versionPath(String key, int number) {
		return "/knowledge/curation/items/" + key + "/versions/" + number;
	}

	static String problemOn(Page page) {
		return page.html().select(".error-summary").text();
	}

	/** The keys of the items a search for the word finds, as anyone sees them. */
	static List<String> found(Browserless browser, String word) {
		return browser.get("/knowledge?q=" + word).html().select(".result h3 a").eachAttr("href").stream()
			.map(href -> href.substring(href.lastIndexOf('/') + 1)).toList();
	}

	/** A lesson's text as its page in the library shows it. */
	static String lessonText(Page itemPage) {
		assertThat(itemPage.status()).isEqualTo(200);
		return itemPage.html().selectFirst("p.lead").text();
	}

	static List<String> historyRow(Page history, int number) {
		return history.html().select("tbody tr").stream().map(row -> row.select("td").eachText())
			.filter(cells -> cells.getFirst().equals(String.valueOf(number))).findFirst()
			.orElseThrow(() -> new AssertionError("No version " + number + " in the history: " + history.mainText()));
	}

	List<String> openDataIds(Browserless browser) {
		var ids = new ArrayList<String>();
		json.readTree(browser.get("/api/v1/knowledge").body()).forEach(item -> ids.add(item.get("id").asString()));
		return ids;
	}

	static JsonNode find(JsonNode items, String id) {
		for (var item : items) {
			if (item.path("id").asString().equals(id)) {
				return item;
			}
		}
		throw new AssertionError("No item " + id + " in the open data");
	}

	static String text(JsonNode item, String field) {
		var value = item.get(field);
		return value == null || value.isNull() ? null : value.asString();
	}

	static CSVParser parseCsv(String body) throws Exception {
		return CSVParser.parse(new StringReader(body), CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get());
	}

	static CSVRecord csvRow(Browserless browser, String id) throws Exception {
		try (var parser = parseCsv(browser.get("/api/v1/knowledge.csv").body())) {
			return parser.getRecords().stream().filter(row -> row.get("id").equals(id)).findFirst()
				.orElseThrow(() -> new AssertionError("No row " + id + " in the CSV"));
		}
	}

	int rows(String table) {
		return jdbc.sql("select count(*) from " + table).query(Integer.class).single();
	}

	int publishedVersion(String key) {
		return jdbc.sql("select published_version from knowledge.item where key = :key").param("key", key).query(Integer.class).single();
	}

	/** Every version of the item with its state, to tell that nothing was added or changed. */
	List<String> versionsOf(String key) {
		return jdbc.sql("""
				select v.number || ' ' || v.status || ' ' || coalesce(v.body, '') from knowledge.item_version v
				  join knowledge.item i on i.id = v.item_id where i.key = :key order by v.number""")
			.param("key", key).query(String.class).list();
	}

	JsonNode read(String resource) throws Exception {
		try (var in = new ClassPathResource(resource).getInputStream()) {
			return json.readTree(in);
		}
	}

	/** A word no item of the library has, in letters only so that search reads it as one word. */
	static String uniqueWord() {
		var letters = new StringBuilder("cur");
		Fixtures.unique().chars().forEach(c -> letters.append((char) (Character.isDigit(c) ? 'q' + (c - '0') % 10 : c)));
		return letters.toString();
	}

	// ---- relevance on a case

	/** A practitioner who owns a case of a hub of their own. */
	record CaseOwner(StaffMember member, CaseId caseId) {
	}

	CaseOwner practitionerWithACase() {
		var agency = fixtures.agency(Sector.PRISON_AND_PROBATION);
		var sysadmin = fixtures.staff(agency, Role.SYSTEM_ADMINISTRATOR).asCurrentUser();
		var hub = hubs.create(new HubDetails("Hub " + Fixtures.unique(), HubLevel.LOCAL, new Country("BE"), null, null, null, null,
				null, null, null, null, null, null), sysadmin).id();
		hubs.addAgency(hub, agency, "member", sysadmin);
		var coordinator = fixtures.staff(agency, Profession.COORDINATOR, Role.HUB_COORDINATOR);
		hubs.appoint(hub, coordinator.id(), HubRole.COORDINATOR, sysadmin);
		var owner = fixtures.staff(agency, Profession.SOCIAL_WORKER, Role.PRACTITIONER);
		var caseId = cases.open(ReferralId.random(), Fixtures.caseReference(), hub, null, coordinator.asCurrentUser());
		cases.appointOwner(caseId, owner.id(), coordinator.asCurrentUser());
		return new CaseOwner(owner, caseId);
	}

	static List<String> shownOnCase(Browserless browser, CaseId caseId) {
		return shownOnCase(browser.get("/cases/" + caseId));
	}

	/** The keys of the items the case page shows from the network's knowledge. */
	static List<String> shownOnCase(Page casePage) {
		assertThat(casePage.status()).isEqualTo(200);
		return casePage.html().select("section.context li > a[href^=/knowledge/items/]").eachAttr("href").stream()
			.map(href -> href.substring(href.lastIndexOf('/') + 1)).toList();
	}

	static void removeRule(Browserless curator, String attributeLabel, String itemKey) {
		var page = curator.get("/knowledge/curation/relevance");
		var row = page.html().select("tbody tr").stream()
			.filter(tr -> tr.select("td").first().text().equals(attributeLabel))
			.filter(tr -> !tr.select("a[href=/knowledge/items/" + itemKey + "]").isEmpty())
			.findFirst().orElseThrow(() -> new AssertionError("No rule " + attributeLabel + " → " + itemKey + " listed"));
		var action = row.selectFirst("form").attr("action");
		var removed = curator.submit(page, "form[action=" + action + "]", Map.of());
		assertThat(removed.mainText()).contains("Rule removed");
	}
}
