package eu.tandem.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import eu.tandem.support.LogCapture;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.ClassPathResource;

/** Every text exists in every language, with the placeholders of its English original. */
class MessageBundlesTest {

	static MessageBundles configured() throws IOException {
		return new MessageBundles(application().getProperty("spring.messages.basename"));
	}

	private static Properties application() throws IOException {
		var properties = new Properties();
		try (var in = new ClassPathResource("application.properties").getInputStream()) {
			properties.load(in);
		}
		return properties;
	}

	@Test
	void everyLanguageHasEveryTextWithTheSamePlaceholders() throws IOException {
		var bundles = configured();
		assertThat(bundles.basenames()).contains("i18n/web");
		assertThat(bundles.problems()).isEmpty();
	}

	@Test
	void aMissingTextAWrongPlaceholderALoneApostropheAndAnExtraKeyAreEachNamed() {
		var problems = new MessageBundles("i18n-check/gaps").problems();
		assertThat(problems).containsExactlyInAnyOrder(
				"i18n-check/gaps_de.properties lacks farewell",
				"i18n-check/gaps_da.properties has placeholders [1] for greeting where English has [0]",
				"i18n-check/gaps_fr.properties has an apostrophe in greeting that hides its placeholders: write '' or ’",
				"i18n-check/gaps_nl.properties has extra, which English lacks");
	}

	/**
	 * At run time, a text a language lacks reads in English (the bundle without a language is every language's parent),
	 * never as its key; the gap is named once, when Tandem starts.
	 */
	@Test
	void aTextMissingInALanguageShowsInEnglishAndIsNamedOnceInTheLog() throws IOException {
		var messages = new ResourceBundleMessageSource();
		messages.setBasename("i18n-check/gaps");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(Boolean.parseBoolean(application().getProperty("spring.messages.fallback-to-system-locale")));
		assertThat(messages.getMessage("farewell", null, Language.GERMAN.locale())).isEqualTo("Goodbye");
		assertThat(messages.getMessage("farewell", null, Language.DANISH.locale())).isEqualTo("Farvel");
		try (var log = LogCapture.atDebug()) {
			new MessageBundles("i18n-check/gaps").reportGaps();
			assertThat(log.lines()).filteredOn(line -> line.contains("lacks farewell"))
				.containsExactly("WARN " + MessageBundles.class.getName() + ": Message bundles: i18n-check/gaps_de.properties lacks farewell");
		}
	}

	/**
	 * The keys that code names for its words: {@code InvalidInput.of(field, "key", …)}, {@code Words.of("key", …)} and,
	 * where a module may not use the web layer, {@code new DefaultMessageSourceResolvable("key")}; a key made from a
	 * constant's name, {@code Words.of("hub.purpose." + purpose.name())}, is named by its beginning.
	 */
	static final Pattern KEY_IN_CODE = Pattern.compile(
			"(?:InvalidInput\\.of\\(\\s*(?:\"[^\"]*\"|\\w+),\\s*|Words\\.of\\(\\s*|new DefaultMessageSourceResolvable\\(\\s*)\"([^\"]+)\"(\\s*\\+)?");

	@Test
	void everyKeyTheCodeNamesExistsInEnglish() throws IOException {
		var known = new HashSet<String>();
		for (var basename : configured().basenames()) {
			known.addAll(MessageBundles.texts(basename, Language.ENGLISH).stringPropertyNames());
		}
		var unknown = new ArrayList<String>();
		try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
			for (var source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
				// a beginning is known if some key begins with it; each constant's own key is checked by its module's words test
				KEY_IN_CODE.matcher(Files.readString(source)).results()
					.filter(match -> match.group(2) == null ? !known.contains(match.group(1))
							: known.stream().noneMatch(key -> key.startsWith(match.group(1))))
					.forEach(match -> unknown.add(source.getFileName() + ": " + match.group(1)));
			}
		}
		assertThat(unknown).isEmpty();
		assertThat(KEY_IN_CODE.matcher("throw InvalidInput.of(\"born\", \"referral.error.born\", day);").results()
			.map(match -> match.group(1)).toList()).containsExactly("referral.error.born");
		assertThat(KEY_IN_CODE.matcher("PlainText.optional(\"street\", new DefaultMessageSourceResolvable(\"person.field.street\"), street, 200)")
			.results().map(match -> match.group(1)).toList()).containsExactly("person.field.street");
	}

	@Test
	void placeholdersAreCountedByNumber() {
		assertThat(MessageBundles.placeholders("{0} of {1,number} at {0}")).containsExactly(0, 1);
		assertThat(MessageBundles.placeholders("none")).isEmpty();
	}
}
