package eu.tandem.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import eu.tandem.agency.Agencies;
import eu.tandem.agency.AgencyProfile;
import eu.tandem.agency.AgencySetup;
import eu.tandem.agency.Sector;
import eu.tandem.identity.AgencyId;
import eu.tandem.identity.Role;
import eu.tandem.support.Browserless;
import eu.tandem.support.Fixtures;
import eu.tandem.support.LogCapture;
import eu.tandem.support.Page;
import eu.tandem.support.TandemIntegrationTest;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Characters that cannot be read (a NUL, another control character, bytes that are not UTF-8, a broken
 * %-escape) in an address or a form get a 400 page that says what to do, save nothing, and leave no trace of the
 * text in the log. The requests go over real HTTP exactly as written: the client does not re-encode them.
 */
@TandemIntegrationTest
class UnreadableInputIT {

	static final String MESSAGE = "The address or form contained characters that cannot be read. Go back and retype the text.";

	/** What a browser asks for when it follows a link or sends a form. */
	static final Map<String, String> BROWSER = Map.of("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Agencies agencies;

	@Autowired
	AgencySetup agencySetup;

	AgencyId agency;
	Browserless admin;

	@BeforeEach
	void signInAsAgencyAdministrator() {
		agency = fixtures.agency(Sector.SOCIAL_CARE);
		agencySetup.describe(agency, new AgencyProfile("Utrecht", "Visits families.", null, List.of(), Set.of(), false));
		admin = new Browserless(port);
		admin.signIn(fixtures.staff(agency, Role.AGENCY_ADMINISTRATOR));
	}

	@Test
	void aNulInTheAddressOfAPublicPageIsRefusedInPlainWords() {
		var page = new Browserless(port).get("/knowledge?q=trauma%00x", BROWSER);

		assertRefused(page);
		assertThat(page.html().select("header nav a[href=/sign-in]")).as("the page keeps the site's header").isNotEmpty();
	}

	@Test
	void aNulInTheAddressOfASignedInPageIsRefusedInPlainWords() {
		var page = admin.get("/agencies?q=trauma%00x", BROWSER);

		assertRefused(page);
		assertThat(page.html().select("header .who")).as("still signed in").isNotEmpty();
		var readable = admin.get("/agencies?q=trauma", BROWSER);
		assertThat(readable.status()).as("the same search without the NUL").isEqualTo(200);
		for (var header : List.of("Content-Security-Policy", "Referrer-Policy", "X-Frame-Options", "X-Content-Type-Options",
				"Permissions-Policy", "Cross-Origin-Opener-Policy")) {
			assertThat(page.header(header)).as("the refusal carries the headers of every page: %s", header).isNotNull()
				.isEqualTo(readable.header(header));
		}
		assertThat(page.header("Cache-Control")).contains("no-store");
	}

	@Test
	void bytesThatAreNotUtf8AndBrokenEscapesAndControlsInTheAddressAreRefused() throws IOException {
		for (var query : new String[] { "q=caf%C3%28", "q=%FF", "q=%ED%A0%80", "q=a%1Bb", "q%00=trauma" }) {
			assertRefused(admin.get("/agencies?" + query, BROWSER), query);
		}
		// what java.net.URI would not even send, written on a socket as it stands
		for (var query : new String[] { "q=trauma%G1", "q=trauma%", "q=caf\u00ff" }) {
			var answer = rawGet("/agencies?" + query);
			assertThat(status(answer)).as(query).isEqualTo(400);
			if (answer.contains("<main")) {
				assertThat(Jsoup.parse(answer).select("main").text()).as(query).contains(MESSAGE);
			}
		}
	}

	@Test
	void ordinaryTextWithAngleBracketsTabsAndEveryScriptStillReads() {
		for (var query : new String[] { "q=score+%3E+20", "q=%3Cb%3E", "q=a%09b", "q=%D0%9A%D0%BE%D0%B2%D0%B0%D0%BB%D0%B5%D0%BD%D0%BA%D0%BE",
				"q=%F0%9F%98%80" }) {
			assertThat(admin.get("/agencies?" + query, BROWSER).status()).as(query).isEqualTo(200);
		}
	}

	@Test
	void aNulInAFormIsRefusedAndNothingIsSaved() {
		var before = agencies.profileOf(agency).orElseThrow();

		var page = saveProfile(Map.of("jurisdiction", "Amsterdam\u0000", "preventionWork", "Changed."));

		assertRefused(page);
		assertThat(agencies.profileOf(agency)).contains(before);
	}

	@Test
	void bytesThatAreNotUtf8InAFormAreRefusedAndNothingIsSaved() throws Exception {
		var before = agencies.profileOf(agency).orElseThrow();
		var fields = profileForm(Map.of("preventionWork", "Changed."));
		var body = fields.entrySet().stream()
			.map(field -> field.getKey() + "=" + java.net.URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&")) + "&jurisdiction=Amsterdam%C3%28";

		var response = rawPost("/agencies/" + agency + "/profile", body);

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(Jsoup.parse(response.body()).select("main").text()).contains(MESSAGE);
		assertThat(agencies.profileOf(agency)).contains(before);
	}

	@Test
	void theLogSaysARequestWasRefusedButNotWhatItSaid() throws Exception {
		var marker = "Zqmarker" + Fixtures.uniqueLetters();
		List<String> logged;
		try (var log = LogCapture.atDebug()) {
			assertRefused(admin.get("/agencies?q=" + marker + "%00", BROWSER));
			assertRefused(new Browserless(port).get("/knowledge?q=" + marker + "%C3%28", BROWSER));
			assertThat(status(rawGet("/knowledge?q=" + marker + "%G1"))).isEqualTo(400);
			assertThat(status(rawGet("/knowledge?q=" + marker + "\u00ff"))).isEqualTo(400);
			assertRefused(saveProfile(Map.of("jurisdiction", marker + "\u0000")));
			var fields = profileForm(Map.of());
			var body = fields.entrySet().stream()
				.map(field -> field.getKey() + "=" + java.net.URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
				.collect(Collectors.joining("&")) + "&jurisdiction=" + marker + "%FF";
			assertThat(rawPost("/agencies/" + agency + "/profile", body).statusCode()).isEqualTo(400);
			logged = log.lines();
		}

		assertThat(logged).as("each refusal is logged").filteredOn(line -> line.contains(ReadableRequests.class.getName()))
			.hasSizeGreaterThanOrEqualTo(4)
			.allSatisfy(line -> assertThat(line).startsWith("INFO"));
		assertThat(logged).noneSatisfy(line -> assertThat(line).containsIgnoringCase(marker));
		assertThat(logged).noneSatisfy(line -> assertThat(line).startsWith("ERROR"));
	}

	private static void assertRefused(Page page) {
		assertRefused(page, page.uri().toString());
	}

	private static void assertRefused(Page page, String what) {
		assertThat(page.status()).as(what).isEqualTo(400);
		assertThat(page.heading()).as(what).isEqualTo("Some characters could not be read");
		assertThat(page.mainText()).as(what).contains(MESSAGE);
		assertThat(page.body()).as(what).doesNotContain("Exception");
	}

	private Page saveProfile(Map<String, String> values) {
		return admin.post("/agencies/" + agency + "/profile", profileForm(values), BROWSER);
	}

	/** The profile form's hidden fields (the CSRF token, the version) with these values. */
	private Map<String, String> profileForm(Map<String, String> values) {
		var form = admin.get("/agencies/" + agency + "/profile").html().selectFirst("form.form");
		assertThat(form).isNotNull();
		var fields = new LinkedHashMap<String, String>();
		form.select("input[type=hidden]").forEach(hidden -> fields.put(hidden.attr("name"), hidden.val()));
		fields.putAll(values);
		return fields;
	}

	/**
	 * A GET written on a socket byte for byte (each character of the target one byte), in the administrator's
	 * session; the answer's head and body as text.
	 */
	private String rawGet(String target) throws IOException {
		try (var socket = new java.net.Socket("localhost", port)) {
			socket.getOutputStream().write(("GET " + target + " HTTP/1.0\r\nHost: localhost\r\nAccept: " + BROWSER.get("Accept")
					+ "\r\nAccept-Language: en\r\nCookie: " + Browserless.SESSION_COOKIE + "=" + admin.sessionCookie().orElseThrow()
					+ "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
			return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private static int status(String answer) {
		return Integer.parseInt(answer.split(" ", 3)[1]);
	}

	/** A form posted with this body exactly as written, in the administrator's session. */
	private HttpResponse<String> rawPost(String path, String body) throws IOException, InterruptedException {
		var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", BROWSER.get("Accept"))
			.header("Accept-Language", "en")
			.header("Cookie", Browserless.SESSION_COOKIE + "=" + admin.sessionCookie().orElseThrow())
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.US_ASCII))
			.build();
		try (var client = HttpClient.newHttpClient()) {
			return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
	}
}
