package eu.tandem.knowledge;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The library's tables: items, their versions, the words for typo suggestions, synonyms. */
@Repository
class KnowledgeStore {

	private static final String VERSION_COLUMNS = """
			v.item_id, v.number, v.status, v.theme_key, v.subtheme_key, v.section, v.title, v.body, v.kind, v.working_group,
			v.start_date, v.end_date, v.date_precision, v.place, v.country, v.country_code, v.scope, v.source_url,
			v.question_status, v.meeting_keys, v.change_note, v.written_by, v.written_at, v.submitted_at, v.reviewed_by,
			v.reviewed_at, v.review_note""";

	/** The columns of a published item with its theme's and subtheme's published titles. */
	static final String PUBLISHED_COLUMNS = """
			i.id, i.key, i.type, i.origin, i.position, i.published_version, i.imported_hash, %s,
			(select tv.title from knowledge.item t join knowledge.item_version tv on tv.item_id = t.id and tv.number = t.published_version
			  where t.key = v.theme_key) as theme_title,
			(select sv.title from knowledge.item s join knowledge.item_version sv on sv.item_id = s.id and sv.number = s.published_version
			  where s.key = v.subtheme_key) as subtheme_title""".formatted(VERSION_COLUMNS);

	static final String PUBLISHED_FROM = """
			knowledge.item i join knowledge.item_version v on v.item_id = i.id and v.number = i.published_version""";

	static final String PUBLISHED = "select " + PUBLISHED_COLUMNS + " from " + PUBLISHED_FROM + "\n";

	private final JdbcClient jdbc;

	KnowledgeStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<StoredItem> item(String key) {
		return jdbc.sql("select * from knowledge.item where key = :key").param("key", key).query(KnowledgeStore::item).optional();
	}

	Optional<StoredItem> item(UUID id) {
		return jdbc.sql("select * from knowledge.item where id = :id").param("id", id).query(KnowledgeStore::item).optional();
	}

	Map<String, StoredItem> itemsByKey() {
		var items = new LinkedHashMap<String, StoredItem>();
		jdbc.sql("select * from knowledge.item order by position").query(KnowledgeStore::item).list()
			.forEach(item -> items.put(item.key(), item));
		return items;
	}

	int nextPosition() {
		return jdbc.sql("select coalesce(max(position), 0) + 1 from knowledge.item").query(Integer.class).single();
	}

	void insert(StoredItem item, Instant at) {
		jdbc.sql("""
				insert into knowledge.item (id, key, type, origin, position, published_version, imported_hash, created_at)
				values (:id, :key, :type, :origin, :position, :published, :hash, :at)""")
			.param("id", item.id()).param("key", item.key()).param("type", item.type().name())
			.param("origin", item.origin().name()).param("position", item.position())
			.param("published", item.publishedVersion()).param("hash", item.importedHash())
			.param("at", Timestamp.from(at)).update();
	}

	void insert(ItemVersion version) {
		var c = version.content();
		jdbc.sql("""
				insert into knowledge.item_version (item_id, number, status, theme_key, subtheme_key, section, title, body, kind,
				    working_group, start_date, end_date, date_precision, place, country, country_code, scope, source_url,
				    question_status, meeting_keys, context, change_note, written_by, written_at, submitted_at)
				values (:item, :number, :status, :theme, :subtheme, :section, :title, :body, :kind, :group, :start, :end,
				    :precision, :place, :country, :countryCode, :scope, :source, :questionStatus, :meetings, :context, :note,
				    :writtenBy, :writtenAt, :submittedAt)""")
			.param("item", version.itemId()).param("number", version.number()).param("status", version.status().name())
			.param("theme", c.themeKey()).param("subtheme", c.subthemeKey()).param("section", c.section())
			.param("title", c.title()).param("body", c.body()).param("kind", name(c.kind()))
			.param("group", c.workingGroup()).param("start", date(c.startDate())).param("end", date(c.endDate()))
			.param("precision", name(c.datePrecision())).param("place", c.place()).param("country", c.country())
			.param("countryCode", c.countryCode()).param("scope", name(c.scope())).param("source", c.sourceUrl())
			.param("questionStatus", name(c.questionStatus())).param("meetings", c.meetingKeys().toArray(String[]::new))
			.param("context", context(c)).param("note", version.changeNote()).param("writtenBy", version.writtenBy())
			.param("writtenAt", Timestamp.from(version.writtenAt()))
			.param("submittedAt", version.submittedAt() == null ? null : Timestamp.from(version.submittedAt()))
			.update();
	}

	/** The titles of the item's theme and subtheme, searched with the lowest weight. */
	private @Nullable String context(ItemContent content) {
		var titles = jdbc.sql("""
				select v.title from knowledge.item i join knowledge.item_version v on v.item_id = i.id and v.number = i.published_version
				 where i.key in (:theme, :subtheme)""")
			.param("theme", content.themeKey() == null ? "" : content.themeKey())
			.param("subtheme", content.subthemeKey() == null ? "" : content.subthemeKey())
			.query(String.class).list();
		return titles.isEmpty() ? null : String.join(" ", titles);
	}

	List<ItemVersion> versions(UUID item) {
		return jdbc.sql("select " + VERSION_COLUMNS + " from knowledge.item_version v where v.item_id = :item order by v.number desc")
			.param("item", item).query(KnowledgeStore::version).list();
	}

	Optional<ItemVersion> version(UUID item, int number) {
		return jdbc.sql("select " + VERSION_COLUMNS + " from knowledge.item_version v where v.item_id = :item and v.number = :number")
			.param("item", item).param("number", number).query(KnowledgeStore::version).optional();
	}

	Optional<ItemVersion> openVersion(UUID item) {
		return jdbc.sql("select " + VERSION_COLUMNS + " from knowledge.item_version v where v.item_id = :item and v.status in ('DRAFT', 'IN_REVIEW')")
			.param("item", item).query(KnowledgeStore::version).optional();
	}

	int nextVersion(UUID item) {
		return jdbc.sql("select coalesce(max(number), 0) + 1 from knowledge.item_version where item_id = :item").param("item", item)
			.query(Integer.class).single();
	}

	/** Changes an open version's status; false when it was no longer in {@code from} (someone else acted first). */
	boolean move(UUID item, int number, Status from, Status to, @Nullable UUID reviewer, @Nullable String note, Instant at) {
		return jdbc.sql("""
				update knowledge.item_version
				   set status = :to,
				       submitted_at = case when :to = 'IN_REVIEW' then :at else submitted_at end,
				       reviewed_by = case when :to in ('PUBLISHED', 'RETURNED') then :reviewer else reviewed_by end,
				       reviewed_at = case when :to in ('PUBLISHED', 'RETURNED') then :at else reviewed_at end,
				       review_note = case when :to in ('PUBLISHED', 'RETURNED') then :note else review_note end
				 where item_id = :item and number = :number and status = :from""")
			.param("to", to.name()).param("from", from.name()).param("at", Timestamp.from(at)).param("reviewer", reviewer)
			.param("note", note).param("item", item).param("number", number).update() == 1;
	}

	/** Makes {@code number} the version the public sees; the one it replaces is kept as superseded. */
	void makePublished(UUID item, int number) {
		jdbc.sql("""
				update knowledge.item_version set status = 'SUPERSEDED'
				 where item_id = :item and status = 'PUBLISHED' and number <> :number""")
			.param("item", item).param("number", number).update();
		jdbc.sql("update knowledge.item set published_version = :number where id = :item").param("item", item)
			.param("number", number).update();
		// a renamed theme or subtheme: the items under it are found by the new title, whoever published it
		item(item).filter(published -> published.type() == ItemType.THEME || published.type() == ItemType.SUBTHEME)
			.ifPresent(published -> refreshContextUnder(published.key()));
	}

	void importedHash(UUID item, String hash) {
		jdbc.sql("update knowledge.item set imported_hash = :hash where id = :item").param("item", item).param("hash", hash).update();
	}

	List<LibraryEntry> published() {
		return jdbc.sql(PUBLISHED + " order by i.position").query(KnowledgeStore::entry).list();
	}

	Optional<LibraryEntry> published(String key) {
		return jdbc.sql(PUBLISHED + " where i.key = :key").param("key", key).query(KnowledgeStore::entry).optional();
	}

	/** Versions returned to their writer (or withdrawn) that are still the latest of their item, newest first. */
	List<ItemVersion> latestReturnedTo(UUID writer) {
		return jdbc.sql("select " + VERSION_COLUMNS + """
				  from knowledge.item_version v
				 where v.status = 'RETURNED' and v.written_by = :writer
				   and v.number = (select max(number) from knowledge.item_version w where w.item_id = v.item_id)
				 order by v.reviewed_at desc nulls last""")
			.param("writer", writer).query(KnowledgeStore::version).list();
	}

	/** The newest version of an item, whatever its state. */
	Optional<ItemVersion> latestVersion(UUID item) {
		return jdbc.sql("select " + VERSION_COLUMNS + " from knowledge.item_version v where v.item_id = :item order by v.number desc limit 1")
			.param("item", item).query(KnowledgeStore::version).optional();
	}

	/** Items with a version waiting for review or a draft, newest first. */
	List<UUID> withOpenVersions() {
		return jdbc.sql("select item_id from knowledge.item_version where status in ('DRAFT', 'IN_REVIEW') order by written_at desc")
			.query(UUID.class).list();
	}

	/** After a theme or subtheme is renamed: the items under it are found by its new title. */
	private void refreshContextUnder(String key) {
		jdbc.sql("""
				update knowledge.item_version v
				   set context = (select string_agg(tv.title, ' ')
				                    from knowledge.item t join knowledge.item_version tv on tv.item_id = t.id and tv.number = t.published_version
				                   where t.key in (v.theme_key, v.subtheme_key))
				 where v.theme_key = :key or v.subtheme_key = :key""")
			.param("key", key).update();
	}

	/** Recomputes the words of everything published, after an import or a publication. */
	void refreshWords() {
		// two publications (or a publication during the start-up import) rebuild the words one after the other
		jdbc.sql("select pg_advisory_xact_lock(hashtext('knowledge.words'))").query().singleValue();
		jdbc.sql("delete from knowledge.word").update();
		jdbc.sql("""
				insert into knowledge.word (word)
				select distinct lower(w)
				  from knowledge.item i join knowledge.item_version v on v.item_id = i.id and v.number = i.published_version,
				       regexp_split_to_table(concat_ws(' ', v.title, v.body, v.working_group, v.country, v.place), '[^[:alnum:]/]+') w
				 where length(w) >= 3""").update();
	}


	/** A word too common to search for ("the", "whom"): PostgreSQL's English stop words. */
	boolean isStopWord(String word) {
		return jdbc.sql("select numnode(plainto_tsquery('english', :word)) = 0").param("word", word).query(Boolean.class).single();
	}

	/** Whether any published item mentions the word, in any of its forms ("assessments" finds "assessment"). */
	boolean matchesAnything(String word) {
		return jdbc.sql("select exists (select 1 from " + PUBLISHED_FROM + " where v.document @@ plainto_tsquery('english', :word))")
			.param("word", word).query(Boolean.class).single();
	}

	/** The published word most like one typed with a typo, if any is alike enough. */
	Optional<String> nearestWord(String word) {
		return jdbc.sql("""
				select word from knowledge.word
				 where word operator(knowledge.%) :word
				 order by knowledge.similarity(word, :word) desc, abs(length(word) - length(:word)), word
				 limit 1""")
			.param("word", word).query(String.class).optional();
	}

	/** Synonym groups: each term with every term of its group. */
	Map<String, List<String>> synonymGroups() {
		var groups = new LinkedHashMap<String, List<String>>();
		jdbc.sql("select group_name, term from knowledge.synonym order by group_name, term")
			.query((rs, row) -> Map.entry(rs.getString(1), rs.getString(2))).list()
			.forEach(entry -> groups.computeIfAbsent(entry.getKey(), group -> new ArrayList<>()).add(entry.getValue()));
		return groups;
	}

	private static @Nullable String name(@Nullable Enum<?> value) {
		return value == null ? null : value.name();
	}

	private static @Nullable Date date(java.time.@Nullable LocalDate value) {
		return value == null ? null : Date.valueOf(value);
	}

	static StoredItem item(ResultSet rs, int row) throws SQLException {
		return new StoredItem(rs.getObject("id", UUID.class), rs.getString("key"), ItemType.valueOf(rs.getString("type")),
				Origin.valueOf(rs.getString("origin")), rs.getInt("position"), (Integer) rs.getObject("published_version"),
				rs.getString("imported_hash"));
	}

	static ItemVersion version(ResultSet rs, int row) throws SQLException {
		var content = new ItemContent(rs.getString("theme_key"), rs.getString("subtheme_key"), rs.getString("section"),
				rs.getString("title"), rs.getString("body"), value(MeetingKind.class, rs.getString("kind")), rs.getString("working_group"),
				localDate(rs.getDate("start_date")), localDate(rs.getDate("end_date")),
				value(DatePrecision.class, rs.getString("date_precision")), rs.getString("place"), rs.getString("country"),
				rs.getString("country_code"), value(Scope.class, rs.getString("scope")), rs.getString("source_url"),
				value(QuestionStatus.class, rs.getString("question_status")), strings(rs.getArray("meeting_keys")));
		return new ItemVersion(rs.getObject("item_id", UUID.class), rs.getInt("number"), Status.valueOf(rs.getString("status")),
				content, rs.getString("change_note"), rs.getObject("written_by", UUID.class), instant(rs.getTimestamp("written_at")),
				instant(rs.getTimestamp("submitted_at")), rs.getObject("reviewed_by", UUID.class), instant(rs.getTimestamp("reviewed_at")),
				rs.getString("review_note"));
	}

	static LibraryEntry entry(ResultSet rs, int row) throws SQLException {
		return new LibraryEntry(item(rs, row), version(rs, row), rs.getString("theme_title"), rs.getString("subtheme_title"));
	}

	private static <E extends Enum<E>> @Nullable E value(Class<E> type, @Nullable String name) {
		return name == null ? null : Enum.valueOf(type, name);
	}

	private static java.time.@Nullable LocalDate localDate(@Nullable Date date) {
		return date == null ? null : date.toLocalDate();
	}

	private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

	private static List<String> strings(@Nullable Array array) throws SQLException {
		return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
	}
}
