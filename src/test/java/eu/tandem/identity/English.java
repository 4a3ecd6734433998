package eu.tandem.identity;

import eu.tandem.kernel.InEnglish;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/** The identity module's words as a reader of English sees them, without starting the application. */
final class English {

	private static final InEnglish WORDS = InEnglish.from("i18n/identity", "i18n/kernel");

	private English() {
	}

	static String of(MessageSourceResolvable words) {
		return WORDS.of(words);
	}

	static String of(String key) {
		return WORDS.of(new DefaultMessageSourceResolvable(key));
	}
}
