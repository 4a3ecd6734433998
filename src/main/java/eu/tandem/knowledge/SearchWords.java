package eu.tandem.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import eu.tandem.kernel.InvalidInput;

/**
 * What a search asks for: the words typed, grouped into terms where practitioners' synonyms span several words
 * ("foreign fighter"), each term with the alternatives that count as the same ("PTSD" or "trauma"). Every term
 * must match; any of its alternatives will do.
 */
record SearchWords(List<Term> terms) {

	/** Longer than a question needs; a pasted page is refused with a message rather than searched. */
	static final int MAX_LENGTH = 200;

	/** Words, numbers, and words joined by "/", "-" or an apostrophe: "P/CVE", "multi-agency", "children's". */
	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[/'’-][\\p{L}\\p{N}]+)*");

	/** One thing the item must mention, in any of its alternatives; {@code typed} is as the searcher wrote it. */
	record Term(String typed, List<String> alternatives) {

		boolean singleWord() {
			return !typed.contains(" ");
		}
	}

	/**
	 * @param synonyms each synonym group's terms, lower case, multi-word terms with single spaces
	 */
	static SearchWords parse(String query, Map<String, List<String>> synonyms) {
		if (query.length() > MAX_LENGTH) {
			throw InvalidInput.of("q", "knowledge.error.queryTooLong", MAX_LENGTH);
		}
		var words = new ArrayList<String>();
		var matcher = WORD.matcher(query.toLowerCase(Locale.ROOT).replace('’', '\''));
		while (matcher.find()) {
			words.add(matcher.group());
		}
		if (words.isEmpty()) {
			throw InvalidInput.of("q", "knowledge.error.noWord");
		}
		var terms = new ArrayList<Term>();
		for (int i = 0; i < words.size();) {
			var matched = false;
			// the longest synonym that starts here wins: "foreign terrorist fighter" before "foreign fighter"
			for (int length = Math.min(3, words.size() - i); length >= 1 && !matched; length--) {
				var phrase = String.join(" ", words.subList(i, i + length));
				for (var group : synonyms.values()) {
					if (group.stream().anyMatch(term -> singular(term).equals(singular(phrase)))) {
						terms.add(new Term(phrase, List.copyOf(group)));
						i += length;
						matched = true;
						break;
					}
				}
			}
			if (!matched) {
				terms.add(new Term(words.get(i), List.of(words.get(i))));
				i++;
			}
		}
		return new SearchWords(List.copyOf(terms));
	}

	/** "foreign fighters" is the synonym "foreign fighter": the words compared without a plural s. */
	private static String singular(String phrase) {
		return String.join(" ", java.util.Arrays.stream(phrase.split(" "))
			.map(word -> word.length() > 3 && word.endsWith("s") && !word.endsWith("ss") ? word.substring(0, word.length() - 1) : word)
			.toList());
	}

	/** The same search with one single-word term replaced by the word meant. */
	SearchWords correcting(Term term, String meant) {
		return new SearchWords(terms.stream().map(each -> each == term ? new Term(meant, List.of(meant)) : each).toList());
	}

	String inWords() {
		return String.join(" ", terms.stream().map(Term::typed).toList());
	}
}
