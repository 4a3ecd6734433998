package eu.tandem.web;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The time zone a hub works in, from its country: a hub's "today", the year in its references and every time on its
 * screens are its own, not the server's. Countries with overseas zones use their European one.
 */
public final class TimeZones {

	private static final Map<String, String> OF_COUNTRY = Map.ofEntries(
			Map.entry("AT", "Europe/Vienna"), Map.entry("BE", "Europe/Brussels"), Map.entry("BG", "Europe/Sofia"),
			Map.entry("CH", "Europe/Zurich"), Map.entry("CY", "Asia/Nicosia"), Map.entry("CZ", "Europe/Prague"),
			Map.entry("DE", "Europe/Berlin"), Map.entry("DK", "Europe/Copenhagen"), Map.entry("EE", "Europe/Tallinn"),
			Map.entry("ES", "Europe/Madrid"), Map.entry("FI", "Europe/Helsinki"), Map.entry("FR", "Europe/Paris"),
			Map.entry("GB", "Europe/London"), Map.entry("GR", "Europe/Athens"), Map.entry("HR", "Europe/Zagreb"),
			Map.entry("HU", "Europe/Budapest"), Map.entry("IE", "Europe/Dublin"), Map.entry("IS", "Atlantic/Reykjavik"),
			Map.entry("IT", "Europe/Rome"), Map.entry("LI", "Europe/Vaduz"), Map.entry("LT", "Europe/Vilnius"),
			Map.entry("LU", "Europe/Luxembourg"), Map.entry("LV", "Europe/Riga"), Map.entry("MT", "Europe/Malta"),
			Map.entry("NL", "Europe/Amsterdam"), Map.entry("NO", "Europe/Oslo"), Map.entry("PL", "Europe/Warsaw"),
			Map.entry("PT", "Europe/Lisbon"), Map.entry("RO", "Europe/Bucharest"), Map.entry("SE", "Europe/Stockholm"),
			Map.entry("SI", "Europe/Ljubljana"), Map.entry("SK", "Europe/Bratislava"));

	/** Where no country is known (a visitor who is not signed in): central European time, where most hubs are. */
	public static final ZoneId DEFAULT = ZoneId.of("Europe/Brussels");

	private TimeZones() {
	}

	/** The zone of a country given by its ISO 3166 code, if Tandem knows it. */
	public static Optional<ZoneId> ofCountry(String country) {
		return Optional.ofNullable(OF_COUNTRY.get(country == null ? "" : country.toUpperCase(Locale.ROOT))).map(ZoneId::of);
	}

	/** The zone of a country, or {@link #DEFAULT}. */
	public static ZoneId ofCountryOrDefault(String country) {
		return ofCountry(country).orElse(DEFAULT);
	}
}
