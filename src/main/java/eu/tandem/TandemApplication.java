package eu.tandem;

import java.time.Clock;

import eu.tandem.audit.AuditCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Tandem: multi-agency case work for preventing and countering violent extremism, with
 * mental-health professionals at the table and need-to-know enforced on every record.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class TandemApplication {

	/** One clock for the whole application, in UTC, so that time-based rules can be tested. */
	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	/**
	 * Runs the server, or with {@code audit …} a command for operators against the same database, which exits
	 * with a status a script can test.
	 */
	public static void main(String[] args) {
		if (AuditCommand.isFor(args)) {
			System.exit(AuditCommand.run(args, TandemApplication.class, System.out, System.err));
		}
		SpringApplication.run(TandemApplication.class, args);
	}
}
