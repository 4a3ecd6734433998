package eu.tandem.sharing;

/**
 * Whether a text that uses a word on the curators' list of words that label a person ("terrorist", "psychopath") is
 * first shown back to its writer with a gentle prompt, or saved as written. Never a refusal: the writer decides.
 */
public enum Wording {

	/** The first save from a screen: a listed word brings the text back with the prompt, nothing saved yet. */
	PROMPT,
	/** The writer has seen the prompt, or the text never was typed on a screen: saved as it is. */
	AS_WRITTEN
}
