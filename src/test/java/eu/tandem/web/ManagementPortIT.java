package eu.tandem.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import eu.tandem.TandemApplication;
import eu.tandem.support.FreshDataDirectory;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

import static org.assertj.core.api.Assertions.assertThat;

/** With a separate management port, a scraper reads metrics there without an account; the app port still asks for one. */
class ManagementPortIT {

	@Test
	void metricsAreOpenOnTheManagementPortOnly() throws Exception {
		try (var app = new SpringApplicationBuilder(TandemApplication.class).run("--server.port=0",
				"--management.server.port=0", "--management.server.address=127.0.0.1", "--tandem.demo-data=false",
				"--tandem.data-dir=" + FreshDataDirectory.newDirectory())) {
			var managementPort = app.getEnvironment().getProperty("local.management.port");
			var serverPort = app.getEnvironment().getProperty("local.server.port");
			var http = HttpClient.newHttpClient();

			var scraped = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + managementPort
					+ "/actuator/prometheus")).build(), HttpResponse.BodyHandlers.ofString());
			var onAppPort = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + serverPort
					+ "/actuator/prometheus")).build(), HttpResponse.BodyHandlers.ofString());

			assertThat(scraped.statusCode()).isEqualTo(200);
			assertThat(scraped.body()).contains("jvm_memory_used_bytes");
			assertThat(onAppPort.statusCode()).isEqualTo(302);
			assertThat(onAppPort.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/sign-in"));
		}
	}
}
