package eu.tandem.person;

import java.io.StringReader;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import eu.tandem.hub.HubId;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Measures the registry query behind "is this person already known?" on PostgreSQL as the registry grows:
 * p50, p95 and p99 of returning the top ten candidates, the hit rate (the person looked for is among them),
 * and the size of the blocking-key table and its index. It runs the application's own {@link CandidateSearch}
 * on an embedded PostgreSQL of its own, loaded with invented people.
 *
 * <pre>bench/registry [--sizes 100000,1000000] [--queries 300]</pre>
 */
public final class RegistryBenchmark {

	private RegistryBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		var sizes = Arrays.stream(option(args, "--sizes", "100000,1000000").split(",")).mapToInt(Integer::parseInt).toArray();
		var queries = Integer.parseInt(option(args, "--queries", "300"));
		var dir = Files.createTempDirectory("tandem-registry-benchmark");
		try (var postgres = EmbeddedPostgres.builder().setDataDirectory(dir).setCleanDataDirectory(true)
			.setServerConfig("shared_buffers", "512MB").setServerConfig("max_wal_size", "4GB").start()) {
			// pooled, as in the application: a fresh PostgreSQL connection per query would be measured instead
			var dataSource = new HikariDataSource();
			dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
			dataSource.setUsername("postgres");
			dataSource.setMaximumPoolSize(4);
			Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/person").load().migrate();
			var jdbc = JdbcClient.create(dataSource);
			var store = new PersonStore(jdbc);
			var matching = new MatcherAdapter();
			var search = new CandidateSearch(store, matching);
			var hub = HubId.random();
			var people = new SyntheticPeople(20261126L);
			var sample = new ArrayList<Sampled>();
			var loaded = 0;
			System.out.println("registry benchmark: top " + CandidateSearch.SHOWN + " candidates, " + queries
					+ " queries per size, embedded PostgreSQL, " + Runtime.getRuntime().availableProcessors() + " cores");
			for (var size : sizes) {
				var started = System.nanoTime();
				load(dataSource, matching, people, hub, size - loaded, sample);
				loaded = size;
				jdbc.sql("vacuum analyze").update();
				var loadSeconds = (System.nanoTime() - started) / 1e9;
				measure(jdbc, search, people, hub, sample, queries, size, loadSeconds);
			}
			dataSource.close();
		}
	}

	private record Sampled(PersonId id, PersonDetails details) {
	}

	private static void load(DataSource dataSource, MatcherAdapter matching, SyntheticPeople people, HubId hub, int count,
			List<Sampled> sample) throws Exception {
		var batch = 50_000;
		for (int done = 0; done < count; done += batch) {
			var persons = new StringBuilder();
			var names = new StringBuilder();
			var links = new StringBuilder();
			var keys = new StringBuilder();
			var addresses = new StringBuilder();
			var now = Instant.now().toString();
			for (int i = 0; i < Math.min(batch, count - done); i++) {
				var id = UUID.randomUUID();
				var person = people.next();
				var born = person.dateOfBirth();
				var name = person.mainName();
				persons.append(id).append(',').append(born.year()).append(',').append(born.month()).append(',')
					.append(born.day()).append(',').append(now).append(',').append(now).append('\n');
				names.append(UUID.randomUUID()).append(',').append(id).append(",NAME,").append(csv(name.givenNames()))
					.append(',').append(csv(name.surname())).append(",0\n");
				links.append(id).append(',').append(hub).append(',').append(now).append('\n');
				var address = person.addresses().getFirst();
				addresses.append(UUID.randomUUID()).append(',').append(id).append(',').append(csv(address.postcode()))
					.append(',').append(csv(address.locality())).append('\n');
				for (var key : matching.keys(person)) {
					keys.append(hub).append(',').append(csv(key)).append(',').append(id).append('\n');
				}
				if (sample.size() < 5_000 && ThreadLocalRandom.current().nextInt(100) == 0) {
					sample.add(new Sampled(new PersonId(id), person));
				}
			}
			try (var connection = dataSource.getConnection()) {
				var copy = connection.unwrap(PGConnection.class).getCopyAPI();
				copy.copyIn("copy person.person (id, birth_year, birth_month, birth_day, created_at, updated_at) from stdin (format csv)",
						new StringReader(persons.toString()));
				copy.copyIn("copy person.name (id, person_id, kind, given_names, surname, position) from stdin (format csv)",
						new StringReader(names.toString()));
				copy.copyIn("copy person.address (id, person_id, postcode, locality) from stdin (format csv)",
						new StringReader(addresses.toString()));
				copy.copyIn("copy person.hub_link (person_id, hub_id, linked_at) from stdin (format csv)",
						new StringReader(links.toString()));
				copy.copyIn("copy person.match_key (hub_id, key, person_id) from stdin (format csv)", new StringReader(keys.toString()));
			}
		}
	}

	private static void measure(JdbcClient jdbc, CandidateSearch search, SyntheticPeople people, HubId hub,
			List<Sampled> sample, int queries, int size, double loadSeconds) {
		var random = new Random(size);
		for (int i = 0; i < 30; i++) {
			var warm = sample.get(random.nextInt(sample.size()));
			search.find(hub, people.asReferredAgain(warm.details()), Optional.empty());
		}
		var times = new double[queries];
		var hits = 0;
		for (int i = 0; i < queries; i++) {
			var wanted = sample.get(random.nextInt(sample.size()));
			var query = people.asReferredAgain(wanted.details());
			var started = System.nanoTime();
			var found = search.find(hub, query, Optional.empty());
			times[i] = (System.nanoTime() - started) / 1e6;
			if (found.stream().anyMatch(candidate -> candidate.person().equals(wanted.id()))) {
				hits++;
			}
		}
		Arrays.sort(times);
		var keyRows = jdbc.sql("select count(*) from person.match_key").query(Long.class).single();
		var table = jdbc.sql("select pg_size_pretty(pg_table_size('person.match_key'))").query(String.class).single();
		var indexes = jdbc.sql("select pg_size_pretty(pg_indexes_size('person.match_key'))").query(String.class).single();
		System.out.printf("persons=%d load=%.0fs key_rows=%d key_table=%s key_indexes=%s p50=%.1fms p95=%.1fms p99=%.1fms "
				+ "hit_rate=%.3f%n", size, loadSeconds, keyRows, table, indexes, percentile(times, 50), percentile(times, 95),
				percentile(times, 99), hits / (double) queries);
	}

	private static double percentile(double[] sorted, int p) {
		return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
	}

	private static String csv(String value) {
		return value == null ? "" : "\"" + value.replace("\"", "\"\"") + "\"";
	}

	private static String option(String[] args, String name, String fallback) {
		for (int i = 0; i < args.length - 1; i++) {
			if (args[i].equals(name)) {
				return args[i + 1];
			}
		}
		return fallback;
	}
}
