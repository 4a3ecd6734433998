package eu.tandem.person.matching;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A labelled set of name pairs, tab-separated: {@code same|different}, a kind (transliteration, diacritics,
 * particle, swapped, typo, different), then given name and surname of each side. The matcher's judgement of the
 * names alone ({@link PersonMatcher#sameName}) is scored against the labels.
 */
final class VariantSet {

	record Pair(int line, boolean same, String kind, PersonName a, PersonName b) {
	}

	record Result(int pairs, int truePositives, int falsePositives, int falseNegatives, List<String> mistakes) {

		double precision() {
			return truePositives + falsePositives == 0 ? 1.0 : (double) truePositives / (truePositives + falsePositives);
		}

		double recall() {
			return truePositives + falseNegatives == 0 ? 1.0 : (double) truePositives / (truePositives + falseNegatives);
		}
	}

	private VariantSet() {
	}

	static List<Pair> read(Path file) {
		var pairs = new ArrayList<Pair>();
		try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			String line;
			int number = 0;
			while ((line = reader.readLine()) != null) {
				number++;
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] fields = line.split("\t", -1);
				if (fields.length != 6) {
					throw new FebrlFile.MalformedFileException(file, number,
							"expected 6 tab-separated columns (label, kind, given A, surname A, given B, surname B) but found "
									+ fields.length);
				}
				if (!fields[0].equals("same") && !fields[0].equals("different")) {
					throw new FebrlFile.MalformedFileException(file, number,
							"the label is \"" + fields[0] + "\"; it must be same or different");
				}
				pairs.add(new Pair(number, fields[0].equals("same"), fields[1], new PersonName(fields[2], fields[3]),
						new PersonName(fields[4], fields[5])));
			}
		}
		catch (IOException e) {
			throw new IllegalArgumentException("Cannot read " + file + ": " + e.getMessage(), e);
		}
		return pairs;
	}

	static Result score(List<Pair> pairs, PersonMatcher matcher) {
		int tp = 0;
		int fp = 0;
		int fn = 0;
		var mistakes = new ArrayList<String>();
		for (Pair pair : pairs) {
			boolean judged = matcher.sameName(matcher.prepare(named(pair.a())), matcher.prepare(named(pair.b())));
			if (judged && pair.same()) {
				tp++;
			}
			else if (judged) {
				fp++;
				mistakes.add("line " + pair.line() + " taken as one name: " + pair.a() + " / " + pair.b() + " (" + pair.kind() + ")");
			}
			else if (pair.same()) {
				fn++;
				mistakes.add("line " + pair.line() + " not recognised: " + pair.a() + " / " + pair.b() + " (" + pair.kind() + ")");
			}
		}
		return new Result(pairs.size(), tp, fp, fn, List.copyOf(mistakes));
	}

	private static PersonDescription named(PersonName name) {
		return PersonDescription.of(name, null, null);
	}
}
