package eu.tandem.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/** Every text exists in every language, with the placeholders of its English original. */
class MessageBundlesTest {

	static MessageBundles configured() throws IOException {
		var properties = new Properties();
		try (var in = new ClassPathResource("application.properties").getInputStream()) {
			properties.load(in);
		}
		return new MessageBundles(properties.getProperty("spring.messages.basename"));
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

	@Test
	void placeholdersAreCountedByNumber() {
		assertThat(MessageBundles.placeholders("{0} of {1,number} at {0}")).containsExactly(0, 1);
		assertThat(MessageBundles.placeholders("none")).isEmpty();
	}
}
