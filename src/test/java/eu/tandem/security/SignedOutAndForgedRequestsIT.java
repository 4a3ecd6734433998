package eu.tandem.security;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import eu.tandem.agency.Sector;
import eu.tandem.identity.Role;
import eu.tandem.identity.TotpSecret;
import eu.tandem.security.Scenarios.Preparation;
import eu.tandem.support.Browserless;
import eu.tandem.support.Fixtures;
import eu.tandem.support.StaffMember;
import eu.tandem.support.TandemIntegrationTest;
import org.assertj.core.api.SoftAssertions;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/**
 * Two sweeps over every endpoint of the running application, as {@link Endpoints} finds them in the handler
 * mappings (the list the authorisation matrix is classified against), so that a new endpoint is swept without a line
 * here:
 * <ol>
 * <li>signed out, every endpoint except the reviewed {@link #PUBLIC} ones sends a browser to the sign-in page,
 * answers htmx with 401 and where to sign in, and refuses a form without a CSRF token as expired; the public ones
 * answer without sign-in;</li>
 * <li>signed in as someone the endpoint is for, every POST (and any PUT, PATCH, DELETE or any-method mapping)
 * refuses a form without a CSRF token, or with the token of another session, as expired.</li>
 * </ol>
 * No request of either sweep may change anything: the whole database ({@link DatabaseState}) is the same after it
 * as before.
 * <p>
 * Which request is sent: where {@link Classification} has a personal-data row for the endpoint, the row's own
 * request for a real scenario, sent by an actor its policy allows, so that a request that got through would show or
 * change a real record. Everywhere else the path with a random UUID for each path variable, and no fields: signed
 * out or without a token, the security filters refuse before a controller looks anything up, so the ids cannot
 * matter. Had such a request got through, it would answer 404 or an error page instead of the refusal, and the
 * sweep would fail all the same.
 */
@TandemIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignedOutAndForgedRequestsIT {

	/**
	 * What answers without sign-in, reviewed: the sign-in and refusal pages, a hub's public page, the library and
	 * its open data, the health probes. Everything else needs both sign-in factors (DESIGN.md, deny by default).
	 */
	static final Set<String> PUBLIC = Set.of(
			"GET /sign-in",
			"GET /language", "POST /language",
			"GET /access-denied", "POST /access-denied",
			"GET /hubs", "GET /hubs/{id}",
			"GET /knowledge", "GET /knowledge/items/{key}", "GET /knowledge/checklists", "GET /knowledge/checklists/{key}",
			"GET /api/v1/knowledge", "GET /api/v1/knowledge.csv",
			"GET /actuator/health", "GET /actuator/health/**");

	/** The bookmarked sign-in address of older systems: it sends every client, htmx too, to the sign-in page. */
	static final Set<String> SIGN_IN_ALIASES = Set.of("GET /login");

	private static final Set<String> UNSAFE = Set.of("POST", "PUT", "PATCH", "DELETE");
	private static final Map<String, String> BROWSER = Map.of("Accept", "text/html,application/xhtml+xml");
	private static final Map<String, String> HTMX = Map.of("Accept", "text/html", "HX-Request", "true");
	private static final String EXPIRED = "This form has expired";

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	Scenarios scenarios;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	Cast cast;
	DatabaseState database;
	Plain anonymous;
	String anonymousToken;
	final Map<Set<Preparation>, Scenario> scenarioFor = new HashMap<>();
	final Map<Actor, Plain> signedIn = new EnumMap<>(Actor.class);
	Plain everyRole;
	Map<String, String> settled;
	/** Per sweep, the endpoints it sent requests to, for the report. */
	final Map<String, Set<String>> swept = new LinkedHashMap<>();

	/** One request of a sweep: the endpoint as {@link Endpoints} names it, and who sends it when signed in. */
	record Sent(String endpoint, String row, String method, String path, Map<String, String> fields, Actor actor) {
	}

	@BeforeAll
	void prepare() {
		database = DatabaseState.of(jdbc);
		cast = scenarios.cast();
		anonymous = new Plain(port);
		anonymousToken = anonymous.csrfTokenOf("/sign-in");
	}

	@Test
	void everyPublicEndpointIsAnEndpointOfTheApplication() {
		assertThat(named(Endpoints.of(context))).as("public endpoints that no longer exist: remove them from PUBLIC")
			.containsAll(PUBLIC);
	}

	@TestFactory
	Stream<DynamicTest> signedOutEveryEndpointButThePublicOnesSendsToSignInAndChangesNothing() {
		var requests = requests(method -> true);
		settled = null;
		return requests.stream().map(sent -> dynamicTest(sent.row(), () -> unchanged(sent, "signed out", softly -> {
			if (PUBLIC.contains(sent.endpoint())) {
				var answer = anonymous.send(sent.method(), sent.path(), sent.fields(), BROWSER);
				softly.assertThat(answer.sentToSignIn() || answer.status() == 401 || answer.status() >= 500)
					.as(sent.row() + " is public, but answered " + answer).isFalse();
			}
			else if (sent.method().equals("GET") && sent.path().startsWith("/api/")) {
				// a script reading the JSON interface is told it is not signed in, not sent to a page it cannot use
				var script = anonymous.send("GET", sent.path(), Map.of(), BROWSER);
				softly.assertThat(script.status()).as(sent.row() + " signed out: " + script).isEqualTo(401);
				softly.assertThat(script.sentToSignIn()).as(sent.row() + " signed out: " + script).isFalse();
			}
			else if (sent.method().equals("GET")) {
				var browser = anonymous.send("GET", sent.path(), Map.of(), BROWSER);
				softly.assertThat(browser.sentToSignIn()).as(sent.row() + " signed out, from a browser: " + browser).isTrue();
				var htmx = anonymous.send("GET", sent.path(), Map.of(), HTMX);
				softly.assertThat(SIGN_IN_ALIASES.contains(sent.endpoint()) ? htmx.sentToSignIn() : htmx.toSignInForHtmx())
					.as(sent.row() + " signed out, from htmx: " + htmx).isTrue();
			}
			else {
				var browser = anonymous.send(sent.method(), sent.path(), withToken(sent.fields(), anonymousToken), BROWSER);
				softly.assertThat(browser.sentToSignIn()).as(sent.row() + " signed out, a form with the session's token: " + browser)
					.isTrue();
				var htmx = anonymous.send(sent.method(), sent.path(), withToken(sent.fields(), anonymousToken), HTMX);
				softly.assertThat(htmx.toSignInForHtmx()).as(sent.row() + " signed out, from htmx: " + htmx).isTrue();
				var tokenless = anonymous.send(sent.method(), sent.path(), sent.fields(), BROWSER);
				softly.assertThat(tokenless.expiredForm()).as(sent.row() + " signed out, a form without a token: " + tokenless).isTrue();
			}
		})));
	}

	@TestFactory
	Stream<DynamicTest> signedInEveryUnsafeRequestWithoutItsSessionsCsrfTokenIsRefusedAndChangesNothing() {
		var requests = requests(UNSAFE::contains);
		var sessions = new HashMap<Sent, Plain>();
		requests.forEach(sent -> sessions.put(sent, sent.actor() == null ? everyRole() : signedIn(sent.actor())));
		settled = null;
		return requests.stream().map(sent -> dynamicTest(sent.row(), () -> unchanged(sent, "without a CSRF token", softly -> {
			var session = sessions.get(sent);
			var tokenless = session.send(sent.method(), sent.path(), sent.fields(), BROWSER);
			softly.assertThat(tokenless.expiredForm()).as(sent.row() + " by " + who(sent) + " without a token: " + tokenless).isTrue();
			var foreign = session.send(sent.method(), sent.path(), withToken(sent.fields(), anonymousToken), BROWSER);
			softly.assertThat(foreign.expiredForm()).as(sent.row() + " by " + who(sent) + " with another session's token: " + foreign)
				.isTrue();
		})));
	}

	/**
	 * Sends a sweep's requests for one endpoint and checks that the database is as before. Each state is read once,
	 * after one endpoint's requests and before the next one's: everything that writes (scenarios, accounts, sign-ins)
	 * is done before a sweep's first request.
	 */
	private void unchanged(Sent sent, String sweep, Consumer<SoftAssertions> requests) {
		swept.computeIfAbsent(sweep, name -> new TreeSet<>()).add(sent.endpoint());
		var before = settled == null ? database.now() : settled;
		settled = null;
		var softly = new SoftAssertions();
		requests.accept(softly);
		var after = database.now();
		softly.assertThat(DatabaseState.changes(before, after)).as(sent.row() + " " + sweep + ": tables it changed").isEmpty();
		settled = after;
		softly.assertAll();
	}

	@AfterAll
	void report() {
		swept.forEach((sweep, endpoints) -> System.out.printf("Swept %s: %d endpoints, %d of them public%n", sweep,
				endpoints.size(), endpoints.stream().filter(PUBLIC::contains).count()));
	}

	/**
	 * The requests to send for each mapped endpoint whose method passes {@code methods}: an any-method mapping is
	 * swept as GET and as POST.
	 */
	private List<Sent> requests(Predicate<String> methods) {
		var sent = new ArrayList<Sent>();
		for (var endpoint : named(Endpoints.of(context))) {
			var method = endpoint.substring(0, endpoint.indexOf(' '));
			if (!methods.test(method)) {
				continue;
			}
			var rows = Classification.PERSONAL_DATA.stream().filter(row -> row.endpoint().equals(endpoint)).toList();
			if (rows.isEmpty()) {
				sent.add(new Sent(endpoint, endpoint, method, withRandomIds(endpoint.substring(method.length() + 1)), Map.of(), null));
			}
			for (var row : rows) {
				var actor = Stream.of(Actor.values()).filter(candidate -> row.expected(candidate).allows()).findFirst()
					.orElseThrow(() -> new AssertionError(row.row() + " allows nobody"));
				var scenario = scenarioFor.computeIfAbsent(row.preparations(), preparations -> scenarios.build(cast, preparations));
				var request = row.request().make(scenario, withThrowawayAuthenticator(cast.member(actor)));
				sent.add(new Sent(endpoint, row.row(), request.method(), request.path(), request.fields(), actor));
			}
		}
		return sent;
	}

	/** "ALL /error" as "GET /error" and "POST /error"; every other endpoint as it is. */
	private static Set<String> named(Set<String> endpoints) {
		var named = new TreeSet<String>();
		for (var endpoint : endpoints) {
			if (endpoint.startsWith("ALL ")) {
				named.add("GET " + endpoint.substring(4));
				named.add("POST " + endpoint.substring(4));
			}
			else {
				named.add(endpoint);
			}
		}
		return named;
	}

	private static String withRandomIds(String pattern) {
		return pattern.replaceAll("\\{[^}]*}", UUID.randomUUID().toString()).replace("**", "liveness");
	}

	/**
	 * The actor with an authenticator of their own for making the request: a request's code is never looked at, since
	 * the refusal comes first, and the actor's own codes stay unspent (each works once).
	 */
	private static StaffMember withThrowawayAuthenticator(StaffMember member) {
		return new StaffMember(member.id(), member.agencyId(), member.username(), member.password(),
				TotpSecret.generate().base32(), member.asCurrentUser());
	}

	private static Map<String, String> withToken(Map<String, String> fields, String token) {
		var with = new LinkedHashMap<>(fields);
		with.put("_csrf", token);
		return with;
	}

	private Plain signedIn(Actor actor) {
		return signedIn.computeIfAbsent(actor, who -> Plain.signedIn(port, cast.member(who)));
	}

	/** For endpoints of no personal data: one account with every role, so that no role check could refuse first. */
	private Plain everyRole() {
		if (everyRole == null) {
			everyRole = Plain.signedIn(port, fixtures.staff(fixtures.agency(Sector.YOUTH_WORK), Role.values()));
		}
		return everyRole;
	}

	private static String who(Sent sent) {
		return sent.actor() == null ? "an account with every role" : sent.actor().toString();
	}

	/** An answer exactly as the server gave it. */
	record Answer(int status, String location, String hxRedirect, String body) {

		boolean sentToSignIn() {
			return status / 100 == 3 && location != null && URI.create("http://localhost/").resolve(location).getPath().equals("/sign-in");
		}

		boolean toSignInForHtmx() {
			return status == 401 && "/sign-in".equals(hxRedirect);
		}

		boolean expiredForm() {
			var heading = Jsoup.parse(body).selectFirst("h1");
			return status == 403 && heading != null && heading.text().equals(EXPIRED);
		}

		@Override
		public String toString() {
			var heading = Jsoup.parse(body).selectFirst("h1");
			return status + (location == null ? "" : " to " + location) + (hxRedirect == null ? "" : " HX-Redirect " + hxRedirect)
					+ (heading == null ? "" : " «" + heading.text() + "»");
		}
	}

	/** A client that follows no redirect, so that each answer is seen as sent; it keeps its session's cookie. */
	static final class Plain {

		private final String base;
		private final CookieManager cookies = new CookieManager();
		private final HttpClient client;

		Plain(int port) {
			this.base = "http://localhost:" + port;
			this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
		}

		/** Signed in with password and code through the sign-in pages, then on in that session. */
		static Plain signedIn(int port, StaffMember member) {
			var browser = new Browserless(port);
			browser.signIn(member);
			var plain = new Plain(port);
			var cookie = new HttpCookie(Browserless.SESSION_COOKIE, browser.sessionCookie().orElseThrow());
			cookie.setPath("/");
			cookie.setVersion(0);
			plain.cookies.getCookieStore().add(URI.create(plain.base), cookie);
			return plain;
		}

		String csrfTokenOf(String path) {
			var token = Jsoup.parse(send("GET", path, Map.of(), BROWSER).body()).selectFirst("input[name=_csrf]");
			if (token == null) {
				throw new AssertionError(path + " carries no CSRF token");
			}
			return token.val();
		}

		Answer send(String method, String path, Map<String, String> fields, Map<String, String> headers) {
			var request = HttpRequest.newBuilder(URI.create(base + path));
			headers.forEach(request::header);
			if (!headers.containsKey("Accept-Language")) {
				// the refusals are asserted in English, whatever the test agency's country
				request.header("Accept-Language", "en");
			}
			if (method.equals("GET")) {
				request.GET();
			}
			else {
				request.header("Content-Type", "application/x-www-form-urlencoded")
					.method(method, HttpRequest.BodyPublishers.ofString(fields.entrySet().stream()
						.map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
								+ URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
						.collect(Collectors.joining("&"))));
			}
			try {
				var response = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
				return new Answer(response.statusCode(), response.headers().firstValue("Location").orElse(null),
						response.headers().firstValue("HX-Redirect").orElse(null), response.body());
			}
			catch (IOException e) {
				throw new IllegalStateException(e);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(e);
			}
		}
	}
}
