package eu.tandem.knowledge;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;

import eu.tandem.identity.CurrentUser;
import eu.tandem.kernel.InvalidInput;
import eu.tandem.kernel.NotFound;
import eu.tandem.kernel.PlainText;
import eu.tandem.web.Words;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which lessons, practices and open questions a case screen shows for a case's attributes. The rules are data:
 * seeded from the data file, then kept by curators. A removed rule is kept as removed, so that the next import of
 * the data file does not bring it back.
 */
@Service
class RelevanceRules {

	private static final String ACTIVE = """
			select r.id, r.attribute, i.key, left(coalesce(v.title, v.body), 140) as heading, r.why, r.origin, r.created_by, r.created_at
			  from knowledge.relevance_rule r
			  join knowledge.item i on i.id = r.item_id
			  join knowledge.item_version v on v.item_id = i.id and v.number = i.published_version
			 where r.removed_at is null""";

	private final JdbcClient jdbc;
	private final KnowledgeStore store;
	private final Clock clock;

	RelevanceRules(JdbcClient jdbc, KnowledgeStore store, Clock clock) {
		this.jdbc = jdbc;
		this.store = store;
		this.clock = clock;
	}

	/** A rule from the data file; false when a rule for this attribute and item exists or was removed by a curator. */
	boolean seed(String attribute, String itemKey, String why) {
		if (CaseAttribute.fromKey(attribute).isEmpty()) {
			throw new IllegalStateException(PaperImport.RULES + ": the rule for " + itemKey + " names the attribute \"" + attribute
					+ "\", which does not exist; known: " + knownAttributes());
		}
		var item = store.item(itemKey)
			.orElseThrow(() -> new IllegalStateException(PaperImport.RULES + ": the rule for " + attribute + " names the item \""
					+ itemKey + "\", which is not in " + PaperImport.PAPER));
		return jdbc.sql("""
				insert into knowledge.relevance_rule (id, attribute, item_id, why, origin, created_at)
				values (:id, :attribute, :item, :why, 'PAPER', :at) on conflict (attribute, item_id) do nothing""")
			.param("id", UUID.randomUUID()).param("attribute", attribute).param("item", item.id()).param("why", why)
			.param("at", Timestamp.from(clock.instant())).update() == 1;
	}

	/** A curator's rule. The attribute must exist, the item be published, the reason given. */
	@Transactional
	RelevanceRule add(String attribute, String itemKey, String why, CurrentUser curator) {
		var known = CaseAttribute.fromKey(attribute.strip())
			.orElseThrow(() -> InvalidInput.of("attribute", "knowledge.error.noAttribute", knownAttributes()));
		var reason = PlainText.required("why", Words.of("knowledge.field.why"), why, 400);
		var item = store.published(itemKey.strip()).filter(entry -> entry.type() != ItemType.THEME && entry.type() != ItemType.SUBTHEME)
			.orElseThrow(() -> InvalidInput.of("item", "knowledge.error.noItem"));
		var existing = jdbc.sql("select removed_at is null from knowledge.relevance_rule where attribute = :attribute and item_id = :item")
			.param("attribute", known.key()).param("item", item.item().id()).query(Boolean.class).optional();
		if (existing.orElse(false)) {
			throw InvalidInput.of("item", "knowledge.error.alreadyShown", inWords(known));
		}
		var id = UUID.randomUUID();
		if (existing.isPresent()) {
			jdbc.sql("""
					update knowledge.relevance_rule set id = :id, why = :why, origin = 'CURATOR', created_by = :by, created_at = :at,
					       removed_by = null, removed_at = null
					 where attribute = :attribute and item_id = :item""")
				.param("id", id).param("why", reason).param("by", curator.id().value()).param("at", Timestamp.from(clock.instant()))
				.param("attribute", known.key()).param("item", item.item().id()).update();
		}
		else {
			jdbc.sql("""
					insert into knowledge.relevance_rule (id, attribute, item_id, why, origin, created_by, created_at)
					values (:id, :attribute, :item, :why, 'CURATOR', :by, :at)""")
				.param("id", id).param("attribute", known.key()).param("item", item.item().id()).param("why", reason)
				.param("by", curator.id().value()).param("at", Timestamp.from(clock.instant())).update();
		}
		return active().stream().filter(rule -> rule.id().equals(id)).findFirst().orElseThrow();
	}

	@Transactional
	void remove(UUID rule, CurrentUser curator) {
		var removed = jdbc.sql("""
				update knowledge.relevance_rule set removed_by = :by, removed_at = :at where id = :id and removed_at is null""")
			.param("by", curator.id().value()).param("at", Timestamp.from(clock.instant())).param("id", rule).update();
		if (removed == 0) {
			throw new NotFound();
		}
	}

	List<RelevanceRule> active() {
		return jdbc.sql(ACTIVE + " order by r.attribute, i.position")
			.query((rs, row) -> new RelevanceRule(rs.getObject("id", UUID.class), rs.getString("attribute"), rs.getString("key"),
					rs.getString("heading"), rs.getString("why"), "PAPER".equals(rs.getString("origin")),
					rs.getObject("created_by", UUID.class), rs.getTimestamp("created_at").toInstant()))
			.list();
	}

	/** What the rules show for these attributes: each item once, with every reason that applies, in the paper's order. */
	List<RelevantKnowledge> relevantTo(Collection<CaseAttribute> attributes) {
		if (attributes.isEmpty()) {
			return List.of();
		}
		var byItem = new LinkedHashMap<String, RelevantKnowledge>();
		jdbc.sql("select p.*, r.why as rule_why from (" + KnowledgeStore.PUBLISHED + """
				) p join knowledge.relevance_rule r on r.item_id = p.id and r.removed_at is null and r.attribute in (:attributes)
				 order by p.position, r.attribute""")
			.param("attributes", attributes.stream().map(CaseAttribute::key).toList())
			.query((rs, row) -> new Shown(KnowledgeStore.entry(rs, row), rs.getString("rule_why"))).list()
			.forEach(shown -> {
				var entry = shown.entry();
				var why = shown.why();
				byItem.compute(entry.key(), (key, known) -> {
					var reasons = new ArrayList<String>(known == null ? List.of() : known.why());
					if (!reasons.contains(why)) {
						reasons.add(why);
					}
					// a lesson is read whole where the practitioner works: its text is the point
					var heading = entry.type().titled() ? entry.content().heading() : entry.content().body();
					return new RelevantKnowledge(entry.key(), entry.type(), heading,
							entry.subthemeTitle() == null ? "" : entry.subthemeTitle(), List.copyOf(reasons), entry.content().sourceUrl(),
							"/knowledge/items/" + entry.key());
				});
			});
		return List.copyOf(byItem.values());
	}

	private record Shown(LibraryEntry entry, String why) {
	}

	/** The attribute as screens name it, in the reader's language: "In prison", "In Haft". */
	static MessageSourceResolvable inWords(CaseAttribute attribute) {
		return new DefaultMessageSourceResolvable("knowledge.attribute." + attribute.name());
	}

	static String knownAttributes() {
		return String.join(", ", java.util.Arrays.stream(CaseAttribute.values()).map(CaseAttribute::key).toList());
	}
}
