package eu.tandem.web;

import java.util.Map;

import eu.tandem.agency.Sector;
import eu.tandem.identity.Role;
import eu.tandem.support.Browserless;
import eu.tandem.support.Fixtures;
import eu.tandem.support.Page;
import eu.tandem.support.TandemIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@TandemIntegrationTest
class SecurityHeadersIT {

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Test
	void everyKindOfResponseCarriesTheSecurityHeaders() {
		var anonymous = new Browserless(port);
		var signedIn = new Browserless(port);
		var admin = fixtures.staff(fixtures.agency(Sector.EDUCATION), Role.AGENCY_ADMINISTRATOR);
		signedIn.signIn(admin);

		var responses = Map.of(
				"sign-in page", anonymous.get("/sign-in"),
				"health", anonymous.get("/actuator/health"),
				"stylesheet", anonymous.get("/css/tandem.css"),
				"home", signedIn.get("/"),
				"staff list", signedIn.get("/agencies/" + admin.agencyId() + "/staff"),
				"not found", signedIn.get("/agencies/00000000-0000-0000-0000-000000000000"),
				"unknown address", signedIn.get("/no/such/page"));

		responses.forEach((name, page) -> {
			var csp = page.header("Content-Security-Policy");
			assertThat(csp).as(name).contains("script-src 'self'").contains("frame-ancestors 'none'")
				.contains("object-src 'none'").doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
			assertThat(page.header("Referrer-Policy")).as(name).isEqualTo("no-referrer");
			assertThat(page.header("X-Content-Type-Options")).as(name).isEqualTo("nosniff");
			assertThat(page.header("X-Frame-Options")).as(name).isEqualTo("DENY");
		});
	}

	@Test
	void aRedirectNamesAPathAndNeverTheHostTheClientClaims() throws Exception {
		try (var socket = new java.net.Socket("localhost", port)) {
			socket.getOutputStream().write(("GET /cases HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n")
				.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
			var head = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1)
				.split("\r\n\r\n", 2)[0];
			assertThat(head).startsWith("HTTP/1.1 302");
			assertThat(head.lines().filter(line -> line.regionMatches(true, 0, "Location:", 0, 9)).findFirst())
				.hasValueSatisfying(location -> assertThat(location.substring(9).strip()).isEqualTo("/sign-in"));
			assertThat(head).doesNotContain("evil.example");
		}
	}

	@Test
	void theIconIsServedToEveryoneAndEveryPageLinksIt() {
		var anonymous = new Browserless(port);

		var svg = anonymous.get("/favicon.svg");
		assertThat(svg.status()).isEqualTo(200);
		assertThat(svg.header("Content-Type")).startsWith("image/svg+xml");
		assertThat(svg.body()).startsWith("<svg").contains("#0b4f6c");
		assertThat(svg.header("Content-Security-Policy")).contains("default-src 'self'");
		var ico = anonymous.download("/favicon.ico");
		assertThat(ico).as("an icon file").startsWith(0, 0, 1, 0);
		assertThat(anonymous.get("/sign-in").html().select("head link[rel=icon]").attr("href")).isEqualTo("/favicon.svg");
		var signedIn = new Browserless(port);
		signedIn.signIn(fixtures.staff(fixtures.agency(Sector.EDUCATION), Role.PRACTITIONER));
		assertThat(signedIn.get("/favicon.ico").status()).isEqualTo(200);
		assertThat(signedIn.get("/agencies").html().select("head link[rel=icon]").attr("href")).isEqualTo("/favicon.svg");
	}

	@Test
	void signedInPagesAreNeverStored() {
		var signedIn = new Browserless(port);
		var admin = fixtures.staff(fixtures.agency(Sector.EDUCATION), Role.AGENCY_ADMINISTRATOR);
		signedIn.signIn(admin);

		for (var path : new String[] { "/", "/agencies", "/agencies/" + admin.agencyId() + "/staff",
				"/agencies/" + admin.agencyId() + "/staff/" + admin.id() }) {
			var page = signedIn.get(path);
			assertThat(page.status()).as(path).isEqualTo(200);
			assertThat(page.header("Cache-Control")).as(path).contains("no-store");
		}
	}

	@Test
	void unknownRecordsAndUnknownAddressesAreFriendlyNotFoundPages() {
		var signedIn = new Browserless(port);
		signedIn.signIn(fixtures.staff(fixtures.agency(Sector.EDUCATION), Role.PRACTITIONER));

		for (var path : new String[] { "/agencies/00000000-0000-0000-0000-000000000000", "/agencies/not-an-id",
				"/agencies/not-an-id/staff", "/no/such/page" }) {
			Page page = signedIn.get(path, Map.of("Accept", "text/html"));
			assertThat(page.status()).as(path).isEqualTo(404);
			assertThat(page.heading()).as(path).isEqualTo("Page not found");
			assertThat(page.body()).as(path).doesNotContain("Exception").doesNotContain("at eu.tandem");
		}
	}

	@Test
	void pagesDeclareTheirLanguageAndLandmarks() {
		var signedIn = new Browserless(port);
		signedIn.signIn(fixtures.staff(fixtures.agency(Sector.EDUCATION), Role.SYSTEM_ADMINISTRATOR));

		for (var path : new String[] { "/sign-in", "/", "/agencies", "/agencies/new" }) {
			var page = path.equals("/sign-in") ? new Browserless(port).get(path) : signedIn.get(path);
			assertThat(page.html().selectFirst("html").attr("lang")).as(path).isEqualTo("en");
			assertThat(page.html().select("header")).as(path).isNotEmpty();
			assertThat(page.html().select("main#main")).as(path).hasSize(1);
			assertThat(page.html().select("a.skip-link[href=#main]")).as(path).hasSize(1);
			page.html().select("input:not([type=hidden]), select, textarea").forEach(field -> assertThat(
					page.html().select("label[for=" + field.id() + "]").size()
							+ (field.parents().is("fieldset") && field.parent().select("label").size() > 0 ? 1 : 0))
				.as("%s: a label for %s", path, field.id()).isPositive());
		}
	}
}
