package eu.tandem.support;

import java.net.URI;
import java.net.http.HttpHeaders;
import java.util.List;

import org.jsoup.nodes.Document;

/** A response as the user would see it, after following redirects; {@code hops} lists the redirects taken. */
public record Page(int status, URI uri, HttpHeaders headers, String body, Document html, List<URI> hops) {

	public String path() {
		return uri.getPath() + (uri.getQuery() == null ? "" : "?" + uri.getQuery());
	}

	public String title() {
		return html.title();
	}

	public String heading() {
		var h1 = html.selectFirst("h1");
		return h1 == null ? "" : h1.text();
	}

	/** The visible text of the main region. */
	public String mainText() {
		var main = html.selectFirst("main");
		return main == null ? html.text() : main.text();
	}

	/** The error message shown next to a form field, or empty. */
	public String fieldError(String field) {
		var error = html.getElementById(field + "-error");
		if (error == null) {
			return "";
		}
		// without the word a screen reader hears first ("Error:", "Fehler:"), in whatever language
		var shown = error.clone();
		shown.select(".visually-hidden").remove();
		return shown.text().strip();
	}

	/** The value a text input shows. */
	public String inputValue(String field) {
		var input = html.getElementById(field);
		return input == null ? null : input.val();
	}

	public String header(String name) {
		return headers.firstValue(name).orElse(null);
	}
}
