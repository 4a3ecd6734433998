package eu.tandem.audit;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * What a verification found, in words: a key of the audit module's bundle with its arguments, which the screen writes
 * in the reader's language. The command line speaks to operators and their scripts in English whatever the server's
 * language, so it reads the English bundle itself: each text is written once.
 */
final class TrailWords {

	private static final String ENGLISH = "i18n/audit.properties";
	private static final Properties TEXTS = load();

	private TrailWords() {
	}

	/** The bundle's text for {@code key} with these arguments: {@code TrailWords.of("audit.broken.linkChanged")}. */
	static MessageSourceResolvable of(String key, Object... arguments) {
		return new DefaultMessageSourceResolvable(new String[] { key }, arguments);
	}

	/** The words in English, as the bundle writes them; as Spring does, a text without arguments is not a pattern. */
	static String english(MessageSourceResolvable words) {
		var key = Objects.requireNonNull(words.getCodes(), "words without a key")[0];
		var text = TEXTS.getProperty(key);
		if (text == null) {
			throw new IllegalStateException("The audit bundle has no English text for " + key);
		}
		var arguments = words.getArguments();
		return arguments == null || arguments.length == 0 ? text : new MessageFormat(text, Locale.UK).format(arguments);
	}

	private static Properties load() {
		var texts = new Properties();
		try (var in = TrailWords.class.getClassLoader().getResourceAsStream(ENGLISH)) {
			texts.load(new InputStreamReader(Objects.requireNonNull(in, ENGLISH), StandardCharsets.UTF_8));
			return texts;
		}
		catch (IOException unreadable) {
			throw new UncheckedIOException(unreadable);
		}
	}
}
