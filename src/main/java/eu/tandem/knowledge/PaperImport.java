package eu.tandem.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import eu.tandem.knowledge.ItemContent.DatePrecision;
import eu.tandem.knowledge.ItemContent.MeetingKind;
import eu.tandem.knowledge.ItemContent.QuestionStatus;
import eu.tandem.knowledge.ItemContent.Scope;
import eu.tandem.knowledge.ItemVersion.Status;
import eu.tandem.knowledge.StoredItem.Origin;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the RAN HEALTH overview paper's content ({@code knowledge/ran-health-overview.json}, made from the paper
 * beside it) and the seed relevance rules into the library, at every start and idempotently: an item already there
 * is left alone unless the data file changed it, and then a new version is published — unless a curator has
 * published a version of their own since, which is kept and reported, never silently overwritten.
 */
@Component
// not in the operator's command line (java -jar tandem.jar audit ...), which must not write
@ConditionalOnWebApplication
class PaperImport {

	static final String PAPER = "knowledge/ran-health-overview.json";
	static final String RULES = "knowledge/relevance-rules.json";

	private static final Logger log = LoggerFactory.getLogger(PaperImport.class);

	/** What one import did, in numbers. */
	record Report(int added, int updated, int unchanged, List<String> keptCuratorVersions, int rulesAdded) {

		String summary() {
			return "%d items added, %d updated from the data file, %d unchanged, %d kept as curators published them; %d relevance rules added"
				.formatted(added, updated, unchanged, keptCuratorVersions.size(), rulesAdded);
		}
	}

	private final KnowledgeStore store;
	private final RelevanceRules rules;
	private final JdbcClient jdbc;
	private final Clock clock;
	private final JsonMapper json = JsonMapper.builder().build();

	PaperImport(KnowledgeStore store, RelevanceRules rules, JdbcClient jdbc, Clock clock) {
		this.store = store;
		this.rules = rules;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Transactional
	public void atStart() {
		var report = run(read(PAPER), read(RULES));
		log.info("Knowledge library loaded from the paper's data file: {}", report.summary());
		if (!report.keptCuratorVersions().isEmpty()) {
			log.warn("The data file changed items that curators had edited; their versions stay published: {}",
					report.keptCuratorVersions());
		}
	}

	@Transactional
	Report run(JsonNode paper, JsonNode seedRules) {
		// two nodes starting at once import one after the other
		jdbc.sql("select pg_advisory_xact_lock(hashtext('knowledge.paper-import'))").query().singleValue();
		// one read of what is there, not one query per item of the file at every start
		var tally = new Tally(store.itemsByKey());
		var position = 0;
		for (var theme : paper.required("themes")) {
			var themeKey = text(theme, "key");
			importItem(ItemType.THEME, themeKey, new ItemContent(null, null, null, required(theme, "title"), text(theme, "summary"),
					null, null, null, null, null, null, null, null, null, text(theme, "source_url"), null, List.of()), theme, ++position, tally);
			for (var subtheme : theme.required("subthemes")) {
				var subthemeKey = text(subtheme, "key");
				var withoutItems = subtheme.deepCopy();
				((tools.jackson.databind.node.ObjectNode) withoutItems).remove("items");
				importItem(ItemType.SUBTHEME, subthemeKey, new ItemContent(themeKey, null, null, required(subtheme, "title"),
						text(subtheme, "summary"), null, null, null, null, null, null, null, null, null, text(subtheme, "source_url"), null,
						List.of()), withoutItems, ++position, tally);
				for (var item : subtheme.required("items")) {
					var type = ItemType.fromApiName(required(item, "type"))
						.orElseThrow(() -> new IllegalStateException(PAPER + ": item " + text(item, "key") + " has an unknown type"));
					importItem(type, required(item, "key"), content(type, themeKey, subthemeKey, item), item, ++position, tally);
				}
			}
		}
		importChecklists(paper);
		var rulesAdded = 0;
		for (var rule : seedRules.required("rules")) {
			if (rules.seed(required(rule, "attribute"), required(rule, "item"), required(rule, "why"))) {
				rulesAdded++;
			}
		}
		if (tally.added + tally.updated > 0) {
			store.refreshWords();
		}
		return new Report(tally.added, tally.updated, tally.unchanged, List.copyOf(tally.kept), rulesAdded);
	}

	private static final class Tally {
		final Map<String, StoredItem> existing;
		int added;
		int updated;
		int unchanged;
		final List<String> kept = new ArrayList<>();

		Tally(Map<String, StoredItem> existing) {
			this.existing = existing;
		}
	}

	private void importItem(ItemType type, String key, ItemContent content, JsonNode source, int position, Tally tally) {
		var hash = hash(type + "|" + source);
		var now = clock.instant();
		var existing = Optional.ofNullable(tally.existing.get(key));
		if (existing.isEmpty()) {
			var item = new StoredItem(UUID.randomUUID(), key, type, Origin.PAPER, position, 1, hash);
			store.insert(item, now);
			store.insert(new ItemVersion(item.id(), 1, Status.PUBLISHED, content, "From the RAN HEALTH overview paper", null, now,
					null, null, null, null));
			tally.added++;
			return;
		}
		var item = existing.get();
		if (hash.equals(item.importedHash())) {
			tally.unchanged++;
			return;
		}
		if (store.openVersion(item.id()).isPresent()) {
			// a curator is changing it: publishing the file's version now would be undone by theirs; the next start tries again
			tally.kept.add(key);
			return;
		}
		var published = item.publishedVersion() == null ? null : store.version(item.id(), item.publishedVersion()).orElse(null);
		if (published != null && !published.fromPaper()) {
			tally.kept.add(key);
		}
		else {
			var number = store.nextVersion(item.id());
			store.insert(new ItemVersion(item.id(), number, Status.PUBLISHED, content, "Updated from the paper's data file", null, now,
					null, null, null, null));
			store.makePublished(item.id(), number);
			tally.updated++;
		}
		store.importedHash(item.id(), hash);
	}

	private ItemContent content(ItemType type, String themeKey, String subthemeKey, JsonNode item) {
		var key = required(item, "key");
		var titled = type.titled();
		var content = new ItemContent(themeKey, subthemeKey, text(item, "section"), titled ? required(item, "title") : null,
				titled ? text(item, "summary") : required(item, "text"), enumValue(MeetingKind.class, text(item, "kind")),
				text(item, "working_group"), date(item, "start_date"), date(item, "end_date"),
				enumValue(DatePrecision.class, text(item, "date_precision")), text(item, "place"), text(item, "country"),
				text(item, "country_code"), enumValue(Scope.class, text(item, "scope")), text(item, "source_url"),
				type == ItemType.OPEN_QUESTION ? QuestionStatus.OPEN : null, List.of());
		if (type == ItemType.MEETING && content.startDate() == null) {
			throw new IllegalStateException(PAPER + ": meeting " + key + " has no start_date");
		}
		return content;
	}

	private void importChecklists(JsonNode paper) {
		for (var checklist : paper.path("checklists")) {
			var key = required(checklist, "key");
			jdbc.sql("""
					insert into knowledge.checklist (key, title, source_item_key, hint_source) values (:key, :title, :source, :hints)
					on conflict (key) do update set title = excluded.title, source_item_key = excluded.source_item_key,
					    hint_source = excluded.hint_source""")
				.param("key", key).param("title", required(checklist, "title")).param("source", required(checklist, "source_item"))
				.param("hints", text(checklist, "hint_source")).update();
			jdbc.sql("delete from knowledge.checklist_step where checklist_key = :key").param("key", key).update();
			var position = 0;
			for (var step : checklist.required("steps")) {
				jdbc.sql("""
						insert into knowledge.checklist_step (checklist_key, position, key, text, hint)
						values (:checklist, :position, :key, :text, :hint)""")
					.param("checklist", key).param("position", ++position).param("key", required(step, "key"))
					.param("text", required(step, "text")).param("hint", text(step, "hint")).update();
			}
		}
	}

	private JsonNode read(String resource) {
		try (InputStream in = new ClassPathResource(resource).getInputStream()) {
			return json.readTree(in);
		}
		catch (IOException e) {
			throw new IllegalStateException("Cannot read " + resource + " from the classpath", e);
		}
	}

	private static @Nullable String text(JsonNode node, String field) {
		var value = node.get(field);
		return value == null || value.isNull() || value.asString().isBlank() ? null : value.asString().strip();
	}

	private static String required(JsonNode node, String field) {
		var value = text(node, field);
		if (value == null) {
			throw new IllegalStateException("The knowledge data file lacks \"" + field + "\" in " + node.toString()
				.substring(0, Math.min(120, node.toString().length())));
		}
		return value;
	}

	private static @Nullable LocalDate date(JsonNode node, String field) {
		var value = text(node, field);
		return value == null ? null : LocalDate.parse(value);
	}

	private static <E extends Enum<E>> @Nullable E enumValue(Class<E> type, @Nullable String value) {
		return value == null ? null : Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
	}

	private static String hash(String content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException(impossible);
		}
	}
}
