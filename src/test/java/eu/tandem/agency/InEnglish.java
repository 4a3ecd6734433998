package eu.tandem.agency;

import org.springframework.context.MessageSourceResolvable;

/** Words as an English reader sees them on a screen, from the module's bundle: a refusal, a form's error. */
final class InEnglish {

	private static final eu.tandem.kernel.InEnglish WORDS = eu.tandem.kernel.InEnglish.from("i18n/agency", "i18n/kernel");

	private InEnglish() {
	}

	static String of(MessageSourceResolvable words) {
		return WORDS.of(words);
	}
}
