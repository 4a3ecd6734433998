package eu.tandem.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import eu.tandem.agency.Sector;
import eu.tandem.identity.Role;
import eu.tandem.support.Browserless;
import eu.tandem.support.Fixtures;
import eu.tandem.support.Page;
import eu.tandem.support.TandemIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The library's screens in the reader's language, from the browser's for a visitor: the screens' own words are
 * translated, while the items of the RAN paper stay in English, say so, and are marked {@code lang="en"}.
 */
@TandemIntegrationTest
class KnowledgeLanguagesIT {

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Test
	void aGermanVisitorReadsTheLibrarysWordsInGermanAndItsItemsInEnglish() {
		var library = new Browserless(port).speaking("de-DE, de;q=0.9").get("/knowledge?type=practice&country=DK");

		assertThat(language(library)).isEqualTo("de");
		assertThat(library.heading()).isEqualTo("Das Wissen des Netzwerks");
		assertThat(library.title()).isEqualTo("Wissensbibliothek – Tandem");
		assertThat(library.html().select("label[for=type]").text()).isEqualTo("Art");
		assertThat(library.html().select("#type option[value=practice]").text()).isEqualTo("Praxisbeispiele");
		assertThat(library.html().select("#country option[value=DK]").text()).isEqualTo("Dänemark");
		assertThat(library.html().select("#results-title").text()).matches("\\d+ Einträge?");
		assertThat(library.mainText()).contains("Inhalt auf Englisch (Originalsprache)");
		assertThat(library.html().select(".result .tag").eachText()).isNotEmpty().containsOnly("Praxisbeispiel");
		assertThat(library.html().select(".result h3")).isNotEmpty().allSatisfy(title -> assertThat(title.attr("lang")).isEqualTo("en"));
	}

	@Test
	void aDanishVisitorReadsAnItemsFramesInDanishAndAMeetingsDateAsDanishWritesIt() {
		var browser = new Browserless(port).speaking("da");
		var meetings = browser.get("/knowledge?type=meeting&from=2018&to=2018");
		assertThat(meetings.html().select(".result__meta").eachText()).isNotEmpty()
			.allSatisfy(meta -> assertThat(meta).startsWith("Møde eller publikation").contains("2018"));

		var item = browser.get("/knowledge/items/practice-anchor-work");

		assertThat(language(item)).isEqualTo("da");
		assertThat(item.title()).isEqualTo("Anchor work – Vidensbibliotek – Tandem");
		assertThat(item.html().select("h1").attr("lang")).isEqualTo("en");
		assertThat(item.html().select("dl.summary dt").eachText()).contains("Land", "Kilde", "Version");
		assertThat(item.mainText()).contains("Indhold på engelsk (originalsprog)").contains("Finland");
	}

	@Test
	void aRefusalIsInTheReadersLanguage() {
		var year = new Browserless(port).speaking("fr").get("/knowledge?from=twenty");
		assertThat(year.html().select(".error-summary").text()).isEqualTo("Saisissez une année en quatre chiffres, par exemple 2018.");

		var common = new Browserless(port).speaking("nl").get("/knowledge?q=the+and+whom");
		assertThat(common.html().select(".error-summary").text()).startsWith("Die woorden zijn te algemeen");
	}

	@Test
	void aChecklistKeepsItsStepsInEnglishUnderAGermanFrame() {
		var checklists = new Browserless(port).speaking("de").get("/knowledge/checklists");
		assertThat(checklists.heading()).isEqualTo("Checklisten aus dem Papier");
		assertThat(checklists.html().select(".card p").eachText()).contains("5 Schritte", "4 Schritte");

		var fourRs = new Browserless(port).speaking("de").get("/knowledge/checklists/" + Checklist.FOUR_RS);
		assertThat(fourRs.html().select("ol.checklist").attr("lang")).isEqualTo("en");
		assertThat(fourRs.mainText()).contains("Aus der Erkenntnis:").contains("Die Erläuterungen folgen dem Ansatz SAMHSA");
	}

	@Test
	void aCuratorWorksInTheirLanguage() {
		var agency = fixtures.agency(Sector.NGO_COMMUNITY);
		var writer = new Browserless(port).speaking("de");
		writer.signIn(fixtures.staff(agency, Role.KNOWLEDGE_CURATOR));

		var overview = writer.get("/knowledge/curation");
		assertThat(overview.heading()).isEqualTo("Redaktion");
		assertThat(overview.html().select("a[href^=/knowledge/curation/new]").eachText())
			.containsExactly("Treffen oder Veröffentlichung", "Praxisbeispiel", "Erkenntnis", "offene Frage");

		var form = writer.get("/knowledge/curation/new?type=lesson");
		assertThat(form.heading()).isEqualTo("Neue Erkenntnis");
		var refused = writer.submit(form, "form[action=/knowledge/curation/new]", Map.of("action", "review", "text",
				"A lesson " + Fixtures.unique()));
		assertThat(refused.fieldError("subtheme")).contains("Wählen Sie das Unterthema, zu dem es gehört.");
		assertThat(refused.fieldError("sourceUrl")).contains("Geben Sie die Quelle an");

		var sent = writer.submit(form, "form[action=/knowledge/curation/new]", Map.of("action", "review", "subtheme", "ethics", "text",
				"A lesson " + Fixtures.unique(), "sourceUrl", "https://example.org/lessons"));
		assertThat(sent.html().select("[role=status]").text()).isEqualTo("Zur Prüfung gesendet. Eine andere Redakteur:in veröffentlicht sie.");
		assertThat(sent.heading()).isEqualTo("Erkenntnis: Version 1");
		assertThat(sent.html().select(".tag").text()).isEqualTo("Wartet auf Prüfung");

		var fromThePaper = writer.get("/knowledge/curation/items/practice-vera-2/versions/1");
		assertThat(fromThePaper.mainText()).contains("aus der Datendatei des Papiers, ").contains("Aus dem RAN-HEALTH-Überblickspapier");
	}

	private static String language(Page page) {
		return page.html().selectFirst("html").attr("lang");
	}
}
