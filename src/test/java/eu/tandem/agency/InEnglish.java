package eu.tandem.agency;

import java.util.Locale;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Words as an English reader sees them on a screen, from the module's bundle: a refusal, a form's error. */
final class InEnglish {

	private static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource();

	static {
		MESSAGES.setBasenames("i18n/agency", "i18n/kernel");
		MESSAGES.setDefaultEncoding("UTF-8");
		MESSAGES.setFallbackToSystemLocale(false);
	}

	private InEnglish() {
	}

	static String of(MessageSourceResolvable words) {
		return MESSAGES.getMessage(words, Locale.UK);
	}
}
