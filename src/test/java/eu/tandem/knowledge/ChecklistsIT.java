package eu.tandem.knowledge;

import java.util.List;

import eu.tandem.support.Browserless;
import eu.tandem.support.TandemIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The paper's checklists in the library over real HTTP, signed out: they are for everyone (there is no role to be
 * wrong about), each as the library holds it, step by step, with the lesson it comes from. A checklist the library
 * does not have is not found.
 */
@TandemIntegrationTest
class ChecklistsIT {

	record Stored(String key, String title, String source, List<String> steps) {
	}

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theListNamesEveryChecklistOfTheLibraryWithItsNumberOfSteps() {
		var stored = stored();
		assertThat(stored).extracting(Stored::key).containsExactlyInAnyOrder("five-steps-multi-agency-structure",
				"four-rs-trauma-informed-care");

		var page = new Browserless(port).get("/knowledge/checklists");

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.path()).as("no sign-in on the way").isEqualTo("/knowledge/checklists");
		assertThat(page.heading()).isEqualTo("Checklists from the paper");
		assertThat(page.html().select(".card")).hasSize(stored.size());
		for (var checklist : stored) {
			var card = page.html().selectFirst(".card:has(a[href=/knowledge/checklists/" + checklist.key() + "])");
			assertThat(card).as(checklist.key()).isNotNull();
			assertThat(card.selectFirst("h2").text()).isEqualTo(checklist.title());
			assertThat(card.selectFirst("p").text()).isEqualTo(checklist.steps().size() + " steps");
		}
	}

	@Test
	void aChecklistShowsItsStepsInOrderAndLinksToTheLessonItComesFrom() {
		var browser = new Browserless(port);
		for (var checklist : stored()) {
			var page = browser.get("/knowledge/checklists/" + checklist.key());

			assertThat(page.status()).isEqualTo(200);
			assertThat(page.heading()).isEqualTo(checklist.title());
			assertThat(page.html().select("ol.checklist > li > strong").eachText()).as(checklist.key())
				.containsExactlyElementsOf(checklist.steps());
			var lesson = page.html().selectFirst("a[href=/knowledge/items/" + checklist.source() + "]");
			assertThat(lesson).as(checklist.key() + ": the link to its lesson").isNotNull();
			var source = browser.get(lesson.attr("href"));
			assertThat(source.status()).isEqualTo(200);
			assertThat(source.html().select("a[href=/knowledge/checklists/" + checklist.key() + "]"))
				.as("the lesson links back to " + checklist.key()).isNotEmpty();
		}
	}

	@Test
	void aChecklistTheLibraryDoesNotHaveIsNotFound() {
		var browser = new Browserless(port);

		for (var key : List.of("no-such-checklist", "five-steps-multi-agency-structure-x", "%3Cscript%3E")) {
			var page = browser.get("/knowledge/checklists/" + key);
			assertThat(page.status()).as(key).isEqualTo(404);
			assertThat(page.heading()).as(key).isEqualTo("Page not found");
		}
	}

	private List<Stored> stored() {
		return jdbc.sql("select key, title, source_item_key from knowledge.checklist order by key")
			.query((rs, row) -> new Stored(rs.getString("key"), rs.getString("title"), rs.getString("source_item_key"),
					jdbc.sql("select text from knowledge.checklist_step where checklist_key = :key order by position")
						.param("key", rs.getString("key")).query(String.class).list()))
			.list();
	}
}
