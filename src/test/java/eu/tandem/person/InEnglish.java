package eu.tandem.person;

import java.util.Locale;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.ResourceBundleMessageSource;

/** A refusal's words as an English reader sees them: its key resolved in the bundle the person module's words are in, or the kernel's. */
final class InEnglish {

	private static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource();

	static {
		MESSAGES.setBasenames("i18n/referral", "i18n/kernel");
		MESSAGES.setDefaultEncoding("UTF-8");
		MESSAGES.setFallbackToSystemLocale(false);
	}

	private InEnglish() {
	}

	static String words(Throwable refusal) {
		return MESSAGES.getMessage((MessageSourceResolvable) refusal, Locale.UK);
	}
}
