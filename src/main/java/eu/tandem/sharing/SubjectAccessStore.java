package eu.tandem.sharing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import eu.tandem.hub.DataCategory;
import eu.tandem.hub.HubId;
import eu.tandem.identity.AgencyId;
import eu.tandem.identity.UserId;
import eu.tandem.vault.SealedContent;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Subject access requests and the decisions about their entries, in {@code sharing.subject_access_*}. */
@Repository
class SubjectAccessStore {

	enum Status {
		DRAFT, FINAL
	}

	enum Decision {
		/** Goes into the answer. */
		INCLUDED,
		/** Withheld by the rule until the recording agency or an officer decides; finalising waits for it. */
		PENDING,
		/** Withheld, with the ground and whether the person may be told. */
		WITHHELD,
		/** Withheld by the rule and released. */
		RELEASED
	}

	record StoredRequest(UUID id, @Nullable UUID person, HubId hub, Status status, UserId startedBy, Instant startedAt,
			@Nullable Instant compiledAt, @Nullable UserId finalisedBy, @Nullable Instant finalisedAt, @Nullable SealedContent content,
			@Nullable Instant erasedAt, long version) {

		boolean draft() {
			return status == Status.DRAFT;
		}
	}

	record StoredEntry(UUID request, String key, String module, int position, String title, String kind,
			@Nullable Instant recordedAt, @Nullable AgencyId recordingAgency,
			@Nullable UserId author, @Nullable DataCategory category, boolean withheldByDefault, Decision decision,
			@Nullable String ground, @Nullable Boolean tellPerson, @Nullable UserId decidedBy, @Nullable Instant decidedAt,
			SubjectAccessRules.@Nullable Decider decidedAs, long version) {
	}

	private final JdbcClient jdbc;

	SubjectAccessStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Opens a draft, unless one is open for the person in the hub: then false, after waiting for the transaction that
	 * opened it, so that two starts at the same moment make one draft and the second learns of the first.
	 */
	boolean insertDraft(UUID id, UUID person, HubId hub, UserId by, Instant now) {
		return jdbc.sql("""
				insert into sharing.subject_access_request (id, person_id, hub_id, status, started_by, started_at)
				values (:id, :person, :hub, 'DRAFT', :by, :now)
				on conflict (person_id, hub_id) where status = 'DRAFT' do nothing
				""")
			.param("id", id).param("person", person).param("hub", hub.value()).param("by", by.value())
			.param("now", Timestamp.from(now)).update() == 1;
	}

	Optional<StoredRequest> openDraft(UUID person, HubId hub) {
		return jdbc.sql("select * from sharing.subject_access_request where person_id = :person and hub_id = :hub and status = 'DRAFT'")
			.param("person", person).param("hub", hub.value()).query((rs, n) -> request(rs)).optional();
	}

	void storeCompiled(UUID id, SealedContent content, Instant compiledAt) {
		jdbc.sql("""
				update sharing.subject_access_request set key_id = :key, content = :content, compiled_at = :at, version = version + 1
				 where id = :id
				""")
			.param("id", id).param("key", content.keyId()).param("content", content.ciphertext()).param("at", Timestamp.from(compiledAt))
			.update();
	}

	void insertEntry(UUID request, String key, String module, int position, String title, String kind, @Nullable Instant recordedAt,
			@Nullable AgencyId agency, @Nullable UserId author, @Nullable DataCategory category, boolean withheldByDefault) {
		jdbc.sql("""
				insert into sharing.subject_access_entry (request_id, entry_key, module, position, title, kind, recorded_at,
				                                          recording_agency_id, author_id, category, withheld_by_default, decision)
				values (:request, :key, :module, :position, :title, :kind, :recordedAt, :agency, :author, :category, :withheld,
				        :decision)
				""")
			.param("request", request).param("key", key).param("module", module).param("position", position)
			.param("title", title).param("kind", kind).param("recordedAt", recordedAt == null ? null : Timestamp.from(recordedAt))
			.param("agency", agency == null ? null : agency.value()).param("author", author == null ? null : author.value())
			.param("category", category == null ? null : category.name()).param("withheld", withheldByDefault)
			.param("decision", (withheldByDefault ? Decision.PENDING : Decision.INCLUDED).name())
			.update();
	}

	Optional<StoredRequest> byId(UUID id) {
		return jdbc.sql("select * from sharing.subject_access_request where id = :id").param("id", id)
			.query((rs, n) -> request(rs)).optional();
	}

	/** The request, locked until the end of the transaction: decisions and finalising wait for each other. */
	Optional<StoredRequest> lock(UUID id) {
		return jdbc.sql("select * from sharing.subject_access_request where id = :id for update").param("id", id)
			.query((rs, n) -> request(rs)).optional();
	}

	List<StoredEntry> entries(UUID request) {
		return jdbc.sql("select * from sharing.subject_access_entry where request_id = :request order by position")
			.param("request", request).query((rs, n) -> entry(rs)).list();
	}

	/** An entry by its place in the request: what addresses name, so that no record's identifier is in them. */
	Optional<StoredEntry> entry(UUID request, int position) {
		return jdbc.sql("select * from sharing.subject_access_entry where request_id = :request and position = :position")
			.param("request", request).param("position", position).query((rs, n) -> entry(rs)).optional();
	}

	/** Records a decision unless someone decided since the decider read the entry: then false. */
	boolean decide(UUID request, String key, Decision decision, String ground, @Nullable Boolean tell, UserId by, Instant at,
			SubjectAccessRules.Decider as, long expectedVersion) {
		return jdbc.sql("""
				update sharing.subject_access_entry
				   set decision = :decision, ground = :ground, tell_person = :tell, decided_by = :by, decided_at = :at,
				       decided_as = :as, version = version + 1
				 where request_id = :request and entry_key = :key and version = :version
				""")
			.param("request", request).param("key", key).param("decision", decision.name()).param("ground", ground)
			.param("tell", tell).param("by", by.value()).param("at", Timestamp.from(at)).param("as", as.name())
			.param("version", expectedVersion).update() == 1;
	}

	void finalise(UUID id, SealedContent answer, UserId by, Instant at) {
		jdbc.sql("""
				update sharing.subject_access_request
				   set status = 'FINAL', key_id = :key, content = :content, finalised_by = :by, finalised_at = :at, version = version + 1
				 where id = :id and status = 'DRAFT'
				""")
			.param("id", id).param("key", answer.keyId()).param("content", answer.ciphertext()).param("by", by.value())
			.param("at", Timestamp.from(at)).update();
	}

	/** The requests of these hubs, newest first. */
	List<StoredRequest> ofHubs(Collection<HubId> hubs) {
		if (hubs.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select * from sharing.subject_access_request where hub_id = any(:hubs) order by started_at desc, id")
			.param("hubs", hubs.stream().map(HubId::value).toArray(UUID[]::new)).query((rs, n) -> request(rs)).list();
	}

	/** The requests about any of these person records in these hubs, oldest first. */
	List<StoredRequest> about(Collection<UUID> persons, Collection<HubId> hubs) {
		if (persons.isEmpty() || hubs.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select * from sharing.subject_access_request where person_id = any(:persons) and hub_id = any(:hubs)
				 order by started_at, id
				""")
			.param("persons", persons.toArray(UUID[]::new)).param("hubs", hubs.stream().map(HubId::value).toArray(UUID[]::new))
			.query((rs, n) -> request(rs)).list();
	}

	/** Entries waiting for a decision in open drafts, recorded by this agency. */
	List<StoredEntry> pendingOf(AgencyId agency) {
		return jdbc.sql("""
				select e.* from sharing.subject_access_entry e join sharing.subject_access_request r on r.id = e.request_id
				 where e.recording_agency_id = :agency and e.decision = 'PENDING' and r.status = 'DRAFT'
				 order by r.started_at, e.position
				""")
			.param("agency", agency.value()).query((rs, n) -> entry(rs)).list();
	}

	/** The requests about a person in a hub, or anywhere when {@code hub} is null: what an erasure must reach. */
	List<UUID> ofPerson(UUID person, @Nullable HubId hub) {
		return jdbc.sql("select id from sharing.subject_access_request where person_id = :person"
				+ (hub == null ? "" : " and hub_id = :hub"))
			.param("person", person).param("hub", hub == null ? null : hub.value()).query(UUID.class).list();
	}

	/**
	 * Erases what a request holds about the person: a draft goes whole; an answered request keeps a pseudonymous row
	 * (hub, who started and finalised it, when) so that the requests answered can still be counted.
	 */
	void erase(UUID id, Instant now) {
		jdbc.sql("delete from sharing.subject_access_entry where request_id = :id").param("id", id).update();
		jdbc.sql("delete from sharing.subject_access_request where id = :id and status = 'DRAFT'").param("id", id).update();
		jdbc.sql("""
				update sharing.subject_access_request set person_id = null, key_id = null, content = null, erased_at = :now,
				       version = version + 1
				 where id = :id
				""")
			.param("id", id).param("now", Timestamp.from(now)).update();
	}

	/** Requests whose content another key than the current one sealed, a page at a time. */
	List<StoredRequest> sealedWithOtherKey(String current, int limit) {
		return jdbc.sql("select * from sharing.subject_access_request where key_id <> :key order by id limit :limit")
			.param("key", current).param("limit", limit).query((rs, n) -> request(rs)).list();
	}

	void reseal(UUID id, SealedContent content) {
		jdbc.sql("update sharing.subject_access_request set key_id = :key, content = :content where id = :id")
			.param("id", id).param("key", content.keyId()).param("content", content.ciphertext()).update();
	}

	private static StoredRequest request(ResultSet rs) throws SQLException {
		var key = rs.getString("key_id");
		var finalisedBy = rs.getObject("finalised_by", UUID.class);
		return new StoredRequest(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class),
				new HubId(rs.getObject("hub_id", UUID.class)), Status.valueOf(rs.getString("status")),
				new UserId(rs.getObject("started_by", UUID.class)), rs.getTimestamp("started_at").toInstant(),
				instant(rs, "compiled_at"), finalisedBy == null ? null : new UserId(finalisedBy), instant(rs, "finalised_at"),
				key == null ? null : new SealedContent(key, rs.getBytes("content")), instant(rs, "erased_at"), rs.getLong("version"));
	}

	private static StoredEntry entry(ResultSet rs) throws SQLException {
		var agency = rs.getObject("recording_agency_id", UUID.class);
		var author = rs.getObject("author_id", UUID.class);
		var category = rs.getString("category");
		var tell = rs.getObject("tell_person", Boolean.class);
		var decidedBy = rs.getObject("decided_by", UUID.class);
		var as = rs.getString("decided_as");
		return new StoredEntry(rs.getObject("request_id", UUID.class), rs.getString("entry_key"), rs.getString("module"),
				rs.getInt("position"), rs.getString("title"), rs.getString("kind"), instant(rs, "recorded_at"), agency == null ? null : new AgencyId(agency), author == null ? null : new UserId(author),
				category == null ? null : DataCategory.valueOf(category), rs.getBoolean("withheld_by_default"),
				Decision.valueOf(rs.getString("decision")), rs.getString("ground"), tell,
				decidedBy == null ? null : new UserId(decidedBy), instant(rs, "decided_at"),
				as == null ? null : SubjectAccessRules.Decider.valueOf(as), rs.getLong("version"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		var timestamp = rs.getTimestamp(column);
		return timestamp == null ? null : timestamp.toInstant();
	}
}
