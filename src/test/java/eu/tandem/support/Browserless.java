package eu.tandem.support;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;

/**
 * A user agent over real HTTP without a browser: keeps cookies, follows redirects, fills in forms the way a
 * browser submits them (hidden fields, CSRF token included). For the browser itself, see the browser tests.
 */
public class Browserless {

	public static final String SESSION_COOKIE = "TANDEM_SESSION";

	private final String base;
	private final CookieManager cookies = new CookieManager();
	private final HttpClient client;
	/** What the client's Accept-Language asks for, unless a request names its own: English, as the assertions read. */
	private String language = "en";

	public Browserless(int port) {
		this.base = "http://localhost:" + port;
		this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
	}

	/** Asks for pages in another language from now on, as a browser set to it would ("de", "da;q=0.9, en;q=0.5"). */
	public Browserless speaking(String acceptLanguage) {
		this.language = acceptLanguage;
		return this;
	}

	public Page get(String path) {
		return send(HttpRequest.newBuilder(uri(path)).GET(), new ArrayList<>());
	}

	public Page get(String path, Map<String, String> headers) {
		var request = HttpRequest.newBuilder(uri(path)).GET();
		headers.forEach(request::header);
		return send(request, new ArrayList<>());
	}

	/** The body as the server sent it, byte for byte: for downloads such as PDFs, which are no text. */
	public byte[] download(String path) {
		try {
			var response = client.send(HttpRequest.newBuilder(uri(path)).header("Accept-Language", language).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
			if (response.statusCode() != 200) {
				throw new AssertionError("GET " + path + " answered " + response.statusCode());
			}
			return response.body();
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	/** Posts exactly these fields, nothing added: for requests a page would never send. */
	public Page post(String path, Map<String, String> fields) {
		return post(path, fields, Map.of());
	}

	public Page post(String path, Map<String, String> fields, Map<String, String> headers) {
		var request = HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(encode(fields)));
		headers.forEach(request::header);
		return send(request, new ArrayList<>());
	}

	/** Submits the form that {@code selector} finds on the page, with its hidden fields and these values. */
	public Page submit(Page page, String selector, Map<String, String> values) {
		var multi = new LinkedHashMap<String, List<String>>();
		values.forEach((name, value) -> multi.put(name, List.of(value)));
		return submitAll(page, selector, multi);
	}

	/** As {@link #submit}, where a field may carry several values, as ticked checkboxes do. */
	public Page submitAll(Page page, String selector, Map<String, List<String>> values) {
		var form = page.html().selectFirst(selector);
		if (form == null) {
			throw new AssertionError("No form " + selector + " on " + page.path() + ":\n" + page.mainText());
		}
		var fields = new LinkedHashMap<String, List<String>>();
		form.select("input[type=hidden]").forEach(input -> fields.put(input.attr("name"), List.of(input.val())));
		fields.putAll(values);
		var action = form.attr("action").isEmpty() ? page.uri().getPath() : form.attr("action");
		var request = HttpRequest.newBuilder(uri(action))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(encodeAll(fields)));
		return send(request, new ArrayList<>());
	}

	public Page signIn(String username, String password, String totpSecret) {
		var signIn = get("/sign-in");
		var second = submit(signIn, "form[action=/sign-in]", Map.of("username", username, "password", password));
		if (!second.path().startsWith("/sign-in/code")) {
			throw new AssertionError("The password step of " + username + " ended at " + second.path() + ": " + second.mainText());
		}
		var landed = submit(second, "form[action=/sign-in/code]", Map.of("code", TestTotp.freshCode(totpSecret)));
		if (landed.path().startsWith("/sign-in")) {
			throw new AssertionError("The code step of " + username + " ended at " + landed.path() + ": " + landed.fieldError("code"));
		}
		return landed;
	}

	public Page signIn(StaffMember member) {
		return signIn(member.username(), member.password(), member.totpSecret());
	}

	public Page signOut() {
		var home = get("/");
		return submit(home, "form[action=/sign-out]", Map.of());
	}

	public Optional<String> sessionCookie() {
		return cookies.getCookieStore().getCookies().stream()
			.filter(cookie -> cookie.getName().equals(SESSION_COOKIE))
			.map(HttpCookie::getValue)
			.findFirst();
	}

	public void setSessionCookie(String value) {
		cookies.getCookieStore().removeAll();
		var cookie = new HttpCookie(SESSION_COOKIE, value);
		cookie.setPath("/");
		cookie.setVersion(0);
		cookies.getCookieStore().add(URI.create(base), cookie);
	}

	private Page send(HttpRequest.Builder request, List<URI> hops) {
		try {
			var built = request.build();
			if (built.headers().firstValue("Accept-Language").isEmpty()) {
				built = HttpRequest.newBuilder(built, (name, value) -> true).header("Accept-Language", language).build();
			}
			var response = client.send(built, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			var location = response.headers().firstValue("Location");
			if (response.statusCode() / 100 == 3 && location.isPresent() && hops.size() < 10) {
				var next = response.uri().resolve(location.get());
				hops.add(next);
				return send(HttpRequest.newBuilder(next).GET(), hops);
			}
			return new Page(response.statusCode(), response.uri(), response.headers(), response.body(),
					Jsoup.parse(response.body(), base), List.copyOf(hops));
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	private URI uri(String path) {
		return URI.create(path.startsWith("http") ? path : base + path);
	}

	private static String encodeAll(Map<String, List<String>> fields) {
		return fields.entrySet().stream()
			.flatMap(e -> e.getValue().stream().map(value -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(value, StandardCharsets.UTF_8)))
			.collect(Collectors.joining("&"));
	}

	private static String encode(Map<String, String> fields) {
		return fields.entrySet().stream()
			.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}
}
