package eu.tandem.person.matching;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The FEBRL development set through the same code the registry runs: blocking keys fetch the candidates, the
 * matcher scores them, and rec_id only judges. The set lives in shared/, outside the repository.
 */
class LinkageBenchmarkTest {

	static final List<Path> FEBRL_FOLDERS = List.of(Path.of("../shared/data/febrl"));

	@Test
	void deduplicatesFebrlDataset3WithoutTheIdentifierAtF1OfAtLeast097() {
		var entries = FebrlFile.read(febrl("dataset3.csv")).entries();

		var outcome = LinkageBenchmark.dedup(entries, new PersonMatcher(), 0);

		double precision = LinkageBenchmark.ratio(outcome.correct(), outcome.predicted());
		double recall = LinkageBenchmark.ratio(outcome.correct(), outcome.truePairs());
		assertThat(outcome.truePairs()).isEqualTo(6538);
		assertThat(2 * precision * recall / (precision + recall)).as("F1").isGreaterThanOrEqualTo(0.97);
		assertThat(LinkageBenchmark.ratio(outcome.candidateTruePairs(), outcome.truePairs())).as("candidate recall")
			.isGreaterThanOrEqualTo(0.995);
		assertThat(outcome.candidates()).as("comparisons").isLessThan(5000L * 4999 / 2 / 100);
	}

	@Test
	void linksTwoFilesAsTheSecondModeDoes() {
		var entries = FebrlFile.read(febrl("dataset1.csv")).entries();
		var originals = entries.stream().filter(e -> e.recId().endsWith("-org")).toList();
		var duplicates = entries.stream().filter(e -> !e.recId().endsWith("-org")).toList();

		var outcome = LinkageBenchmark.link(originals, duplicates, new PersonMatcher(), 0);

		assertThat(outcome.truePairs()).isEqualTo(500);
		assertThat(LinkageBenchmark.ratio(outcome.correct(), outcome.truePairs())).isGreaterThanOrEqualTo(0.97);
		assertThat(LinkageBenchmark.ratio(outcome.correct(), outcome.predicted())).isGreaterThanOrEqualTo(0.97);
	}

	@Test
	void theNameVariantSetIsRecognisedWithHighPrecisionAndRecall() {
		var result = VariantSet.score(VariantSet.read(Path.of("src/test/resources/matching/name-variant-pairs.tsv")),
				new PersonMatcher());

		assertThat(result.pairs()).isGreaterThan(200);
		assertThat(result.recall()).isGreaterThanOrEqualTo(0.95);
		assertThat(result.precision()).isGreaterThanOrEqualTo(0.95);
	}

	static Path febrl(String name) {
		for (Path folder : FEBRL_FOLDERS) {
			if (Files.isRegularFile(folder.resolve(name))) {
				return folder.resolve(name);
			}
		}
		throw new IllegalStateException("The FEBRL development set is not here: looked for " + name + " in "
				+ FEBRL_FOLDERS.stream().map(folder -> folder.toAbsolutePath().normalize().toString()).toList()
				+ " (shared/data/febrl beside the project)");
	}
}
