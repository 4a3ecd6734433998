package eu.tandem.web;

import java.util.regex.Pattern;

/**
 * The rules for short text that people type: a name, a title, a region. It must not be blank, must fit,
 * and may not hold control characters or markup, which have no place in a name and would only ever
 * reach a screen or an export as an attack.
 */
public final class PlainText {

	private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cf}&&[^\\u200c\\u200d]]");

	private PlainText() {
	}

	/** Trims and checks a required value; the message names the field as the user knows it. */
	public static String required(String field, String label, String value, int maxLength) {
		var trimmed = value == null ? "" : value.strip();
		if (trimmed.isEmpty()) {
			throw new InvalidInput(field, "Enter " + label + ".");
		}
		return checked(field, label, trimmed, maxLength);
	}

	/** Trims and checks an optional value; blank becomes {@code null}. */
	public static String optional(String field, String label, String value, int maxLength) {
		var trimmed = value == null ? "" : value.strip();
		return trimmed.isEmpty() ? null : checked(field, label, trimmed, maxLength);
	}

	private static String checked(String field, String label, String value, int maxLength) {
		if (value.codePointCount(0, value.length()) > maxLength) {
			throw new InvalidInput(field, capitalise(label) + " can be at most " + maxLength + " characters long.");
		}
		if (CONTROL.matcher(value).find()) {
			throw new InvalidInput(field, capitalise(label) + " contains invisible control characters. Retype it.");
		}
		if (value.indexOf('<') >= 0 || value.indexOf('>') >= 0) {
			throw new InvalidInput(field, capitalise(label) + " cannot contain < or >.");
		}
		return value;
	}

	private static String capitalise(String label) {
		return Character.toUpperCase(label.charAt(0)) + label.substring(1);
	}
}
