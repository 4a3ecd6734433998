package eu.tandem.agency;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import eu.tandem.identity.Profession;
import org.jspecify.annotations.Nullable;

/**
 * What a practitioner looks for in the agency directory, read from the address so that a search can be
 * bookmarked and shared. A filter is narrowing, not input to be saved: a value that is not a sector,
 * country or profession (an old bookmark, a hand-edited address) filters nothing, and the form shows it so.
 */
record DirectoryFilter(String text, @Nullable Sector sector, @Nullable Country country, String region,
		@Nullable Profession profession) {

	static final int MAX_TEXT = 200;
	static final int MAX_WORDS = 10;

	static DirectoryFilter none() {
		return new DirectoryFilter("", null, null, "", null);
	}

	static DirectoryFilter of(@Nullable String text, @Nullable String sector, @Nullable String country,
			@Nullable String region, @Nullable String profession) {
		return new DirectoryFilter(cut(text), named(Sector.class, sector), country(country), cut(region),
				named(Profession.class, profession));
	}

	/** Every word of the free text must appear in the name, the prevention work or the responsibilities. */
	List<String> words() {
		return Arrays.stream(text.split("\\s+")).filter(word -> !word.isEmpty()).limit(MAX_WORDS).toList();
	}

	boolean isEmpty() {
		return text.isEmpty() && sector == null && country == null && region.isEmpty() && profession == null;
	}

	/**
	 * A LIKE pattern that finds {@code text} anywhere, taken literally: {@code %}, {@code _} and the escape
	 * character itself match only themselves (PostgreSQL's default escape character is the backslash).
	 */
	static String containing(String text) {
		return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}

	private static String cut(@Nullable String value) {
		var stripped = value == null ? "" : value.strip();
		return stripped.codePointCount(0, stripped.length()) > MAX_TEXT
				? stripped.substring(0, stripped.offsetByCodePoints(0, MAX_TEXT)) : stripped;
	}

	private static <E extends Enum<E>> @Nullable E named(Class<E> type, @Nullable String value) {
		try {
			return value == null || value.isBlank() ? null : Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException unknown) {
			return null;
		}
	}

	private static @Nullable Country country(@Nullable String code) {
		try {
			return code == null || code.isBlank() ? null : new Country(code);
		}
		catch (IllegalArgumentException unknown) {
			return null;
		}
	}
}
