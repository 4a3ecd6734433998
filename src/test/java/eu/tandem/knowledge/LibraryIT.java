package eu.tandem.knowledge;

import java.util.List;
import java.util.Map;

import eu.tandem.support.Browserless;
import eu.tandem.support.TandemIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The library as loaded from the paper's data file, browsed, searched and published as open data, without sign-in. */
@TandemIntegrationTest
class LibraryIT {

	@LocalServerPort
	int port;

	@Autowired
	PaperImport paperImport;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Curation curation;

	@Autowired
	KnowledgeStore store;

	@Autowired
	eu.tandem.support.Fixtures fixtures;

	final JsonMapper json = JsonMapper.builder().build();

	JsonNode read(String resource) throws Exception {
		try (var in = new ClassPathResource(resource).getInputStream()) {
			return json.readTree(in);
		}
	}

	@Test
	void everythingInTheDataFileIsPublishedAndImportingAgainChangesNothing() throws Exception {
		var paper = read(PaperImport.PAPER);
		var expected = new java.util.TreeMap<String, Integer>();
		for (var theme : paper.get("themes")) {
			expected.merge("THEME", 1, Integer::sum);
			for (var subtheme : theme.get("subthemes")) {
				expected.merge("SUBTHEME", 1, Integer::sum);
				for (var item : subtheme.get("items")) {
					expected.merge(item.get("type").asString().toUpperCase(), 1, Integer::sum);
				}
			}
		}
		assertThat(publishedFromThePaper()).isEqualTo(expected);

		var again = paperImport.run(paper, read(PaperImport.RULES));

		assertThat(again.added()).isZero();
		assertThat(again.updated()).isZero();
		assertThat(again.rulesAdded()).isZero();
		assertThat(publishedFromThePaper()).isEqualTo(expected);
	}

	private Map<String, Integer> publishedFromThePaper() {
		var counts = new java.util.TreeMap<String, Integer>();
		jdbc.sql("select type, count(*) from knowledge.item where origin = 'PAPER' and published_version is not null group by type")
			.query((rs, row) -> Map.entry(rs.getString(1), rs.getInt(2))).list()
			.forEach(entry -> counts.put(entry.getKey(), entry.getValue()));
		return counts;
	}

	@Test
	void theLibraryNeedsNoSignIn() {
		var browser = new Browserless(port);
		var page = browser.get("/knowledge");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.path()).isEqualTo("/knowledge");
		assertThat(page.heading()).isEqualTo("The network's knowledge");
		var item = browser.get("/knowledge/items/practice-vera-2");
		assertThat(item.status()).isEqualTo(200);
		assertThat(item.heading()).contains("VERA 2");
		assertThat(browser.get("/knowledge/items/no-such-item").status()).isEqualTo(404);
		assertThat(browser.get("/knowledge/curation").path()).as("curation needs a curator").isEqualTo("/sign-in");
	}

	@Test
	void aSearchOfTenThousandCharactersOrOfPunctuationIsRefusedWithAMessage() {
		var browser = new Browserless(port);
		var long_ = browser.get("/knowledge?q=" + "a".repeat(10_000));
		assertThat(long_.status()).isEqualTo(200);
		assertThat(long_.html().select(".error-summary").text()).contains("at most 200 characters");
		var punctuation = browser.get("/knowledge?q=" + java.net.URLEncoder.encode("?!... ;-- //", java.nio.charset.StandardCharsets.UTF_8));
		assertThat(punctuation.status()).isEqualTo(200);
		assertThat(punctuation.html().select(".error-summary").text()).contains("Type at least one word");
		var year = browser.get("/knowledge?from=twenty");
		assertThat(year.html().select(".error-summary").text()).contains("Enter a year");
	}

	@Test
	void theMatchedWordsAreMarkedAndTheTextStaysEscaped() {
		var page = new Browserless(port).get("/knowledge?q=lone+actor+risk+assessment");
		var first = page.html().select(".result").first();
		assertThat(first).isNotNull();
		assertThat(first.select("mark").eachText()).isNotEmpty();
		assertThat(page.body()).doesNotContain("⟦").doesNotContain("⟧");
	}

	@Test
	void browsingByTypeCountryAndYearNarrowsTheList() {
		var browser = new Browserless(port);
		var practices = browser.get("/knowledge?type=practice&country=DK");
		assertThat(titles(practices)).isNotEmpty().allSatisfy(title -> assertThat(title).isNotBlank());
		assertThat(practices.html().select(".result__meta").eachText()).allSatisfy(meta -> assertThat(meta).contains("Denmark"));
		var in2018 = browser.get("/knowledge?type=meeting&from=2018&to=2018");
		assertThat(in2018.html().select(".result__meta").eachText()).isNotEmpty().allSatisfy(meta -> assertThat(meta).contains("2018"));
	}

	@Test
	void aRenamedSubthemeIsFoundByItsNewTitleInTheItemsUnderIt() {
		var agency = fixtures.agency(eu.tandem.agency.Sector.NGO_COMMUNITY);
		var writer = fixtures.staff(agency, eu.tandem.identity.Role.KNOWLEDGE_CURATOR).asCurrentUser();
		var reviewer = fixtures.staff(agency, eu.tandem.identity.Role.KNOWLEDGE_CURATOR).asCurrentUser();
		var subtheme = store.published("lone-actors").orElseThrow();
		var word = "solitary" + eu.tandem.support.Fixtures.unique().replaceAll("[^a-z]", "");
		var c = subtheme.content();
		var renamed = new ItemContent(c.themeKey(), c.subthemeKey(), c.section(), c.title() + " (" + word + ")", c.body(), c.kind(),
				c.workingGroup(), c.startDate(), c.endDate(), c.datePrecision(), c.place(), c.country(), c.countryCode(), c.scope(),
				c.sourceUrl(), c.questionStatus(), c.meetingKeys());

		var version = curation.edit("lone-actors", renamed, "Adds a word practitioners use", subtheme.version().number(), true, writer);
		curation.publish("lone-actors", version.number(), null, reviewer);

		var found = new Browserless(port).get("/knowledge?q=" + word + "&type=practice");
		assertThat(found.html().select(".result h3 a").eachAttr("href")).contains("/knowledge/items/practice-vera-2");
	}

	@Test
	void aSearchOfOnlyCommonWordsIsAnsweredWithAMessageAndAPagePastTheEndShowsTheLast() {
		var browser = new Browserless(port);
		var common = browser.get("/knowledge?q=the+and+whom");
		assertThat(common.status()).isEqualTo(200);
		assertThat(common.html().select(".error-summary").text()).contains("too common");
		var past = browser.get("/knowledge?type=lesson&page=500");
		assertThat(titles(past)).isNotEmpty();
		assertThat(past.mainText()).doesNotContain("Page 500");
	}

	@Test
	void browsingAThemeListsTheItemsOfAllItsSubthemes() {
		var page = new Browserless(port).get("/knowledge?in=mental-health-profiles&type=practice");
		assertThat(page.html().select(".result h3 a").eachAttr("href")).contains("/knowledge/items/practice-vera-2")
			.doesNotContain("/knowledge/items/practice-anchor-work");
		assertThat(new Browserless(port).get("/knowledge?in=nonsense").html().select(".error-summary").text())
			.contains("no such theme or subtheme");
	}

	@Test
	void anImportLeavesAnItemACuratorIsChangingAlone() throws Exception {
		var agency = fixtures.agency(eu.tandem.agency.Sector.NGO_COMMUNITY);
		var writer = fixtures.staff(agency, eu.tandem.identity.Role.KNOWLEDGE_CURATOR).asCurrentUser();
		var entry = store.published("practice-channel").orElseThrow();
		curation.edit("practice-channel", entry.content(), "A draft left open", entry.version().number(), false, writer);
		var paper = (tools.jackson.databind.node.ObjectNode) read(PaperImport.PAPER);
		for (var theme : paper.get("themes")) {
			for (var subtheme : theme.get("subthemes")) {
				for (var item : subtheme.get("items")) {
					if (item.get("key").asString().equals("practice-channel")) {
						((tools.jackson.databind.node.ObjectNode) item).put("summary", "Changed in the data file meanwhile.");
					}
				}
			}
		}

		var report = paperImport.run(paper, read(PaperImport.RULES));

		assertThat(report.keptCuratorVersions()).contains("practice-channel");
		assertThat(store.published("practice-channel").orElseThrow().version().number()).isEqualTo(entry.version().number());
	}

	static List<String> titles(eu.tandem.support.Page page) {
		return page.html().select(".result h3").eachText();
	}
}
