package eu.tandem.person.matching;

import java.nio.ByteBuffer;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads a FEBRL-format file: a header, then one person per line, comma-separated. Ground truth lives in
 * {@code rec_id} ({@code rec-N-org}, {@code rec-N-dup-K}); it is kept apart from the description so that it can
 * only ever score the matcher, never feed it. A malformed line stops the run with the file and line number.
 */
final class FebrlFile {

	static final List<String> HEADER = List.of("rec_id", "given_name", "surname", "street_number", "address_1",
			"address_2", "suburb", "postcode", "state", "date_of_birth", "soc_sec_id");
	static final String IDENTIFIER = "soc_sec_id";

	private static final Pattern REC_ID = Pattern.compile("rec-(\\d+)-(org|dup-\\d+)");
	private static final Pattern DATE = Pattern.compile("\\d{8}");

	/** One line: the entity number from rec_id (truth, for scoring only) and the description the matcher sees. */
	record Entry(String recId, int entity, int line, PersonDescription person) {
	}

	/** What was read, and how many dates of birth were impossible (a typo in the source) and kept only in part. */
	record Contents(Path file, List<Entry> entries, int impossibleDates) {
	}

	static final class MalformedFileException extends RuntimeException {

		MalformedFileException(Path file, int line, String problem) {
			super(file + " line " + line + ": " + problem);
		}
	}

	private FebrlFile() {
	}

	static Contents read(Path file) {
		List<String> lines = lines(file);
		if (lines.isEmpty()) {
			throw new MalformedFileException(file, 1, "the file is empty; expected the header " + String.join(", ", HEADER));
		}
		String header = lines.get(0);
		List<String> columns = Arrays.stream(stripBom(header).split(",", -1)).map(String::strip).toList();
		if (!columns.equals(HEADER)) {
			throw new MalformedFileException(file, 1, "expected the header \"" + String.join(", ", HEADER)
					+ "\" but found \"" + header.strip() + "\"");
		}
		var entries = new ArrayList<Entry>();
		int impossible = 0;
		for (int number = 2; number <= lines.size(); number++) {
			String line = lines.get(number - 1);
			if (line.isBlank()) {
				continue;
			}
			String[] fields = line.split(",", -1);
			if (fields.length != HEADER.size()) {
				throw new MalformedFileException(file, number, "expected " + HEADER.size() + " columns but found "
						+ fields.length);
			}
			for (int i = 0; i < fields.length; i++) {
				fields[i] = fields[i].strip();
			}
			var recId = REC_ID.matcher(fields[0]);
			if (!recId.matches()) {
				throw new MalformedFileException(file, number, "rec_id \"" + fields[0]
						+ "\" is not of the form rec-N-org or rec-N-dup-K");
			}
			String date = fields[9];
			PartialDate born = null;
			if (!date.isEmpty()) {
				if (!DATE.matcher(date).matches()) {
					throw new MalformedFileException(file, number, "date_of_birth \"" + date
							+ "\" is not a date of the form YYYYMMDD");
				}
				born = possiblePart(date);
				if (born == null || !born.isComplete()) {
					impossible++;
				}
			}
			var person = new PersonDescription(List.of(new PersonName(fields[1], fields[2])), born, null,
					List.of(new Address(fields[3], fields[4], fields[5], fields[6], fields[7])),
					fields[10].isEmpty() ? Map.of() : Map.of(IDENTIFIER, fields[10]));
			entries.add(new Entry(fields[0], Integer.parseInt(recId.group(1)), number, person));
		}
		return new Contents(file, List.copyOf(entries), impossible);
	}

	/** The file's lines as UTF-8 (ASCII included), each decoded on its own so that a bad byte is reported on its line. */
	private static List<String> lines(Path file) {
		List<String> raw;
		try {
			raw = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
		}
		catch (IOException e) {
			throw new IllegalArgumentException("Cannot read " + file + ": " + e.getMessage(), e);
		}
		var lines = new ArrayList<String>(raw.size());
		var decoder = StandardCharsets.UTF_8.newDecoder();
		for (int i = 0; i < raw.size(); i++) {
			try {
				lines.add(decoder.decode(ByteBuffer.wrap(raw.get(i).getBytes(StandardCharsets.ISO_8859_1))).toString());
			}
			catch (CharacterCodingException e) {
				throw new MalformedFileException(file, i + 1, "this line is not UTF-8 or ASCII text");
			}
		}
		return lines;
	}

	/**
	 * A source date such as 19160017 is a typo that no calendar has: keep the year, and the month if it exists,
	 * as the registry would have refused the rest.
	 */
	static PartialDate possiblePart(String yyyymmdd) {
		int year = Integer.parseInt(yyyymmdd.substring(0, 4));
		int month = Integer.parseInt(yyyymmdd.substring(4, 6));
		int day = Integer.parseInt(yyyymmdd.substring(6, 8));
		if (year < 1) {
			return null;
		}
		try {
			return PartialDate.of(year, month, day);
		}
		catch (IllegalArgumentException notADay) {
			try {
				return PartialDate.ofYearMonth(year, month);
			}
			catch (IllegalArgumentException notAMonth) {
				return PartialDate.ofYear(year);
			}
		}
	}

	private static String stripBom(String text) {
		return text.startsWith("\uFEFF") ? text.substring(1) : text;
	}
}
