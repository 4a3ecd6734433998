package eu.tandem.identity;

import java.util.Locale;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The identity module's words as a reader of English sees them, without starting the application. */
final class English {

	private static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource();

	static {
		MESSAGES.setBasename("i18n/identity");
		MESSAGES.setDefaultEncoding("UTF-8");
		MESSAGES.setFallbackToSystemLocale(false);
	}

	private English() {
	}

	static String of(MessageSourceResolvable words) {
		return MESSAGES.getMessage(words, Locale.UK);
	}

	static String of(String key) {
		return MESSAGES.getMessage(key, null, Locale.UK);
	}
}
