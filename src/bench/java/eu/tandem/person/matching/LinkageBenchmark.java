package eu.tandem.person.matching;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import eu.tandem.person.matching.FebrlFile.Contents;
import eu.tandem.person.matching.FebrlFile.Entry;

/**
 * Runs the application's person matcher on FEBRL-format files and measures it, as {@code bench/linkage} does:
 * <pre>
 *   --dedup FILE                    duplicate pairs within one file
 *   --left FILE_A --right FILE_B    records of B linked to records of A
 *   --use-id soc_sec_id             also compare the identifier (off by default)
 *   --variants FILE                 also score the name-variant test set
 *   --explain N                     print up to N missed and N wrongly matched pairs with the matcher's reasons
 * </pre>
 * Candidates come from the blocking keys, exactly as the registry fetches them; every candidate pair is scored
 * and counts as a match when {@link MatchScore#likelySame()}. Ground truth comes from {@code rec_id} only.
 * The last line is {@code precision=P recall=R f1=F}.
 */
public final class LinkageBenchmark {

	record Options(Path dedup, Path left, Path right, List<String> identifiers, Path variants, int explain) {
	}

	record Outcome(long candidates, long truePairs, long candidateTruePairs, long predicted, long correct,
			double seconds, int records, List<String> missed, List<String> wrong) {
	}

	/** Runs after the first, timed only: the first run pays for class loading and the JIT compiler. */
	static final int WARM_REPEATS = 3;

	private LinkageBenchmark() {
	}

	public static void main(String[] args) {
		Locale.setDefault(Locale.ROOT);
		try {
			Options options = parse(args);
			System.exit(run(options));
		}
		catch (IllegalArgumentException | FebrlFile.MalformedFileException e) {
			System.err.println("bench/linkage: " + e.getMessage());
			System.exit(2);
		}
	}

	static int run(Options options) {
		PersonMatcher matcher = new PersonMatcher().usingIdentifiers(options.identifiers().toArray(String[]::new));
		java.util.function.Supplier<Outcome> pass;
		if (options.dedup() != null) {
			Contents file = FebrlFile.read(options.dedup());
			describe("dedup " + file.file(), file);
			pass = () -> dedup(file.entries(), matcher, options.explain());
		}
		else {
			Contents left = FebrlFile.read(options.left());
			Contents right = FebrlFile.read(options.right());
			describe("left " + left.file(), left);
			describe("right " + right.file(), right);
			pass = () -> link(left.entries(), right.entries(), matcher, options.explain());
		}
		Outcome outcome = pass.get();
		double warm = Double.MAX_VALUE;
		for (int repeat = 0; repeat < WARM_REPEATS; repeat++) {
			warm = Math.min(warm, pass.get().seconds());
		}
		System.out.println("identifiers used: " + (options.identifiers().isEmpty() ? "none" : String.join(", ", options.identifiers())));
		long allPairs = options.dedup() != null ? (long) outcome.records() * (outcome.records() - 1) / 2 : -1;
		System.out.printf("comparisons: %,d%s%n", outcome.candidates(),
				allPairs > 0 ? " of %,d possible pairs (%.2f%%)".formatted(allPairs, 100.0 * outcome.candidates() / allPairs) : "");
		System.out.printf("candidate recall of blocking: %.4f (%,d of %,d true pairs are candidates)%n",
				ratio(outcome.candidateTruePairs(), outcome.truePairs()), outcome.candidateTruePairs(), outcome.truePairs());
		System.out.printf("speed: %,.0f records/s, %,.0f comparisons/s in a fresh JVM (%,d records in %.2f s: normalising, keys, candidates, scoring)%n",
				outcome.records() / outcome.seconds(), outcome.candidates() / outcome.seconds(), outcome.records(), outcome.seconds());
		System.out.printf("speed once warm: %,.0f records/s, %,.0f comparisons/s (best of %d more runs, %.3f s)%n",
				outcome.records() / warm, outcome.candidates() / warm, WARM_REPEATS, warm);
		System.out.printf("matches: %,d predicted, %,d correct, %,d true pairs%n", outcome.predicted(), outcome.correct(),
				outcome.truePairs());
		outcome.missed().forEach(line -> System.out.println("  missed: " + line));
		outcome.wrong().forEach(line -> System.out.println("  wrongly matched: " + line));
		if (options.variants() != null) {
			var pairs = VariantSet.read(options.variants());
			var result = VariantSet.score(pairs, matcher);
			var rulesOnly = VariantSet.score(pairs, new PersonMatcher(NameVariants.none()));
			System.out.printf("name-variant set %s: %d pairs (%d same, %d different), precision=%.3f recall=%.3f"
					+ " (spelling rules without the variant table: precision=%.3f recall=%.3f)%n", options.variants(),
					result.pairs(), result.truePositives() + result.falseNegatives(),
					result.pairs() - result.truePositives() - result.falseNegatives(), result.precision(), result.recall(),
					rulesOnly.precision(), rulesOnly.recall());
			result.mistakes().stream().limit(Math.max(options.explain(), 0)).forEach(line -> System.out.println("  " + line));
		}
		double precision = ratio(outcome.correct(), outcome.predicted());
		double recall = ratio(outcome.correct(), outcome.truePairs());
		double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
		System.out.printf("precision=%.3f recall=%.3f f1=%.3f%n", precision, recall, f1);
		return 0;
	}

	private static void describe(String what, Contents file) {
		System.out.printf("%s: %,d records%s%n", what, file.entries().size(), file.impossibleDates() == 0 ? ""
				: ", %d impossible dates of birth kept in part".formatted(file.impossibleDates()));
	}

	static Outcome dedup(List<Entry> entries, PersonMatcher matcher, int explain) {
		long start = System.nanoTime();
		int n = entries.size();
		PreparedPerson[] people = new PreparedPerson[n];
		Map<String, List<Integer>> postings = new HashMap<>();
		List<Set<String>> keys = new ArrayList<>(n);
		for (int i = 0; i < n; i++) {
			people[i] = matcher.prepare(entries.get(i).person());
			Set<String> own = BlockingKeys.of(people[i], matcher.identifierKinds());
			keys.add(own);
			for (String key : own) {
				postings.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
			}
		}
		var tally = new Tally(explain);
		int[] seen = new int[n];
		java.util.Arrays.fill(seen, -1);
		for (int i = 0; i < n; i++) {
			for (String key : keys.get(i)) {
				for (int j : postings.get(key)) {
					if (j > i && seen[j] != i) {
						seen[j] = i;
						tally.count(entries.get(i), entries.get(j), matcher.compare(people[i], people[j]));
					}
				}
			}
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		Map<Integer, Integer> sizes = new HashMap<>();
		entries.forEach(e -> sizes.merge(e.entity(), 1, Integer::sum));
		long truePairs = sizes.values().stream().mapToLong(k -> (long) k * (k - 1) / 2).sum();
		return tally.outcome(truePairs, seconds, n);
	}

	static Outcome link(List<Entry> left, List<Entry> right, PersonMatcher matcher, int explain) {
		long start = System.nanoTime();
		PreparedPerson[] lefts = new PreparedPerson[left.size()];
		PreparedPerson[] rights = new PreparedPerson[right.size()];
		Map<String, List<Integer>> postings = new HashMap<>();
		for (int j = 0; j < right.size(); j++) {
			rights[j] = matcher.prepare(right.get(j).person());
			for (String key : BlockingKeys.of(rights[j], matcher.identifierKinds())) {
				postings.computeIfAbsent(key, k -> new ArrayList<>()).add(j);
			}
		}
		var tally = new Tally(explain);
		int[] seen = new int[right.size()];
		java.util.Arrays.fill(seen, -1);
		for (int i = 0; i < left.size(); i++) {
			lefts[i] = matcher.prepare(left.get(i).person());
			for (String key : BlockingKeys.of(lefts[i], matcher.identifierKinds())) {
				for (int j : postings.getOrDefault(key, List.of())) {
					if (seen[j] != i) {
						seen[j] = i;
						tally.count(left.get(i), right.get(j), matcher.compare(lefts[i], rights[j]));
					}
				}
			}
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		Map<Integer, Integer> rightSizes = new HashMap<>();
		right.forEach(e -> rightSizes.merge(e.entity(), 1, Integer::sum));
		long truePairs = left.stream().mapToLong(e -> rightSizes.getOrDefault(e.entity(), 0)).sum();
		return tally.outcome(truePairs, seconds, left.size() + right.size());
	}

	/** Counts candidates and decisions against the truth from rec_id, and keeps a few mistakes to show. */
	private static final class Tally {

		private final int explain;
		private long candidates;
		private long candidateTruePairs;
		private long predicted;
		private long correct;
		private final List<String> missed = new ArrayList<>();
		private final List<String> wrong = new ArrayList<>();

		Tally(int explain) {
			this.explain = explain;
		}

		void count(Entry a, Entry b, MatchScore score) {
			candidates++;
			boolean same = a.entity() == b.entity();
			if (same) {
				candidateTruePairs++;
			}
			if (score.likelySame()) {
				predicted++;
				if (same) {
					correct++;
				}
				else if (wrong.size() < explain) {
					wrong.add(describe(a, b, score));
				}
			}
			else if (same && missed.size() < explain) {
				missed.add(describe(a, b, score));
			}
		}

		private static String describe(Entry a, Entry b, MatchScore score) {
			return "%s (line %d) / %s (line %d): %.3f %s".formatted(a.recId(), a.line(), b.recId(), b.line(), score.score(),
					String.join("; ", score.reasons()));
		}

		Outcome outcome(long truePairs, double seconds, int records) {
			return new Outcome(candidates, truePairs, candidateTruePairs, predicted, correct, seconds, records,
					List.copyOf(missed), List.copyOf(wrong));
		}
	}

	static double ratio(long part, long whole) {
		return whole == 0 ? 1.0 : (double) part / whole;
	}

	static Options parse(String[] args) {
		Path dedup = null;
		Path left = null;
		Path right = null;
		Path variants = null;
		int explain = 0;
		var identifiers = new ArrayList<String>();
		for (int i = 0; i < args.length; i++) {
			String flag = args[i];
			if (flag.equals("-h") || flag.equals("--help")) {
				throw new IllegalArgumentException(usage());
			}
			if (i + 1 >= args.length) {
				throw new IllegalArgumentException(flag + " needs a value\n" + usage());
			}
			String value = args[++i];
			switch (flag) {
				case "--dedup" -> dedup = existing(value);
				case "--left" -> left = existing(value);
				case "--right" -> right = existing(value);
				case "--use-id" -> identifiers.add(value);
				case "--variants" -> variants = existing(value);
				case "--explain" -> explain = Integer.parseInt(value);
				default -> throw new IllegalArgumentException("unknown option " + flag + "\n" + usage());
			}
		}
		if ((dedup == null) == (left == null || right == null) || (dedup != null && (left != null || right != null))) {
			throw new IllegalArgumentException("give either --dedup FILE or both --left FILE_A and --right FILE_B\n" + usage());
		}
		return new Options(dedup, left, right, List.copyOf(identifiers), variants, explain);
	}

	private static Path existing(String value) {
		Path path = Path.of(value);
		if (!Files.isRegularFile(path)) {
			throw new IllegalArgumentException("no such file: " + value);
		}
		return path;
	}

	private static String usage() {
		return "usage: bench/linkage (--dedup FILE | --left FILE_A --right FILE_B) [--use-id soc_sec_id] [--variants FILE] [--explain N]";
	}
}
