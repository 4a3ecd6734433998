package eu.tandem.knowledge;

import eu.tandem.kernel.EditConflict;
import org.springframework.context.MessageSourceResolvable;

/**
 * A curator's change refused because the item or the version moved on meanwhile, with the words that say so as a
 * bundle key and its arguments, shown in the reader's language.
 */
class CurationConflict extends EditConflict {

	private final transient MessageSourceResolvable words;

	CurationConflict(MessageSourceResolvable words) {
		super(String.join(", ", words.getCodes() == null ? new String[0] : words.getCodes()));
		this.words = words;
	}

	/** What to tell the curator. */
	MessageSourceResolvable words() {
		return words;
	}
}
