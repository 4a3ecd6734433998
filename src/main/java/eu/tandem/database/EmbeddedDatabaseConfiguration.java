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
 * between starts: a second start finds the data of the first.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalDatabase.class)
class EmbeddedDatabaseConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

	@Bean(destroyMethod = "close")
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
	DataSource dataSource(EmbeddedPostgres postgres) {
		var dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
		dataSource.setUsername("postgres");
		dataSource.setPoolName("tandem-embedded");
		dataSource.setMaximumPoolSize(10);
		return dataSource;
	}
}
