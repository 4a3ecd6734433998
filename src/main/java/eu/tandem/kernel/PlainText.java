package eu.tandem.kernel;

import java.util.regex.Pattern;

import org.springframework.context.MessageSourceResolvable;

/**
 * The rules for text that people type: a name, a title, a region on one line, or a description over
 * several lines. It must not be blank, must fit, and may not hold control characters, which nobody can see
 * or retype and which only ever reach a screen, an export or the database as a fault or an attack.
 * Multi-line text may hold line breaks and tabs, nothing else invisible. "&lt;" and "&gt;" are ordinary
 * characters here ("score &gt; 20"): every screen escapes what it shows, so text never becomes markup.
 * A person's name is held to a narrower rule, in the person module.
 * <p>
 * A refusal names the field by its {@code label}, the bundle's words for it: the label the form shows where that
 * fits ({@code Words.of("agency.name")}). Its sentences quote the label rather than build a phrase around it ("Enter
 * “Name”.", in German "Füllen Sie das Feld „Name“ aus."), because German, French and Dutch inflect the words around
 * a noun by its case.
 */
public final class PlainText {

	private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cf}&&[^\\u200c\\u200d]]");
	private static final Pattern CONTROL_BUT_LINE_BREAK_OR_TAB = Pattern.compile("[\\p{Cc}\\p{Cf}&&[^\\u200c\\u200d\\n\\t]]");
	private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n?");

	private PlainText() {
	}

	/** Trims and checks a required value. */
	public static String required(String field, MessageSourceResolvable label, String value, int maxLength) {
		var trimmed = value == null ? "" : value.strip();
		if (trimmed.isEmpty()) {
			throw missing(field, label);
		}
		return checked(field, label, trimmed, maxLength, CONTROL);
	}

	/** Trims and checks an optional value; blank becomes {@code null}. */
	public static String optional(String field, MessageSourceResolvable label, String value, int maxLength) {
		var trimmed = value == null ? "" : value.strip();
		return trimmed.isEmpty() ? null : checked(field, label, trimmed, maxLength, CONTROL);
	}

	/**
	 * Trims and checks an optional text of several lines; blank becomes {@code null}. Line breaks as browsers
	 * send them ({@code \r\n}) are stored as {@code \n}, and each counts as one character.
	 */
	public static String optionalMultiLine(String field, MessageSourceResolvable label, String value, int maxLength) {
		var trimmed = value == null ? "" : LINE_BREAK.matcher(value).replaceAll("\n").strip();
		return trimmed.isEmpty() ? null : checked(field, label, trimmed, maxLength, CONTROL_BUT_LINE_BREAK_OR_TAB);
	}

	/** As {@link #optionalMultiLine}, but the text must be given. */
	public static String requiredMultiLine(String field, MessageSourceResolvable label, String value, int maxLength) {
		var text = optionalMultiLine(field, label, value, maxLength);
		if (text == null) {
			throw missing(field, label);
		}
		return text;
	}

	private static InvalidInput missing(String field, MessageSourceResolvable label) {
		return InvalidInput.of(field, "kernel.text.missing", label);
	}

	private static String checked(String field, MessageSourceResolvable label, String value, int maxLength, Pattern control) {
		if (value.codePointCount(0, value.length()) > maxLength) {
			throw InvalidInput.of(field, "kernel.text.tooLong", label, maxLength);
		}
		if (control.matcher(value).find()) {
			throw InvalidInput.of(field, "kernel.text.controlCharacters", label);
		}
		return value;
	}
}
