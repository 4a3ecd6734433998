package eu.tandem.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every table of every schema as text: its row count and a digest of all its rows, so that comparing the state
 * before and after a request shows an insert, update or delete anywhere in the database, not only where a test
 * expects one. Two kinds of table change while nobody changes anything, and are looked at less closely:
 * <ul>
 * <li>the session tables: a signed-out visitor gets a session of their own, and a signed-in one has the time of
 * their last request written. They are left out.</li>
 * <li>the audit trail: its events join the hash chain after each commit and every few seconds, which fills in
 * columns of rows already there and moves the chain's head. Their rows are counted, not digested: the trail is
 * append-only, so a new trace is a new row.</li>
 * </ul>
 */
final class DatabaseState {

	private static final Set<String> SESSIONS = Set.of("identity.http_session", "identity.http_session_attributes");
	private static final Set<String> CHAINED = Set.of("audit.event", "audit.chain_head");

	private final JdbcClient jdbc;
	private final String query;

	private DatabaseState(JdbcClient jdbc, String query) {
		this.jdbc = jdbc;
		this.query = query;
	}

	/** Reads the tables from the catalog once: the schema does not change while the application runs. */
	static DatabaseState of(JdbcClient jdbc) {
		var tables = new TreeSet<>(jdbc.sql("""
				select table_schema || '.' || table_name from information_schema.tables
				 where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema')
				""").query(String.class).list());
		tables.removeAll(SESSIONS);
		if (!tables.containsAll(CHAINED) || tables.size() < 40) {
			throw new IllegalStateException("Not the tables of Tandem's database: " + tables);
		}
		var parts = new ArrayList<String>();
		for (var table : tables) {
			var name = table.split("\\.", 2);
			var quoted = '"' + name[0] + "\".\"" + name[1] + '"';
			var state = CHAINED.contains(table) ? "count(*) || ' rows'"
					: "count(*) || ' rows ' || coalesce(md5(string_agg(md5(row_.*::text), '' order by md5(row_.*::text))), '')";
			parts.add("select '" + table + "' as name, " + state + " as state from " + quoted + " row_");
		}
		return new DatabaseState(jdbc, String.join("\nunion all\n", parts));
	}

	/** Table name to its state, e.g. {@code hub.hub -> "3 rows 5d41…"}. */
	Map<String, String> now() {
		var state = new TreeMap<String, String>();
		jdbc.sql(query).query((rs, row) -> Map.entry(rs.getString("name"), rs.getString("state"))).list()
			.forEach(entry -> state.put(entry.getKey(), entry.getValue()));
		return state;
	}

	/** The tables whose state differs, each as {@code table: before -> after}; empty when nothing changed. */
	static List<String> changes(Map<String, String> before, Map<String, String> after) {
		var names = new TreeSet<>(before.keySet());
		names.addAll(after.keySet());
		return names.stream().filter(name -> !Objects.equals(before.get(name), after.get(name)))
			.map(name -> name + ": " + before.get(name) + " -> " + after.get(name))
			.collect(Collectors.toList());
	}
}
