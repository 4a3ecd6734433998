package eu.tandem.sharing;

import java.util.List;

import eu.tandem.knowledge.Library;

/**
 * The prompt a form shows when its text uses words on the curators' list: which words, and the paper's lesson on clear
 * professional boundaries and no stigmatisation that it links to.
 */
record WordingPrompt(List<String> words, String lesson) {

	WordingPrompt {
		words = List.copyOf(words);
	}

	static WordingPrompt about(WordsToReconsider found) {
		return new WordingPrompt(found.words(), Library.itemPath(Library.PROFESSIONAL_BOUNDARIES));
	}

	/** The words as a list to read: "terrorist, psychopath". */
	public String listed() {
		return String.join(", ", words);
	}
}
