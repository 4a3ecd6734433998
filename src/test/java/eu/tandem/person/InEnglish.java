package eu.tandem.person;

import org.springframework.context.MessageSourceResolvable;

/**
 * A refusal's words as an English reader sees them: its key resolved in the bundle the person module's words are in,
 * or the kernel's.
 */
final class InEnglish {

	private static final eu.tandem.kernel.InEnglish WORDS = eu.tandem.kernel.InEnglish.from("i18n/referral", "i18n/person",
			"i18n/kernel");

	private InEnglish() {
	}

	static String words(Throwable refusal) {
		return WORDS.of((MessageSourceResolvable) refusal);
	}
}
