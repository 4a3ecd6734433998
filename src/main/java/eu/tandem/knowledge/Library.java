package eu.tandem.knowledge;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * What other modules ask of the network's knowledge: what is relevant to a case, the paper's checklists, and which
 * words of a note the curators' list asks the writer to reconsider.
 */
@Service
public class Library {

	/**
	 * The paper's lesson on clear professional boundaries and considering the person's needs without stigmatisation:
	 * where a note that uses a listed word is pointed to.
	 */
	public static final String PROFESSIONAL_BOUNDARIES = "lesson-mental-illness-1";

	private final RelevanceRules rules;
	private final StigmatisingWords stigmatising;
	private final JdbcClient jdbc;

	Library(RelevanceRules rules, StigmatisingWords stigmatising, JdbcClient jdbc) {
		this.rules = rules;
		this.stigmatising = stigmatising;
		this.jdbc = jdbc;
	}

	/** Where the library shows an item, e.g. {@code /knowledge/items/lesson-mental-illness-1}. */
	public static String itemPath(String key) {
		return "/knowledge/items/" + key;
	}

	/**
	 * The words on the curators' list (any language's) that the text uses as whole words, whatever their case, each
	 * once as the text writes it: for a prompt before the text is saved, never for refusing it. Empty when it uses none.
	 */
	public List<String> stigmatisingWordsIn(String text) {
		return text == null || text.isBlank() ? List.of() : stigmatising.foundIn(text);
	}

	/** The lessons, practices and open questions the curators' rules show for a case with these attributes. */
	public List<RelevantKnowledge> relevantTo(Collection<CaseAttribute> attributes) {
		return rules.relevantTo(attributes);
	}

	public Optional<Checklist> checklist(String key) {
		var header = jdbc.sql("select key, title, source_item_key, hint_source from knowledge.checklist where key = :key")
			.param("key", key)
			.query((rs, row) -> new Checklist(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), List.of()))
			.optional();
		return header.map(checklist -> new Checklist(checklist.key(), checklist.title(), checklist.sourceItem(),
				checklist.hintSource(), new ArrayList<>(jdbc.sql("""
						select key, text, hint from knowledge.checklist_step where checklist_key = :key order by position""")
					.param("key", key)
					.query((rs, row) -> new Checklist.Step(rs.getString(1), rs.getString(2), rs.getString(3)))
					.list())));
	}

	public List<Checklist> checklists() {
		return jdbc.sql("select key from knowledge.checklist order by key desc").query(String.class).list().stream()
			.map(this::checklist).flatMap(Optional::stream).toList();
	}
}
