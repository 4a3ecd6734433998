package eu.tandem.kernel;

import java.util.Locale;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Words in English from a module's bundles, for what stays in English whoever reads it later — a disclosure's
 * citation, a line for an operator's script — without the application's message source: each text is still written
 * once, in the bundle, and formatted as every screen formats it.
 */
public final class InEnglish {

	private final ResourceBundleMessageSource english = new ResourceBundleMessageSource();

	private InEnglish(String... basenames) {
		english.setBasenames(basenames);
		english.setDefaultEncoding("UTF-8");
		english.setFallbackToSystemLocale(false);
	}

	/** The English of these bundles: {@code InEnglish.from("i18n/hub", "i18n/agency")}. */
	public static InEnglish from(String... basenames) {
		return new InEnglish(basenames);
	}

	/** The words in English; a key no bundle has is an error, not a raw key in a record. */
	public String of(MessageSourceResolvable words) {
		return english.getMessage(words, Locale.UK);
	}
}
