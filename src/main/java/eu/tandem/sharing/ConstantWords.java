package eu.tandem.sharing;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The words of another module's constant inside this module's sentences, by the key its bundle gives it
 * ({@code hub.category.phrase.} and HEALTH: "health data"), to be written in the reader's language with the sentence.
 */
final class ConstantWords {

	private ConstantWords() {
	}

	/** The bundle's words for the key that begins with {@code keys} and ends with the constant's name. */
	static MessageSourceResolvable named(String keys, Enum<?> constant) {
		return new DefaultMessageSourceResolvable(keys + constant.name());
	}
}
