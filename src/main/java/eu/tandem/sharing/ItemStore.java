package eu.tandem.sharing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import eu.tandem.casework.CaseId;
import eu.tandem.hub.DataCategory;
import eu.tandem.identity.AgencyId;
import eu.tandem.identity.UserId;
import eu.tandem.vault.SealedContent;
import eu.tandem.web.Language;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Items and their revisions in the {@code sharing} schema; content only ever as sealed bytes. */
@Repository
class ItemStore {

	/**
	 * An item as stored: the facts the policy needs, the sealed content and the language it is written in (none for
	 * items recorded before the language was asked).
	 */
	record StoredItem(ItemId id, CaseId caseId, DataCategory category, ItemKind kind, AgencyId sourceAgency, UserId author,
			Instant recordedAt, SealedContent content, @Nullable Language language, int revision, Instant changedAt,
			long version) {

		NeedToKnow.ItemFacts facts() {
			return new NeedToKnow.ItemFacts(category, sourceAgency, author);
		}
	}

	record StoredRevision(int revision, SealedContent content, Instant writtenAt, Instant replacedAt, UserId replacedBy,
			String reason) {
	}

	private final JdbcClient jdbc;

	ItemStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(ItemId id, CaseId caseId, DataCategory category, ItemKind kind, AgencyId source, UserId author,
			SealedContent content, Language language, Instant now) {
		jdbc.sql("""
				insert into sharing.item (id, case_id, category, kind, source_agency_id, author_id, recorded_at, key_id,
				                          content, language, changed_at)
				values (:id, :case, :category, :kind, :source, :author, :now, :key, :content, :language, :now)
				""")
			.param("id", id.value()).param("case", caseId.value()).param("category", category.name())
			.param("kind", kind.name()).param("source", source.value()).param("author", author.value())
			.param("now", Timestamp.from(now)).param("key", content.keyId()).param("content", content.ciphertext())
			.param("language", language.code()).update();
	}

	Optional<StoredItem> byId(ItemId id) {
		return jdbc.sql("select * from sharing.item where id = :id").param("id", id.value()).query((rs, n) -> row(rs)).optional();
	}

	/** What the policy needs to know of these items, in one reading of the database; nothing of their content. */
	Map<ItemId, NeedToKnow.ItemFacts> factsOf(Collection<ItemId> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		var facts = new HashMap<ItemId, NeedToKnow.ItemFacts>();
		jdbc.sql("select id, category, source_agency_id, author_id from sharing.item where id = any(:ids)")
			.param("ids", ids.stream().map(ItemId::value).distinct().toArray(UUID[]::new))
			.query((rs, n) -> Map.entry(new ItemId(rs.getObject("id", UUID.class)), new NeedToKnow.ItemFacts(
					DataCategory.valueOf(rs.getString("category")), new AgencyId(rs.getObject("source_agency_id", UUID.class)),
					new UserId(rs.getObject("author_id", UUID.class)))))
			.list()
			.forEach(entry -> facts.put(entry.getKey(), entry.getValue()));
		return facts;
	}

	List<StoredItem> ofCase(CaseId id) {
		return jdbc.sql("select * from sharing.item where case_id = :case order by recorded_at, id")
			.param("case", id.value()).query((rs, n) -> row(rs)).list();
	}

	/** The agencies that recorded information of this category in the case. */
	List<AgencyId> recordingAgencies(CaseId id, DataCategory category) {
		return jdbc.sql("select distinct source_agency_id from sharing.item where case_id = :case and category = :category")
			.param("case", id.value()).param("category", category.name())
			.query((rs, n) -> new AgencyId(rs.getObject(1, UUID.class))).list();
	}

	/**
	 * Replaces the content if nobody changed it since the editor read it; what was there before is kept as a
	 * revision. False when the version moved on.
	 */
	boolean rectify(StoredItem before, SealedContent content, UserId by, String reason, Instant now, long expectedVersion) {
		var updated = jdbc.sql("""
				update sharing.item set key_id = :key, content = :content, revision = revision + 1, changed_at = :now,
				       version = version + 1
				 where id = :id and version = :version
				""")
			.param("id", before.id().value()).param("key", content.keyId()).param("content", content.ciphertext())
			.param("now", Timestamp.from(now)).param("version", expectedVersion).update() == 1;
		if (updated) {
			jdbc.sql("""
					insert into sharing.item_revision (item_id, revision, key_id, content, written_at, replaced_at, replaced_by, reason)
					values (:id, :revision, :key, :content, :written, :now, :by, :reason)
					""")
				.param("id", before.id().value()).param("revision", before.revision())
				.param("key", before.content().keyId()).param("content", before.content().ciphertext())
				.param("written", Timestamp.from(before.changedAt())).param("now", Timestamp.from(now))
				.param("by", by.value()).param("reason", reason).update();
		}
		return updated;
	}

	List<StoredRevision> revisions(ItemId id) {
		return jdbc.sql("select * from sharing.item_revision where item_id = :id order by revision desc")
			.param("id", id.value())
			.query((rs, n) -> new StoredRevision(rs.getInt("revision"),
					new SealedContent(rs.getString("key_id"), rs.getBytes("content")),
					rs.getTimestamp("written_at").toInstant(), rs.getTimestamp("replaced_at").toInstant(),
					new UserId(rs.getObject("replaced_by", UUID.class)), rs.getString("reason")))
			.list();
	}

	/** For each item, the agencies its disclosures reach at this moment: not revoked, not expired. */
	Map<ItemId, Set<AgencyId>> disclosedTo(Collection<ItemId> items, Instant now) {
		var reach = new HashMap<ItemId, Set<AgencyId>>();
		if (items.isEmpty()) {
			return reach;
		}
		jdbc.sql("""
				select di.item_id, unnest(d.to_agencies) as agency
				  from sharing.disclosed_item di join sharing.disclosure d on d.id = di.disclosure_id
				 where di.item_id = any(:items) and d.revoked_at is null and (d.expires_at is null or d.expires_at > :now)
				""")
			.param("items", items.stream().map(ItemId::value).toArray(UUID[]::new)).param("now", Timestamp.from(now))
			.query((rs, n) -> Map.entry(new ItemId(rs.getObject("item_id", UUID.class)), new AgencyId(rs.getObject("agency", UUID.class))))
			.list()
			.forEach(entry -> reach.computeIfAbsent(entry.getKey(), id -> new HashSet<>()).add(entry.getValue()));
		return reach;
	}

	/** The items among these whose disclosure to the agency rests on a withdrawn consent and awaits review. */
	Set<ItemId> flaggedFor(Collection<ItemId> items, AgencyId agency) {
		if (items.isEmpty()) {
			return Set.of();
		}
		return Set.copyOf(jdbc.sql("""
				select distinct di.item_id from sharing.disclosed_item di join sharing.disclosure d on d.id = di.disclosure_id
				 where di.item_id = any(:items) and d.review_flagged_at is not null and d.revoked_at is null
				   and :agency = any(d.to_agencies)
				""")
			.param("items", items.stream().map(ItemId::value).toArray(UUID[]::new)).param("agency", agency.value())
			.query((rs, n) -> new ItemId(rs.getObject("item_id", UUID.class))).list());
	}

	/** Items sealed with another key than the current one, a page at a time: what a rotation has left to do. */
	List<StoredItem> sealedWithOtherKey(String current, int limit) {
		return jdbc.sql("select * from sharing.item where key_id <> :key order by id limit :limit")
			.param("key", current).param("limit", limit).query((rs, n) -> row(rs)).list();
	}

	/** Earlier versions sealed with another key than the current one, as (item, revision, sealed content). */
	List<Map.Entry<ItemId, StoredRevision>> revisionsSealedWithOtherKey(String current, int limit) {
		return jdbc.sql("select * from sharing.item_revision where key_id <> :key order by item_id, revision limit :limit")
			.param("key", current).param("limit", limit)
			.query((rs, n) -> Map.entry(new ItemId(rs.getObject("item_id", UUID.class)), new StoredRevision(rs.getInt("revision"),
					new SealedContent(rs.getString("key_id"), rs.getBytes("content")), rs.getTimestamp("written_at").toInstant(),
					rs.getTimestamp("replaced_at").toInstant(), new UserId(rs.getObject("replaced_by", UUID.class)), rs.getString("reason"))))
			.list();
	}

	void resealRevision(ItemId id, int revision, SealedContent content) {
		jdbc.sql("update sharing.item_revision set key_id = :key, content = :content where item_id = :item and revision = :revision")
			.param("item", id.value()).param("revision", revision).param("key", content.keyId()).param("content", content.ciphertext())
			.update();
	}

	void reseal(ItemId id, SealedContent content) {
		jdbc.sql("update sharing.item set key_id = :key, content = :content where id = :id")
			.param("id", id.value()).param("key", content.keyId()).param("content", content.ciphertext()).update();
	}

	private static StoredItem row(ResultSet rs) throws SQLException {
		return new StoredItem(new ItemId(rs.getObject("id", UUID.class)), new CaseId(rs.getObject("case_id", UUID.class)),
				DataCategory.valueOf(rs.getString("category")), ItemKind.valueOf(rs.getString("kind")),
				new AgencyId(rs.getObject("source_agency_id", UUID.class)), new UserId(rs.getObject("author_id", UUID.class)),
				rs.getTimestamp("recorded_at").toInstant(), new SealedContent(rs.getString("key_id"), rs.getBytes("content")),
				Language.ofCode(rs.getString("language")).orElse(null), rs.getInt("revision"),
				rs.getTimestamp("changed_at").toInstant(), rs.getLong("version"));
	}
}
