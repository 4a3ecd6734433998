package eu.tandem.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts PostgreSQL from the binaries shipped as a Maven dependency when no external database is
 * configured, so that one command runs the whole product on a laptop. The data directory is kept
 * between starts: a second start finds the data of the first. A command run next to a running Tandem
 * ({@code audit verify}) uses that Tandem's server instead: see {@link RunningServer}.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalDatabase.class)
class EmbeddedDatabaseConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

	@Bean(destroyMethod = "close")
	@Conditional(RunningServer.StartOwn.class)
	EmbeddedPostgres embeddedPostgres(@Value("${tandem.data-dir}") Path dataDir) throws IOException {
		Path postgresDir = dataDir.resolve("postgres").toAbsolutePath();
		Files.createDirectories(postgresDir);
		log.info("Starting embedded PostgreSQL with its data in {}", postgresDir);
		return EmbeddedPostgres.builder()
				.setDataDirectory(postgresDir)
				.setCleanDataDirectory(false)
				.setServerConfig("listen_addresses", "localhost")
				// a committed write survives a crash: keep PostgreSQL's durability defaults explicit
				.setServerConfig("fsync", "on")
				.setServerConfig("synchronous_commit", "on")
				.setServerConfig("full_page_writes", "on")
				.start();
	}

	@Bean
	@Conditional(RunningServer.StartOwn.class)
	DataSource dataSource(EmbeddedPostgres postgres) {
		var dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
		dataSource.setUsername("postgres");
		dataSource.setPoolName("tandem-embedded");
		dataSource.setMaximumPoolSize(10);
		return dataSource;
	}

	@Bean
	@Conditional(RunningServer.Attach.class)
	DataSource runningServerDataSource(@Value("${tandem.data-dir}") Path dataDir) {
		Path postgresDir = dataDir.resolve("postgres").toAbsolutePath();
		var port = RunningServer.port(postgresDir).orElseThrow(
				() -> new IllegalStateException("The PostgreSQL of " + postgresDir + " stopped while Tandem was starting"));
		log.info("Using the PostgreSQL that is already running on {} (port {})", postgresDir, port);
		var dataSource = new HikariDataSource();
		// the embedded server listens on localhost only and trusts local connections, as for the process that started it
		dataSource.setJdbcUrl("jdbc:postgresql://localhost:" + port + "/postgres");
		dataSource.setUsername("postgres");
		dataSource.setPoolName("tandem-attached");
		dataSource.setMaximumPoolSize(2);
		return dataSource;
	}
}
