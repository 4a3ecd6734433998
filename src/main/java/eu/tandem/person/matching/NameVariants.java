package eu.tandem.person.matching;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The curated table of name variants, {@code name-variants.txt} beside this class: spellings of one name across
 * romanisations (Mohammed / Muhammad / Mehmet / Maxamed / Magomed). A spelling maps to its line; a spelling not
 * in the table still finds its line when the spelling rules make it equal to a listed one (Mouhammad).
 */
final class NameVariants {

	static final String RESOURCE = "name-variants.txt";

	private static final NameVariants STANDARD = load(NameVariants.class.getResourceAsStream(RESOURCE), RESOURCE);

	private final Map<String, Integer> groupOfSpelling;
	private final Map<String, Integer> groupOfCanonical;
	private final List<String> displayNames;
	private final List<String> conflicts;
	private final int contentHash;

	private NameVariants(Map<String, Integer> groupOfSpelling, Map<String, Integer> groupOfCanonical,
			List<String> displayNames, List<String> conflicts, int contentHash) {
		this.groupOfSpelling = groupOfSpelling;
		this.groupOfCanonical = groupOfCanonical;
		this.displayNames = displayNames;
		this.conflicts = conflicts;
		this.contentHash = contentHash;
	}

	static NameVariants standard() {
		return STANDARD;
	}

	/** No table at all: what the spelling rules achieve alone. */
	static NameVariants none() {
		return new NameVariants(Map.of(), Map.of(), List.of(), List.of(), 0);
	}

	/** Reads a table; a spelling listed in two lines is refused, with both line numbers. */
	static NameVariants load(InputStream in, String name) {
		if (in == null) {
			throw new IllegalStateException("The name variant table " + name + " is missing from the classpath");
		}
		var spellings = new HashMap<String, Integer>();
		var lineOfSpelling = new HashMap<String, Integer>();
		var canonicals = new HashMap<String, Integer>();
		var displays = new ArrayList<String>();
		var conflicts = new ArrayList<String>();
		int hash = 1;
		try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			String line;
			int number = 0;
			while ((line = reader.readLine()) != null) {
				number++;
				String text = line.strip();
				hash = 31 * hash + text.hashCode();
				if (text.isEmpty() || text.startsWith("#")) {
					continue;
				}
				int group = displays.size();
				String[] words = text.split("\\s+");
				displays.add(words[0]);
				for (String word : words) {
					String folded = Names.fold(word).replace(" ", "");
					Integer earlier = lineOfSpelling.putIfAbsent(folded, number);
					if (earlier != null && earlier != number) {
						throw new IllegalStateException(name + " line " + number + ": \"" + word
								+ "\" is already a variant on line " + earlier + "; a spelling belongs to one name only");
					}
					spellings.put(folded, group);
				}
				for (String word : words) {
					String canonical = Names.canonical(Names.fold(word).replace(" ", ""));
					Integer other = canonicals.putIfAbsent(canonical, group);
					if (other != null && other != group) {
						conflicts.add(word + " (" + displays.get(group) + ") spells like " + displays.get(other));
					}
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read the name variant table " + name, e);
		}
		return new NameVariants(spellings, canonicals, List.copyOf(displays), List.copyOf(conflicts), hash);
	}

	/** The line of a folded token, or -1 if the name is not in the table. */
	int groupOf(String folded, String canonical) {
		Integer group = groupOfSpelling.get(folded);
		if (group == null) {
			group = groupOfCanonical.get(canonical);
		}
		return group == null ? -1 : group;
	}

	String displayName(int group) {
		return displayNames.get(group);
	}

	/** Changes whenever a line of the table changes, comments included. */
	int contentHash() {
		return contentHash;
	}

	/** Spellings of two lines that the spelling rules make equal: a sign that the table or the rules need care. */
	List<String> conflicts() {
		return conflicts;
	}
}
