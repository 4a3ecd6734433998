package eu.tandem.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The words of a verification: the command line's English comes from the bundle the screen uses. */
class TrailWordsTest {

	static final Pattern KEY_IN_CODE = Pattern.compile("TrailWords\\.of\\(\\s*\"([^\"]+)\"");

	@Test
	void everyKeyTheAuditModuleNamesHasEnglishWords() throws IOException {
		var named = new ArrayList<String>();
		try (Stream<Path> sources = Files.list(Path.of("src/main/java/eu/tandem/audit"))) {
			for (var source : sources.toList()) {
				KEY_IN_CODE.matcher(Files.readString(source)).results().map(match -> match.group(1)).forEach(named::add);
			}
		}
		assertThat(named).hasSizeGreaterThan(10);
		named.forEach(key -> assertThat(TrailWords.english(TrailWords.of(key, 1L, 2L, 3L))).as(key).isNotBlank());
	}

	@Test
	void numbersAreWrittenWithoutGroupingAndApostrophesAsTheyAre() {
		assertThat(TrailWords.english(TrailWords.of("audit.broken.endsBeforeCheckpoint", 12345L, 123456L)))
			.isEqualTo("the chain ends at position 12345, before the checkpoint's position 123456 (events were deleted)");
		assertThat(TrailWords.english(TrailWords.of("audit.broken.hashesRecomputed"))).startsWith("the chain's hashes");
	}
}
