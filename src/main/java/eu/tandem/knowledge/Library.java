package eu.tandem.knowledge;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** What other modules ask of the network's knowledge: what is relevant to a case, and the paper's checklists. */
@Service
public class Library {

	private final RelevanceRules rules;
	private final JdbcClient jdbc;

	Library(RelevanceRules rules, JdbcClient jdbc) {
		this.rules = rules;
		this.jdbc = jdbc;
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
