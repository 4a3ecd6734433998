package eu.tandem.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.regex.Pattern;

/**
 * The English texts a screen in another language must not show: each bundle text, cut at its placeholders into the
 * parts long enough not to be a name or a word that both languages share. The browser walks look for them on the
 * screens they read.
 */
final class EnglishLeftBehind {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+[^}]*}");

	private EnglishLeftBehind() {
	}

	/**
	 * The parts of every English text of the bundles, but those of the keys {@code written} says the language rightly
	 * writes as English does (given the bundle's name and the key).
	 */
	static List<String> in(MessageBundles bundles, BiPredicate<String, String> written) {
		var left = new ArrayList<String>();
		for (var basename : bundles.basenames()) {
			var english = MessageBundles.texts(basename, Language.ENGLISH);
			for (var key : english.stringPropertyNames()) {
				if (written.test(basename, key)) {
					continue;
				}
				for (var part : PLACEHOLDER.split(english.getProperty(key).replace("''", "'"))) {
					var words = part.strip();
					if (words.length() >= 14 && words.contains(" ")) {
						left.add(words);
					}
				}
			}
		}
		return left;
	}
}
