package eu.tandem.person.matching;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Normalisation of names, in three strengths. {@link #fold} is what a person would call "the same letters":
 * lower case, no diacritics (Öztürk → ozturk), hyphens and apostrophes as typed. {@link #canonical} applies
 * spelling rules that romanisations of one name disagree on (kh/h, ou/u, j/y/i, dj/j, ph/f, double letters,
 * German oe for ö), so that Oeztuerk, Öztürk and Ozturk, or Youssef and Yusuf, become one string.
 * {@link #soundCode} is a coarse sound class used only to fetch candidates, never as evidence.
 */
final class Names {

	/** Particles that are part of a surname but not what people index it by: van der Berg, El Amrani, bin Laden. */
	static final Set<String> PARTICLES = Set.of("van", "von", "der", "den", "de", "del", "della", "dela", "di", "da",
			"dos", "das", "du", "la", "le", "ten", "ter", "te", "vanden", "vander", "al", "el", "ul", "bin", "ibn",
			"ben", "bint", "ould", "ap", "zu", "af", "av");

	/**
	 * Russian and Ukrainian Cyrillic in the passport romanisation most agencies will meet; the spelling rules
	 * and the variant table then relate it to other romanisations (Олександр → oleksandr = Aleksandr).
	 */
	private static final java.util.Map<Character, String> CYRILLIC = cyrillic(
			"а a б b в v г g ґ g д d е e ё e є ye ж zh з z и i і i ї yi й y к k л l м m н n о o п p р r с s т t у u ф f "
					+ "х kh ц ts ч ch ш sh щ shch ъ - ы y ь - э e ю yu я ya");

	private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
	private static final Pattern APOSTROPHES = Pattern.compile("['’‘`ʼʻʿʾ´ʹ]");
	private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{Nd}]+");

	/** Spelling rules, in order; each maps what one romanisation writes to what another writes for the same sound. */
	private static final String[][] SPELLING_RULES = {
			// German transcription of umlauts: Oeztuerk = Öztürk = Ozturk once diacritics are folded
			{ "oe", "o" }, { "ue", "u" }, { "ae", "a" },
			// one sound, several spellings: Dzhokhar / Djokhar / Jokhar, Xhevdet / Dževdet, Zhenya / Jenya
			{ "dzh", "j" }, { "dsch", "j" }, { "tsch", "ch" }, { "sch", "sh" }, { "dj", "j" }, { "xh", "j" },
			{ "gj", "j" }, { "zh", "j" }, { "tch", "ch" },
			// Arabic and Russian kh written h or ch (German style): Khalid / Halid, Mikhail / Michail
			{ "kh", "h" }, { "ch", "h" }, { "sh", "s" }, { "gh", "g" }, { "ph", "f" }, { "th", "t" },
			{ "ck", "k" }, { "q", "k" }, { "x", "ks" }, { "w", "v" },
			// English and French vowel spellings: Youssef / Yusuf, Yasseen / Yasin
			{ "ou", "u" }, { "oo", "u" }, { "ee", "i" },
			// j, y and i for one sound: Jusuf / Yusuf / Iusuf, Dmitriy / Dmitrij / Dmitry
			{ "j", "y" }, { "y", "i" } };

	private Names() {
	}

	/** Changes whenever a spelling rule or the romanisation of Cyrillic changes. */
	static int rulesHash() {
		return 31 * java.util.Arrays.deepHashCode(SPELLING_RULES) + new java.util.TreeMap<>(CYRILLIC).hashCode();
	}

	/** Lower case, diacritics and apostrophes removed, other separators (hyphens, dots) as single spaces. */
	static String fold(String text) {
		if (text == null) {
			return "";
		}
		String lower = text.toLowerCase(Locale.ROOT);
		StringBuilder special = new StringBuilder(lower.length());
		for (int i = 0; i < lower.length(); i++) {
			char c = lower.charAt(i);
			switch (c) {
				case 'ß' -> special.append("ss");
				case 'æ' -> special.append("ae");
				case 'œ' -> special.append("oe");
				case 'ø' -> special.append('o');
				case 'ı' -> special.append('i');
				case 'ł' -> special.append('l');
				case 'đ' -> special.append("dj");
				case 'ð' -> special.append('d');
				case 'þ' -> special.append("th");
				default -> {
					String latin = c >= '\u0400' && c <= '\u04ff' ? CYRILLIC.get(c) : null;
					special.append(latin != null ? latin : String.valueOf(c));
				}
			}
		}
		String decomposed = Normalizer.normalize(special, Normalizer.Form.NFKD);
		String plain = COMBINING_MARKS.matcher(decomposed).replaceAll("");
		plain = APOSTROPHES.matcher(plain).replaceAll("");
		return SEPARATORS.matcher(plain).replaceAll(" ").strip();
	}

	private static java.util.Map<Character, String> cyrillic(String pairs) {
		var map = new java.util.HashMap<Character, String>();
		String[] words = pairs.split(" ");
		for (int i = 0; i < words.length; i += 2) {
			map.put(words[i].charAt(0), words[i + 1].equals("-") ? "" : words[i + 1]);
		}
		return java.util.Map.copyOf(map);
	}

	static List<String> tokens(String folded) {
		if (folded.isEmpty()) {
			return List.of();
		}
		return List.of(folded.split(" "));
	}

	/** Surname tokens without particles; all tokens if the surname is nothing but particles. */
	static List<String> core(List<String> tokens) {
		var core = new ArrayList<String>(tokens.size());
		for (String token : tokens) {
			if (!PARTICLES.contains(token)) {
				core.add(token);
			}
		}
		return core.isEmpty() ? tokens : core;
	}

	/** One token after the spelling rules, without a final h after a vowel (Abdullah / Abdulla) and without double letters. */
	static String canonical(String token) {
		String s = token;
		for (String[] rule : SPELLING_RULES) {
			if (s.contains(rule[0])) {
				s = s.replace(rule[0], rule[1]);
			}
		}
		if (s.length() > 2 && s.endsWith("h") && isVowel(s.charAt(s.length() - 2))) {
			s = s.substring(0, s.length() - 1);
		}
		StringBuilder out = new StringBuilder(s.length());
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (out.isEmpty() || out.charAt(out.length() - 1) != c) {
				out.append(c);
			}
		}
		return out.toString();
	}

	/**
	 * A four-character sound class of a canonical token, Soundex-like: the first letter (any vowel as 'a'), then
	 * the classes of the following consonants. Vowel differences (Mohammed / Muhammad) and most single-letter
	 * typos after the first letter leave it unchanged.
	 */
	static String soundCode(String canonical) {
		if (canonical.isEmpty()) {
			return "";
		}
		StringBuilder code = new StringBuilder(4);
		char first = canonical.charAt(0);
		code.append(isVowel(first) ? 'a' : first);
		char last = soundClass(first);
		for (int i = 1; i < canonical.length() && code.length() < 4; i++) {
			char c = canonical.charAt(i);
			if (c == 'h') {
				continue; // as in Soundex, h neither codes nor separates
			}
			char cls = soundClass(c);
			if (cls != '0' && cls != last) {
				code.append(cls);
			}
			last = cls;
		}
		return code.toString();
	}

	private static char soundClass(char c) {
		return switch (c) {
			case 'b', 'f', 'p', 'v' -> '1';
			case 'c', 'g', 'j', 'k', 's', 'x', 'z' -> '2';
			case 'd', 't' -> '3';
			case 'l' -> '4';
			case 'm', 'n' -> '5';
			case 'r' -> '6';
			default -> Character.isDigit(c) ? c : '0';
		};
	}

	static boolean isVowel(char c) {
		return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
	}

	/** "mohammed" → "Mohammed", for reasons shown to a coordinator. */
	static String display(String token) {
		return token.isEmpty() ? token : Character.toUpperCase(token.charAt(0)) + token.substring(1);
	}
}
