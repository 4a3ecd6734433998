package eu.tandem.person.matching;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FebrlFileTest {

	static final String HEADER = "rec_id, given_name, surname, street_number, address_1, address_2, suburb, postcode, state, date_of_birth, soc_sec_id";

	@TempDir
	Path dir;

	@Test
	void readsPeopleAndKeepsTheTruthApartFromWhatTheMatcherSees() throws IOException {
		Path file = write(HEADER, "rec-7-dup-2, naomi, millar, 7, southern cross drive, glengar, st agnes, 5172, qld, 19750818, 7751504");

		var entry = FebrlFile.read(file).entries().get(0);

		assertThat(entry.entity()).isEqualTo(7);
		assertThat(entry.line()).isEqualTo(2);
		assertThat(entry.person().names()).containsExactly(new PersonName("naomi", "millar"));
		assertThat(entry.person().dateOfBirth()).isEqualTo(PartialDate.of(1975, 8, 18));
		assertThat(entry.person().addresses()).containsExactly(new Address("7", "southern cross drive", "glengar", "st agnes", "5172"));
		assertThat(entry.person().identifiers()).containsEntry("soc_sec_id", "7751504");
		assertThat(entry.person().toString()).doesNotContain("rec-7");
	}

	@Test
	void aWrongHeaderNamesTheFileAndLineOne() throws IOException {
		Path file = write("rec_id, given_name, surname", "rec-1-org, a, b");

		assertThatThrownBy(() -> FebrlFile.read(file)).isInstanceOf(FebrlFile.MalformedFileException.class)
			.hasMessageStartingWith(file + " line 1: expected the header");
	}

	@Test
	void aWrongColumnCountNamesTheLine() throws IOException {
		Path file = write(HEADER, "rec-1-org, a, b, 1, x, y, z, 2000, nsw, 19900101, 1", "rec-1-dup-0, a, b, 1, x, y, z, 2000, nsw, 19900101");

		assertThatThrownBy(() -> FebrlFile.read(file)).hasMessage(file + " line 3: expected 11 columns but found 10");
	}

	@Test
	void aDateThatIsNotEightDigitsNamesTheLine() throws IOException {
		Path file = write(HEADER, "rec-1-org, a, b, 1, x, y, z, 2000, nsw, 1990-01-01, 1");

		assertThatThrownBy(() -> FebrlFile.read(file))
			.hasMessage(file + " line 2: date_of_birth \"1990-01-01\" is not a date of the form YYYYMMDD");
	}

	@Test
	void aRecIdWithoutTruthNamesTheLine() throws IOException {
		Path file = write(HEADER, "person-1, a, b, 1, x, y, z, 2000, nsw, 19900101, 1");

		assertThatThrownBy(() -> FebrlFile.read(file)).hasMessageContaining("line 2: rec_id \"person-1\"");
	}

	@Test
	void aLineThatIsNotTextNamesItsOwnLine() throws IOException {
		Path file = dir.resolve("latin1.csv");
		byte[] good = (HEADER + "\r\nrec-1-org, a, b, 1, x, y, z, 2000, nsw, 19900101, 1\r\n").getBytes(StandardCharsets.US_ASCII);
		byte[] bad = "rec-1-dup-0, \u00e9va, b, 1, x, y, z, 2000, nsw, 19900101, 1\r\n".getBytes(StandardCharsets.ISO_8859_1);
		Files.write(file, good);
		Files.write(file, bad, java.nio.file.StandardOpenOption.APPEND);

		assertThatThrownBy(() -> FebrlFile.read(file)).hasMessage(file + " line 3: this line is not UTF-8 or ASCII text");
	}

	@Test
	void anEmptyFileAsksForTheHeader() throws IOException {
		Path file = dir.resolve("empty.csv");
		Files.writeString(file, "");

		assertThatThrownBy(() -> FebrlFile.read(file)).hasMessageStartingWith(file + " line 1: the file is empty");
	}

	@Test
	void anImpossibleSourceDateKeepsTheYearAndAnyRealMonth() throws IOException {
		Path file = write(HEADER, "rec-1-org, a, b, 1, x, y, z, 2000, nsw, 19160017, 1", "rec-2-org, a, b, 1, x, y, z, 2000, nsw, 19160231, 1");

		var contents = FebrlFile.read(file);

		assertThat(contents.entries()).extracting(e -> e.person().dateOfBirth())
			.containsExactly(PartialDate.ofYear(1916), PartialDate.ofYearMonth(1916, 2));
		assertThat(contents.impossibleDates()).isEqualTo(2);
	}

	private Path write(String... lines) throws IOException {
		Path file = dir.resolve("people.csv");
		Files.writeString(file, String.join("\r\n", lines) + "\r\n");
		return file;
	}
}
