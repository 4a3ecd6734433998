package eu.tandem.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.text.MessageFormat;

import eu.tandem.web.Language;
import eu.tandem.web.MessageBundles;
import org.junit.jupiter.api.Test;

/**
 * Every text of the identity and audit bundles that has placeholders is a pattern that formats in every language,
 * for one and for many: a choice between singular and plural written wrongly fails here, not on someone's start page.
 */
class BundleTextsFormatTest {

	@Test
	void everyPatternFormatsInEveryLanguageForOneAndForMany() {
		for (var basename : new String[] { "i18n/identity", "i18n/audit" }) {
			for (var language : Language.values()) {
				var texts = MessageBundles.texts(basename, language);
				for (var key : texts.stringPropertyNames()) {
					var text = texts.getProperty(key);
					if (!text.contains("{")) {
						continue;
					}
					for (long count : new long[] { 1, 3 }) {
						var arguments = new Object[] { count, count, count };
						assertThatCode(() -> new MessageFormat(text, language.locale()).format(arguments))
							.as("%s in %s", key, language).doesNotThrowAnyException();
						assertThat(new MessageFormat(text, language.locale()).format(arguments)).as("%s in %s", key, language)
							.doesNotContain("{").doesNotContain("''");
					}
				}
			}
		}
	}
}
