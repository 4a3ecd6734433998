package eu.tandem.agency;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import eu.tandem.kernel.InvalidInput;

/** A country by its ISO 3166-1 alpha-2 code, shown by its name in the reader's language. */
public record Country(String code) {

	private static final Set<String> CODES = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);

	public Country {
		code = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
		if (!CODES.contains(code)) {
			throw InvalidInput.of("country", "agency.error.country");
		}
	}

	/** The English name, for what stays in English (logs, exports); screens use {@link #name(Locale)}. */
	public String name() {
		return name(Locale.ENGLISH);
	}

	/** The name in a language: "Germany", "Deutschland", "Tyskland". */
	public String name(Locale language) {
		return Locale.of("", code).getDisplayCountry(language);
	}

	/**
	 * Every country, in the alphabetical order of its names in a language: the choices of a country select. Some 250
	 * names sorted with a collator, so only a screen that shows the select asks for them.
	 */
	public static List<Country> all(Locale language) {
		return CODES.stream().map(Country::new).sorted(byName(language)).toList();
	}

	/** Countries in the alphabetical order of their names in a language, as a list to choose from reads. */
	public static Comparator<Country> byName(Locale language) {
		var collator = Collator.getInstance(language);
		return Comparator.comparing(country -> country.name(language), collator);
	}

	@Override
	public String toString() {
		return code;
	}
}
