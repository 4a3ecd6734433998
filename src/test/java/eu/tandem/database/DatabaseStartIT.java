package eu.tandem.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import eu.tandem.TandemApplication;
import eu.tandem.agency.Agencies;
import eu.tandem.agency.AgencyDetails;
import eu.tandem.agency.AgencySetup;
import eu.tandem.agency.Country;
import eu.tandem.agency.Sector;
import eu.tandem.support.FreshDataDirectory;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Starts the real application the way the README does, several times: the embedded database keeps its data
 * between starts and gets the demo data once; an external database is used as given and gets demo data only
 * when asked.
 */
class DatabaseStartIT {

	/** Given, as every node sharing an external database must have the same one. */
	static final String AUDIT_SEAL_KEY = "m0XfN8n3q4kP2wWc7Yh1sTn6zB9dLr5aVgJ0eQyUx2I=";

	/** However many agencies the demo data set has today. */
	static final int DEMO_AGENCIES = demoAgencies();

	@Test
	void embeddedDatabaseKeepsItsDataAndLoadsTheDemoDataOnlyOnTheFirstStart() {
		var dataDir = FreshDataDirectory.newDirectory();
		var marker = "Kept Between Starts";

		try (var first = start(Map.of("tandem.data-dir", dataDir.toString()))) {
			assertThat(first.getBeansOfType(EmbeddedPostgres.class)).hasSize(1);
			assertThat(demoLoads(first)).isEqualTo(1);
			var agencies = first.getBean(Agencies.class);
			assertThat(agencies.all()).hasSize(DEMO_AGENCIES);
			first.getBean(AgencySetup.class).create(new AgencyDetails(marker, Sector.NGO_COMMUNITY, new Country("FR"), null, null, null, null));
		}

		try (var second = start(Map.of("tandem.data-dir", dataDir.toString()))) {
			var agencies = second.getBean(Agencies.class);
			assertThat(agencies.findByName(marker)).isPresent();
			assertThat(agencies.all()).hasSize(DEMO_AGENCIES + 1);
			assertThat(demoLoads(second)).isEqualTo(1);
		}
		assertThat(dataDir.resolve("postgres/PG_VERSION")).exists();
		assertThat(dataDir.resolve("keys/audit-seal.key")).as("made on the first start, used by the second").exists();
	}

	@Test
	void externalDatabaseIsUsedAsConfiguredAndGetsDemoDataOnlyWhenAsked() throws Exception {
		Path serverDir = FreshDataDirectory.newDirectory();
		try (var external = EmbeddedPostgres.builder().setDataDirectory(serverDir).setCleanDataDirectory(true).start()) {
			var url = external.getJdbcUrl("postgres", "postgres");
			var unusedDataDir = FreshDataDirectory.newDirectory().resolve("must-stay-empty");
			var database = Map.<String, Object>of("spring.datasource.url", url, "spring.datasource.username", "postgres",
					"spring.datasource.password", "", "tandem.data-dir", unusedDataDir.toString(),
					"tandem.audit.seal-key", AUDIT_SEAL_KEY);
			assertThatThrownBy(() -> start(database)).as("no keys are made for an external database")
				.hasStackTraceContaining("No content keys");
			var settings = new HashMap<String, Object>(database);
			settings.put("tandem.vault.keys", "1:" + Base64.getEncoder().encodeToString(new byte[32]));
			settings.put("tandem.vault.current-key", "1");

			try (var withoutDemo = start(settings)) {
				assertThat(withoutDemo.getBeansOfType(EmbeddedPostgres.class)).isEmpty();
				assertThat(withoutDemo.getBean(Agencies.class).all()).isEmpty();
				assertThat(demoLoads(withoutDemo)).isZero();
			}
			assertThat(unusedDataDir).doesNotExist();

			var withoutKey = new HashMap<String, Object>(settings);
			withoutKey.remove("tandem.audit.seal-key");
			assertThatThrownBy(() -> start(withoutKey)).rootCause()
				.hasMessageContaining("Set tandem.audit.seal-key (environment TANDEM_AUDIT_SEAL_KEY)");
			assertThat(unusedDataDir).doesNotExist();

			var asked = new HashMap<String, Object>(settings);
			asked.put("tandem.demo-data", "true");
			try (var withDemo = start(asked)) {
				assertThat(withDemo.getBean(Agencies.class).all()).hasSize(DEMO_AGENCIES);
				assertThat(demoLoads(withDemo)).isEqualTo(1);
			}
		}
	}

	/** Starts the application with the settings as command-line arguments, as an operator would pass them. */
	private static ConfigurableApplicationContext start(Map<String, Object> properties) {
		var all = new HashMap<String, Object>(properties);
		all.put("server.port", "0");
		var args = all.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
		return new SpringApplicationBuilder(TandemApplication.class).run(args);
	}

	private static int demoAgencies() {
		try (Reader reader = Files.newBufferedReader(Path.of("demo", "agencies.csv"), StandardCharsets.UTF_8);
				var rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
			return rows.getRecords().size();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static long demoLoads(ConfigurableApplicationContext context) {
		return context.getBean(JdbcClient.class).sql("select count(*) from demo.load").query(Long.class).single();
	}
}
