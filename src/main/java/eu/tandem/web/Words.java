package eu.tandem.web;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * Words that a controller hands to a page rather than the page choosing them: a notice after a redirect ("Recorded."),
 * a refusal's message. A controller names them by bundle key ({@link #of}); the page writes them in the reader's
 * language with {@code ${@words.in(notice)}}. Plain text passes through as it is, for words not yet in a bundle and for
 * what people typed.
 */
@Component("words")
public class Words {

	private final MessageSource messages;

	Words(MessageSource messages) {
		this.messages = messages;
	}

	/** The bundle's text for {@code key} with these arguments, to be written in the reader's language. */
	public static MessageSourceResolvable of(String key, Object... arguments) {
		return new DefaultMessageSourceResolvable(new String[] { key }, arguments);
	}

	/**
	 * The bundle's words for a constant, by the key that begins with {@code keys} and ends with the constant's name
	 * ({@code hub.category.phrase.} and HEALTH: "health data"): another module's constant inside a module's sentences.
	 */
	public static MessageSourceResolvable named(String keys, Enum<?> constant) {
		return of(keys + constant.name());
	}

	/** The words in the request's language: a bundle's text, or plain text as it is. */
	public String in(@Nullable Object words) {
		return switch (words) {
			case null -> "";
			case MessageSourceResolvable resolvable -> messages.getMessage(resolvable, LocaleContextHolder.getLocale());
			default -> words.toString();
		};
	}
}
