package eu.tandem.agency;

import java.util.Locale;
import java.util.Set;

import eu.tandem.kernel.InvalidInput;

/** A country by its ISO 3166-1 alpha-2 code, shown by its English name. */
public record Country(String code) {

	private static final Set<String> CODES = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);

	public Country {
		code = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
		if (!CODES.contains(code)) {
			throw new InvalidInput("country", "Choose a country.");
		}
	}

	public String name() {
		return Locale.of("", code).getDisplayCountry(Locale.ENGLISH);
	}

	@Override
	public String toString() {
		return code;
	}
}
