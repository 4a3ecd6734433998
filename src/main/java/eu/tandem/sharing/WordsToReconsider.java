package eu.tandem.sharing;

import java.util.List;

/**
 * Nothing saved yet: the text uses words on the curators' list, which the writer is asked to reconsider before saving
 * (the paper's lesson on professional boundaries and stigmatisation). Not a refusal: saving {@link Wording#AS_WRITTEN}
 * saves it.
 */
public class WordsToReconsider extends RuntimeException {

	private final List<String> words;

	WordsToReconsider(List<String> words) {
		super("The text uses words to reconsider: " + String.join(", ", words));
		this.words = List.copyOf(words);
	}

	/** The listed words the text uses, as listed. */
	public List<String> words() {
		return words;
	}
}
