package eu.tandem.person.matching;

import java.util.ArrayList;
import java.util.List;

/**
 * A given name or a surname, normalised once for many comparisons: its tokens, the tokens without particles
 * (the core), and the core written as one word, so that "van der Berg", "Vandenberg" and "Berg" can be told apart
 * and related.
 */
record NamePart(List<Token> tokens, List<Token> core, Token joined, Token coreJoined) {

	/**
	 * One word of a name: as folded, after the spelling rules, and its line in the variant table (-1 if none)
	 * with the name that line is shown as.
	 */
	record Token(String folded, String canonical, int group, String variantOf) {

		static Token of(String folded, NameVariants variants) {
			String canonical = Names.canonical(folded);
			int group = variants.groupOf(folded, canonical);
			return new Token(folded, canonical, group, group < 0 ? null : variants.displayName(group));
		}
	}

	/** {@code null} for a missing name. */
	static NamePart of(String raw, boolean surname, NameVariants variants) {
		String folded = Names.fold(raw);
		if (folded.isEmpty()) {
			return null;
		}
		List<String> words = Names.tokens(folded);
		List<String> coreWords = surname ? Names.core(words) : words;
		var tokens = new ArrayList<Token>(words.size());
		for (String word : words) {
			tokens.add(Token.of(word, variants));
		}
		var core = new ArrayList<Token>(coreWords.size());
		for (String word : coreWords) {
			core.add(Token.of(word, variants));
		}
		Token joined = words.size() == 1 ? tokens.get(0) : Token.of(String.join("", words), variants);
		Token coreJoined = coreWords.size() == 1 ? core.get(0)
				: coreWords.equals(words) ? joined : Token.of(String.join("", coreWords), variants);
		return new NamePart(List.copyOf(tokens), List.copyOf(core), joined, coreJoined);
	}

	Token first() {
		return core.get(0);
	}
}
