package eu.tandem.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.i18n.LocaleContextHolder;

/**
 * A language Tandem's screens are written in. English is British English: it is the language of the RAN paper and of
 * the knowledge library, and it is what a screen falls back to. Each language names itself as its speakers do, so
 * that someone who cannot read the current one still finds their own in the switch.
 */
public enum Language {

	ENGLISH(Locale.UK, "English"),
	GERMAN(Locale.GERMANY, "Deutsch"),
	DANISH(Locale.of("da", "DK"), "Dansk"),
	FRENCH(Locale.FRANCE, "Français"),
	DUTCH(Locale.of("nl", "NL"), "Nederlands");

	private final Locale locale;
	private final String ownName;

	Language(Locale locale, String ownName) {
		this.locale = locale;
		this.ownName = ownName;
	}

	/** The locale screens are formatted in: its language and the country whose conventions it follows for dates. */
	public Locale locale() {
		return locale;
	}

	/** The two-letter code, as in {@code lang="da"} and in the switch's form. */
	public String code() {
		return locale.getLanguage();
	}

	/** The language's name in itself: "Deutsch", "Dansk". */
	public String ownName() {
		return ownName;
	}

	/** The language with this two-letter code (any case), if Tandem has it. */
	public static Optional<Language> ofCode(String code) {
		return Arrays.stream(values()).filter(language -> language.code().equalsIgnoreCase(code == null ? "" : code.strip()))
			.findFirst();
	}

	/** The language a locale asks for (its country is ignored: Austrian German is German), if Tandem has it. */
	public static Optional<Language> of(Locale locale) {
		return ofCode(locale.getLanguage());
	}

	/** The language of the screen being answered (the request's), English outside a request. */
	public static Language current() {
		return of(LocaleContextHolder.getLocale()).orElse(ENGLISH);
	}

	/** The first of the browser's languages, in its order of preference, that Tandem has. */
	public static Optional<Language> preferred(List<Locale> acceptable) {
		return acceptable.stream().map(Language::of).flatMap(Optional::stream).findFirst();
	}

	/**
	 * The language people work in in a country (ISO 3166 code), for those whose browser asks for none of Tandem's:
	 * Belgium's hubs are Flemish or francophone, and Flemish ones are the more, so Dutch.
	 */
	public static Optional<Language> ofCountry(String country) {
		return switch (country == null ? "" : country.toUpperCase(Locale.ROOT)) {
			case "DE", "AT", "LI" -> Optional.of(GERMAN);
			case "DK", "GL", "FO" -> Optional.of(DANISH);
			case "FR", "MC", "LU" -> Optional.of(FRENCH);
			case "NL", "BE", "SR" -> Optional.of(DUTCH);
			case "GB", "IE", "MT" -> Optional.of(ENGLISH);
			default -> Optional.empty();
		};
	}
}
