package eu.tandem.person;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import eu.tandem.hub.HubId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Person records in the {@code person} schema. */
@Repository
class PersonStore {

	private final JdbcClient jdbc;

	PersonStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(PersonId id, PersonDetails details, Instant now) {
		var dob = details.dateOfBirth();
		jdbc.sql("""
				insert into person.person (id, birth_year, birth_month, birth_day, sex, gender, languages, created_at, updated_at)
				values (:id, :year, :month, :day, :sex, :gender, :languages, :now, :now)
				""")
			.param("id", id.value())
			.param("year", dob == null ? null : dob.year())
			.param("month", dob == null ? null : dob.month())
			.param("day", dob == null ? null : dob.day())
			.param("sex", details.sex() == null ? null : details.sex().name())
			.param("gender", details.gender())
			.param("languages", details.languages().stream().sorted().toArray(String[]::new))
			.param("now", Timestamp.from(now))
			.update();
		var position = 0;
		for (var name : details.names()) {
			jdbc.sql("""
					insert into person.name (id, person_id, kind, given_names, surname, script, position)
					values (:id, :person, :kind, :given, :surname, :script, :position)
					""")
				.param("id", UUID.randomUUID()).param("person", id.value()).param("kind", name.kind().name())
				.param("given", name.givenNames()).param("surname", name.surname()).param("script", name.script())
				.param("position", position++)
				.update();
		}
		for (var address : details.addresses()) {
			jdbc.sql("""
					insert into person.address (id, person_id, street, postcode, locality, country, valid_from, valid_to)
					values (:id, :person, :street, :postcode, :locality, :country, :from, :to)
					""")
				.param("id", UUID.randomUUID()).param("person", id.value()).param("street", address.street())
				.param("postcode", address.postcode()).param("locality", address.locality()).param("country", address.country())
				.param("from", address.validFrom() == null ? null : Date.valueOf(address.validFrom()))
				.param("to", address.validTo() == null ? null : Date.valueOf(address.validTo()))
				.update();
		}
		for (var identifier : details.identifiers()) {
			jdbc.sql("insert into person.identifier (person_id, kind, value) values (:person, :kind, :value) on conflict do nothing")
				.param("person", id.value()).param("kind", identifier.kind()).param("value", identifier.value()).update();
		}
	}

	void link(PersonId person, HubId hub, Instant now) {
		jdbc.sql("insert into person.hub_link (person_id, hub_id, linked_at) values (:person, :hub, :now) on conflict do nothing")
			.param("person", person.value()).param("hub", hub.value()).param("now", Timestamp.from(now)).update();
	}

	Set<HubId> hubsOf(PersonId person) {
		return new LinkedHashSet<>(jdbc.sql("select hub_id from person.hub_link where person_id = :person")
			.param("person", person.value())
			.query((rs, row) -> new HubId(rs.getObject("hub_id", UUID.class))).list());
	}

	void relate(PersonId person, PersonId related, PersonRecord.Relation.Kind kind, String description) {
		jdbc.sql("""
				insert into person.relation (person_id, related_person_id, kind, description) values (:person, :related, :kind, :description)
				on conflict (person_id, related_person_id, kind) do update set description = excluded.description
				""")
			.param("person", person.value()).param("related", related.value()).param("kind", kind.name())
			.param("description", description).update();
	}

	/** Stores the person's blocking keys in every hub that knows them. */
	void replaceKeys(PersonId person, Set<String> keys) {
		jdbc.sql("delete from person.match_key where person_id = :person").param("person", person.value()).update();
		jdbc.sql("""
				insert into person.match_key (hub_id, key, person_id)
				select l.hub_id, wanted.key, l.person_id
				  from person.hub_link l cross join unnest(cast(:keys as text[])) as wanted(key)
				 where l.person_id = :person
				on conflict do nothing
				""")
			.param("person", person.value())
			.param("keys", keys.toArray(String[]::new))
			.update();
	}

	/**
	 * The hub's people who share blocking keys with the person looked for, those sharing most first. Keys are
	 * looked up within the hub, so no other hub's people take places. Each key contributes at most
	 * {@value #PER_KEY} people, so that a common name cannot make the query slow; the other keys of the same
	 * person still find them.
	 */
	List<PersonId> sharingKeys(HubId hub, Set<String> keys, int limit) {
		if (keys.isEmpty()) {
			return List.of();
		}
		// rank by shared keys over the key index alone; only the best few are checked for merges
		return jdbc.sql("""
				with hits as (
				    select hit.person_id, count(*) as shared
				      from unnest(cast(:keys as text[])) as wanted(key)
				      cross join lateral (select k.person_id from person.match_key k
				                           where k.hub_id = :hub and k.key = wanted.key limit :perKey) hit
				     group by hit.person_id
				     order by shared desc
				     limit :wide)
				select h.person_id from hits h
				  join person.person p on p.id = h.person_id and p.merged_into is null
				 order by h.shared desc
				 limit :limit
				""")
			.param("hub", hub.value())
			.param("keys", keys.toArray(String[]::new))
			.param("perKey", PER_KEY)
			.param("wide", limit * 4)
			.param("limit", limit)
			.query((rs, row) -> new PersonId(rs.getObject("person_id", UUID.class)))
			.list();
	}

	static final int PER_KEY = 1000;

	/**
	 * What the matcher needs of several people at once (names, date of birth, sex, addresses), in three
	 * queries however many there are.
	 */
	Map<PersonId, PersonDetails> forMatching(List<PersonId> people) {
		if (people.isEmpty()) {
			return Map.of();
		}
		var ids = people.stream().map(PersonId::value).toArray(UUID[]::new);
		var names = new HashMap<UUID, List<PersonName>>();
		jdbc.sql("""
				select n.person_id as owner, false as absorbed, n.person_id, n.position, n.kind, n.given_names, n.surname, n.script
				  from person.name n
				 where n.person_id = any(:ids)
				union all
				select p.merged_into, true, n.person_id, n.position, n.kind, n.given_names, n.surname, n.script
				  from person.person p join person.name n on n.person_id = p.id
				 where p.merged_into = any(:ids)
				 order by owner, absorbed, person_id, position
				""")
			.param("ids", ids)
			.query((rs, n) -> Map.entry(rs.getObject("owner", UUID.class), new PersonName(
					PersonName.Kind.valueOf(rs.getString("kind")), rs.getString("given_names"), rs.getString("surname"),
					rs.getString("script"))))
			.list()
			.forEach(entry -> names.computeIfAbsent(entry.getKey(), id -> new ArrayList<>()).add(entry.getValue()));
		var addresses = new HashMap<UUID, List<Address>>();
		jdbc.sql("select person_id, street, postcode, locality, country from person.address where person_id = any(:ids)")
			.param("ids", ids)
			.query((rs, n) -> Map.entry(rs.getObject("person_id", UUID.class), new Address(rs.getString("street"),
					rs.getString("postcode"), rs.getString("locality"), rs.getString("country"), null, null)))
			.list()
			.forEach(entry -> addresses.computeIfAbsent(entry.getKey(), id -> new ArrayList<>()).add(entry.getValue()));
		var details = new HashMap<PersonId, PersonDetails>();
		jdbc.sql("select * from person.person where id = any(:ids)")
			.param("ids", ids)
			.query((rs, n) -> Map.entry(new PersonId(rs.getObject("id", UUID.class)), row(rs)))
			.list()
			.forEach(entry -> {
				var id = entry.getKey().value();
				if (names.containsKey(id)) {
					var r = entry.getValue();
					details.put(entry.getKey(), new PersonDetails(names.get(id), r.dateOfBirth(), r.sex(), r.gender(),
							r.languages(), addresses.getOrDefault(id, List.of()), List.of()));
				}
			});
		return details;
	}

	/** Marks a merge; nothing of either record changes but the pointer. */
	void merge(UUID mergeId, PersonId survivor, PersonId merged, String reason, UUID by, Instant now) {
		jdbc.sql("update person.person set merged_into = :survivor, updated_at = :now, version = version + 1 where id = :merged")
			.param("survivor", survivor.value()).param("merged", merged.value()).param("now", Timestamp.from(now)).update();
		jdbc.sql("""
				insert into person.merge (id, survivor_id, merged_id, reason, merged_by, merged_at)
				values (:id, :survivor, :merged, :reason, :by, :now)
				""")
			.param("id", mergeId).param("survivor", survivor.value()).param("merged", merged.value())
			.param("reason", reason).param("by", by).param("now", Timestamp.from(now)).update();
	}

	Optional<MergeRow> openMerge(PersonId merged) {
		return jdbc.sql("select * from person.merge where merged_id = :merged and unmerged_at is null")
			.param("merged", merged.value())
			.query((rs, row) -> new MergeRow(rs.getObject("id", UUID.class), new PersonId(rs.getObject("survivor_id", UUID.class)),
					new PersonId(rs.getObject("merged_id", UUID.class)), rs.getString("reason")))
			.optional();
	}

	record MergeRow(UUID id, PersonId survivor, PersonId merged, String reason) {
	}

	void unmerge(MergeRow merge, String reason, UUID by, Instant now) {
		jdbc.sql("update person.person set merged_into = null, updated_at = :now, version = version + 1 where id = :merged")
			.param("merged", merge.merged().value()).param("now", Timestamp.from(now)).update();
		jdbc.sql("update person.merge set unmerged_by = :by, unmerged_at = :now, unmerge_reason = :reason where id = :id")
			.param("id", merge.id()).param("by", by).param("now", Timestamp.from(now)).param("reason", reason).update();
	}

	/** A merge as the register keeps it, undone or not. */
	record MergeHistory(UUID id, PersonId survivor, PersonId merged, String reason, UUID mergedBy, Instant mergedAt,
			UUID unmergedBy, Instant unmergedAt, String unmergeReason) {
	}

	/** Every merge that joined one of these records with another, and its undoing, oldest first. */
	List<MergeHistory> mergesOf(java.util.Collection<PersonId> ids) {
		return jdbc.sql("""
				select * from person.merge where survivor_id = any(:ids) or merged_id = any(:ids) order by merged_at, id
				""")
			.param("ids", ids.stream().map(PersonId::value).toArray(UUID[]::new))
			.query((rs, n) -> {
				var unmergedAt = rs.getTimestamp("unmerged_at");
				return new MergeHistory(rs.getObject("id", UUID.class), new PersonId(rs.getObject("survivor_id", UUID.class)),
						new PersonId(rs.getObject("merged_id", UUID.class)), rs.getString("reason"), rs.getObject("merged_by", UUID.class),
						rs.getTimestamp("merged_at").toInstant(), rs.getObject("unmerged_by", UUID.class),
						unmergedAt == null ? null : unmergedAt.toInstant(), rs.getString("unmerge_reason"));
			})
			.list();
	}

	/** When the record was made. */
	Optional<Instant> createdAt(PersonId id) {
		return jdbc.sql("select created_at from person.person where id = :id").param("id", id.value())
			.query((rs, n) -> rs.getTimestamp("created_at").toInstant()).optional();
	}

	void lock(PersonId id) {
		jdbc.sql("select id from person.person where id = :id for update").param("id", id.value()).query(UUID.class).optional();
	}

	/** The record with everything merged into it, directly or through other merged records. */
	Optional<PersonRecord> byId(PersonId id) {
		var row = jdbc.sql("select * from person.person where id = :id").param("id", id.value())
			.query((rs, n) -> row(rs)).optional();
		if (row.isEmpty()) {
			return Optional.empty();
		}
		var merged = jdbc.sql("""
				with recursive absorbed(id) as (
				    select id from person.person where merged_into = :id
				    union
				    select p.id from person.person p join absorbed a on p.merged_into = a.id)
				select id from absorbed
				""")
			.param("id", id.value())
			.query((rs, n) -> new PersonId(rs.getObject("id", UUID.class))).list();
		var all = new ArrayList<PersonId>();
		all.add(id);
		all.addAll(merged);
		var ids = all.stream().map(PersonId::value).toArray(UUID[]::new);
		var names = jdbc.sql("select * from person.name where person_id = any(:ids) order by person_id = :id desc, position")
			.param("ids", ids).param("id", id.value())
			.query((rs, n) -> new PersonName(PersonName.Kind.valueOf(rs.getString("kind")), rs.getString("given_names"),
					rs.getString("surname"), rs.getString("script")))
			.list().stream().distinct().toList();
		var addresses = jdbc.sql("select * from person.address where person_id = any(:ids) order by valid_from nulls last")
			.param("ids", ids)
			.query((rs, n) -> new Address(rs.getString("street"), rs.getString("postcode"), rs.getString("locality"),
					rs.getString("country"), date(rs, "valid_from"), date(rs, "valid_to")))
			.list().stream().distinct().toList();
		var identifiers = jdbc.sql("select * from person.identifier where person_id = any(:ids) order by kind, value")
			.param("ids", ids)
			.query((rs, n) -> new Identifier(rs.getString("kind"), rs.getString("value"))).list().stream().distinct().toList();
		var relations = jdbc.sql("select * from person.relation where person_id = any(:ids)")
			.param("ids", ids)
			.query((rs, n) -> new PersonRecord.Relation(new PersonId(rs.getObject("related_person_id", UUID.class)),
					PersonRecord.Relation.Kind.valueOf(rs.getString("kind")), rs.getString("description")))
			.list().stream().distinct().toList();
		var r = row.get();
		var details = new PersonDetails(names, r.dateOfBirth(), r.sex(), r.gender(), r.languages(), addresses, identifiers);
		return Optional.of(new PersonRecord(id, details, relations, merged, r.mergedInto(), r.version()));
	}

	private record Row(DateOfBirth dateOfBirth, Sex sex, String gender, Set<String> languages, PersonId mergedInto, long version) {
	}

	private static Row row(ResultSet rs) throws SQLException {
		var year = rs.getObject("birth_year", Integer.class);
		var dob = year == null ? null : new DateOfBirth(year, rs.getObject("birth_month", Integer.class),
				rs.getObject("birth_day", Integer.class));
		var sex = rs.getString("sex");
		var merged = rs.getObject("merged_into", UUID.class);
		return new Row(dob, sex == null ? null : Sex.valueOf(sex), rs.getString("gender"), languages(rs.getArray("languages")),
				merged == null ? null : new PersonId(merged), rs.getLong("version"));
	}

	private static Set<String> languages(Array array) throws SQLException {
		return array == null ? Set.of() : Set.of((String[]) array.getArray());
	}

	private static LocalDate date(ResultSet rs, String column) throws SQLException {
		var date = rs.getDate(column);
		return date == null ? null : date.toLocalDate();
	}

	/** Erases the person and the records merged into them, keeping empty rows for the references that remain. */
	void erase(PersonId id, java.time.Instant now) {
		var ids = jdbc.sql("select id from person.person where id = :id or merged_into = :id").param("id", id.value())
			.query(UUID.class).list().toArray(UUID[]::new);
		for (var table : List.of("person.name", "person.address", "person.identifier", "person.match_key", "person.hub_link")) {
			jdbc.sql("delete from " + table + " where person_id = any(:ids)").param("ids", ids).update();
		}
		jdbc.sql("delete from person.relation where person_id = any(:ids) or related_person_id = any(:ids)").param("ids", ids).update();
		jdbc.sql("""
				update person.merge set reason = '(erased when the retention period ended)',
				       unmerge_reason = case when unmerge_reason is null then null else '(erased)' end
				 where survivor_id = any(:ids) or merged_id = any(:ids)
				""").param("ids", ids).update();
		jdbc.sql("""
				update person.person set birth_year = null, birth_month = null, birth_day = null, sex = null, gender = null,
				       languages = '{}', erased_at = :now, updated_at = :now, version = version + 1
				 where id = any(:ids)
				""").param("ids", ids).param("now", java.sql.Timestamp.from(now)).update();
	}
}
