package eu.tandem.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * No template writes user-facing words itself: every text comes from a message bundle through {@code #{…}}, so that
 * every screen is in the reader's language. Looks at text between tags, at attributes people read or hear (title,
 * alt, placeholder, aria-label, button values) and at quoted words inside Thymeleaf's text expressions; and checks
 * that every message key a template names exists.
 */
class TemplateTextTest {

	static final Path TEMPLATES = Path.of("src/main/resources/templates");

	/**
	 * Templates whose words are still written into them, to be moved into bundles (issue 14). The list only shrinks:
	 * a template that has become clean fails the test until it is taken off.
	 */
	static final Set<String> NOT_YET_TRANSLATED = Set.of();

	private static final Pattern LETTER = Pattern.compile("\\p{L}");
	private static final Set<String> READ_ATTRIBUTES = Set.of("title", "alt", "placeholder", "aria-label", "aria-description",
			"label");
	private static final Set<String> TEXT_EXPRESSIONS = Set.of("th:text", "th:utext", "th:title", "th:alt", "th:placeholder",
			"th:replace", "th:insert", "th:with",
			"th:aria-label", "th:label", "th:content");
	/** A quoted literal inside an expression: 'Not identified'. */
	private static final Pattern QUOTED = Pattern.compile("'((?:[^'\\\\]|\\\\.)*)'");
	/** A literal substitution |…|, whose words outside ${…} are literal. */
	private static final Pattern SUBSTITUTION = Pattern.compile("\\|([^|]*)\\|");
	private static final Pattern EXPRESSION = Pattern.compile("[$*#@~]\\{[^}]*}");
	/** Codes rather than words: enum constants (OPEN, NOT_YET), keys and field names (note, case-team, givenNames). */
	private static final Pattern CODE = Pattern.compile("[A-Z0-9_]+|[a-z][A-Za-z0-9_.\\-/#:]*|[0-9#][A-Za-z0-9_.\\-/#:]*");
	private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.\\-]+)");

	@Test
	void translatedTemplatesHoldNoWordsOfTheirOwn() throws IOException {
		var found = new TreeMap<String, List<String>>();
		for (var template : templates()) {
			var words = wordsIn(TEMPLATES.resolve(template));
			if (!words.isEmpty()) {
				found.put(template, words);
			}
		}
		var untranslated = new TreeMap<>(found);
		untranslated.keySet().removeAll(NOT_YET_TRANSLATED);
		assertThat(untranslated).as("words written into templates instead of a message bundle").isEmpty();
		var clean = new HashSet<>(NOT_YET_TRANSLATED);
		clean.removeAll(found.keySet());
		assertThat(clean).as("translated templates still listed as not yet translated: take them off the list").isEmpty();
	}

	@Test
	void everyMessageKeyATemplateNamesExistsInEnglish() throws IOException {
		var known = new HashSet<String>();
		for (var basename : MessageBundlesTest.configured().basenames()) {
			known.addAll(MessageBundles.texts(basename, Language.ENGLISH).stringPropertyNames());
		}
		var unknown = new ArrayList<String>();
		for (var template : templates()) {
			var text = Files.readString(TEMPLATES.resolve(template));
			MESSAGE_KEY.matcher(text).results().map(match -> match.group(1)).filter(key -> !known.contains(key))
				.forEach(key -> unknown.add(template + ": " + key));
		}
		assertThat(unknown).isEmpty();
	}

	@Test
	void theCheckFindsWordsInTextAttributesAndExpressions() {
		var words = wordsIn("""
				<p>Hello</p><p th:text="#{fine}"></p><img alt="A map"><span th:text="${x ?: 'Not identified'}"></span>
				<span th:text="|Opened ${when}|"></span><span th:if="${state == 'OPEN'}" th:text="${state == 'OPEN' ? #{a} : #{b}}"></span>
				<input type="submit" value="Save"><input type="hidden" name="kind" value="note"><p>–</p>
				<div th:replace="~{fragments/forms :: text('givenNames', 'Name', null, 'text', 'off')}"></div>
				<button type="submit" name="step" value="review" th:text="#{next}"></button>""");
		assertThat(words).containsExactly("text: Hello", "alt: A map", "th:text: Not identified", "th:text: Opened", "value: Save",
				"th:replace: Name");
	}

	static List<String> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter(path -> path.toString().endsWith(".html")).map(path -> TEMPLATES.relativize(path).toString()
				.replace('\\', '/')).sorted().toList();
		}
	}

	static List<String> wordsIn(Path template) throws IOException {
		return wordsIn(Files.readString(template));
	}

	static List<String> wordsIn(String html) {
		var document = Jsoup.parse(html, "", Parser.htmlParser());
		document.select("script, style").remove();
		var words = new ArrayList<String>();
		for (var element : document.getAllElements()) {
			for (var node : element.childNodes()) {
				if (node instanceof TextNode text && LETTER.matcher(text.text()).find()) {
					words.add("text: " + text.text().strip());
				}
			}
			for (var attribute : element.attributes()) {
				var name = attribute.getKey();
				var value = attribute.getValue();
				if ((READ_ATTRIBUTES.contains(name) || isButtonValue(element, name)) && LETTER.matcher(value).find()) {
					words.add(name + ": " + value);
				}
				if (TEXT_EXPRESSIONS.contains(name)) {
					literalWords(value).forEach(literal -> words.add(name + ": " + literal));
				}
			}
		}
		return words;
	}

	private static boolean isButtonValue(Element element, String attribute) {
		// a button's value is sent, not shown: its words are its content
		return attribute.equals("value") && element.tagName().equals("input")
				&& Set.of("submit", "button", "reset").contains(element.attr("type"));
	}

	private static List<String> literalWords(String expression) {
		var literals = new ArrayList<String>();
		var substitutions = SUBSTITUTION.matcher(expression);
		while (substitutions.find()) {
			var outside = EXPRESSION.matcher(substitutions.group(1)).replaceAll(" ").strip();
			if (LETTER.matcher(outside).find()) {
				literals.add(outside);
			}
		}
		var rest = SUBSTITUTION.matcher(expression).replaceAll(" ");
		var quoted = QUOTED.matcher(rest);
		while (quoted.find()) {
			var literal = quoted.group(1);
			if (LETTER.matcher(literal).find() && !CODE.matcher(literal).matches()) {
				literals.add(literal);
			}
		}
		return literals;
	}
}
