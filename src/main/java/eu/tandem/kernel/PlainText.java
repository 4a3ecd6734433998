package eu.tandem.kernel;

import java.util.regex.Pattern;

/**
 * The rules for text that people type: a name, a title, a region on one line, or a description over
 * several lines. It must not be blank, must fit, and may not hold control characters, which nobody can see
 * or retype and which only ever reach a screen, an export or the database as a fault or an attack.
 * Multi-line text may hold line breaks and tabs, nothing else invisible. "&lt;" and "&gt;" are ordinary
 * characters here ("score &gt; 20"): every screen escapes what it shows, so text never becomes markup.
 * A person's name is held to a narrower rule, in the person module.
 */
public final class PlainText {

	private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cf}&&[^\\u200c\\u200d]]");
	private static final Pattern CONTROL_BUT_LINE_BREAK_OR_TAB = Pattern.compile("[\\p{Cc}\\p{Cf}&&[^\\u200c\\u200d\\n\\t]]");
	private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n?");

	private PlainText() {
	}

	/** Trims and checks a required value; the message names the field as the user knows it. */
	public static String required(String field, String label, String value, int maxLength) {
		var trimmed = value == null ? "" : value.strip();
		if (trimmed.isEmpty()) {
			throw new InvalidInput(field, "Enter " + label + ".");
		}
		return checked(field, label, trimmed, maxLength, CONTROL);
	}

	/** Trims and checks an optional value; blank becomes {@code null}. */
	public static String optional(String field, String label, String value, int maxLength) {
		var trimmed = value == null ? "" : value.strip();
		return trimmed.isEmpty() ? null : checked(field, label, trimmed, maxLength, CONTROL);
	}

	/**
	 * Trims and checks an optional text of several lines; blank becomes {@code null}. Line breaks as browsers
	 * send them ({@code \r\n}) are stored as {@code \n}, and each counts as one character.
	 */
	public static String optionalMultiLine(String field, String label, String value, int maxLength) {
		var trimmed = value == null ? "" : LINE_BREAK.matcher(value).replaceAll("\n").strip();
		return trimmed.isEmpty() ? null : checked(field, label, trimmed, maxLength, CONTROL_BUT_LINE_BREAK_OR_TAB);
	}

	/** As {@link #optionalMultiLine}, but the text must be given. */
	public static String requiredMultiLine(String field, String label, String value, int maxLength) {
		var text = optionalMultiLine(field, label, value, maxLength);
		if (text == null) {
			throw new InvalidInput(field, "Enter " + label + ".");
		}
		return text;
	}

	private static String checked(String field, String label, String value, int maxLength, Pattern control) {
		if (value.codePointCount(0, value.length()) > maxLength) {
			throw new InvalidInput(field, capitalise(label) + " can be at most " + maxLength + " characters long.");
		}
		if (control.matcher(value).find()) {
			throw new InvalidInput(field, capitalise(label) + " contains invisible control characters. Retype it.");
		}
		return value;
	}

	private static String capitalise(String label) {
		return Character.toUpperCase(label.charAt(0)) + label.substring(1);
	}
}
