package eu.tandem.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Tells whoever started Tandem where to find it and how to sign in to the demo. */
@Component
class StartupBanner {

	private static final Logger log = LoggerFactory.getLogger(StartupBanner.class);

	private final Environment environment;

	StartupBanner(Environment environment) {
		this.environment = environment;
	}

	@EventListener(ApplicationReadyEvent.class)
	void announce() {
		var port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
		var contextPath = environment.getProperty("server.servlet.context-path", "");
		log.info("""

				  Tandem is ready at http://localhost:{}{}/
				  Demo sign-ins (when demo data is loaded): demo/README.md, machine-readable in demo/accounts.csv
				""", port, contextPath);
	}
}
