package eu.tandem.audit;

import eu.tandem.kernel.InEnglish;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * What a verification found, in words: a key of the audit module's bundle with its arguments, which the screen writes
 * in the reader's language. The command line speaks to operators and their scripts in English whatever the server's
 * language, so it reads the English bundle itself: each text is written once.
 */
final class TrailWords {

	private static final InEnglish ENGLISH = InEnglish.from("i18n/audit");

	private TrailWords() {
	}

	/** The bundle's text for {@code key} with these arguments: {@code TrailWords.of("audit.broken.linkChanged")}. */
	static MessageSourceResolvable of(String key, Object... arguments) {
		return new DefaultMessageSourceResolvable(new String[] { key }, arguments);
	}

	/** The words in English, as the bundle writes them. */
	static String english(MessageSourceResolvable words) {
		return ENGLISH.of(words);
	}
}
