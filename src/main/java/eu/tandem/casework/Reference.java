package eu.tandem.casework;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What people say and type to name a referral or its case: the hub's letters, the year and a number counted per
 * hub and year, as in {@code AUG-2026-0042}. A case carries the reference of the referral it was opened from.
 * Typed references are read forgivingly: any case, spaces or no dashes, and the number without its zeros.
 */
public final class Reference {

	private static final Pattern TYPED = Pattern.compile("([A-Z]{2,3}[0-9]*?)[-\\s]*([0-9]{4})[-\\s]*([0-9]{1,6})");
	/** References given before numbered ones existed: a word and the first eight hex digits of the identifier. */
	private static final Pattern EARLIER = Pattern.compile("(REF|CASE)-[0-9A-F]{8}");

	private Reference() {
	}

	public static String of(String hubPrefix, int year, int number) {
		return "%s-%d-%04d".formatted(hubPrefix, year, number);
	}

	/** The reference as stored, from what someone typed; empty when it cannot be one. */
	public static Optional<String> read(String typed) {
		if (typed == null) {
			return Optional.empty();
		}
		var text = typed.strip().toUpperCase(Locale.ROOT).replace('\u2013', '-').replace('\u2011', '-');
		if (EARLIER.matcher(text).matches()) {
			return Optional.of(text);
		}
		var matcher = TYPED.matcher(text);
		if (!matcher.matches()) {
			return Optional.empty();
		}
		return Optional.of(of(matcher.group(1), Integer.parseInt(matcher.group(2)), Integer.parseInt(matcher.group(3))));
	}
}
