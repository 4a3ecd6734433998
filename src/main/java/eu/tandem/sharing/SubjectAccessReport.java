package eu.tandem.sharing;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * Everything Tandem holds on one person in one hub, for the person (GDPR Art. 15), in words: what each module holds,
 * in sections; what was withheld, where the person may be told; and who accessed their data, when and why. The draft
 * a data protection officer reviews and the final answer have this shape; the final leaves withheld entries and their
 * access history out and says no more about them than the officer allowed.
 *
 * @param status "Draft" or "Final"
 * @param withheld for the final answer: a sentence for each withholding the person may be told of
 * @param language the two-letter code of the language it is written in, which the officer chose for the person when
 *            starting the request; English for answers compiled before it was recorded
 */
public record SubjectAccessReport(String status, String person, String hub, Instant compiledAt, String compiledBy,
		@Nullable Instant finalisedAt, @Nullable String finalisedBy, List<Section> sections, List<String> withheld,
		List<Access> accessHistory, String language) {

	public SubjectAccessReport {
		sections = List.copyOf(sections);
		withheld = List.copyOf(withheld);
		accessHistory = List.copyOf(accessHistory);
		language = language == null ? "en" : language;
	}

	@JsonIgnore
	public boolean isFinal() {
		return finalisedAt != null;
	}

	@JsonIgnore
	public int entryCount() {
		return sections.stream().mapToInt(section -> section.entries().size()).sum();
	}

	public record Section(String title, List<Entry> entries) {

		public Section {
			entries = List.copyOf(entries);
		}
	}

	/**
	 * One entry in words.
	 *
	 * @param key stable across compilations; decisions are kept by it
	 * @param kind how a sentence names it: "an item", "a referral"
	 * @param records the trail's records the entry stands for, in the draft only: a withheld entry's access history is
	 *            withheld with it
	 */
	public record Entry(String key, String title, String kind, @Nullable Instant when, @Nullable String recordedBy,
			@Nullable String recordingAgency, @Nullable String category, List<Field> fields, List<Earlier> earlierVersions,
			@JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> records) {

		public Entry {
			fields = List.copyOf(fields);
			earlierVersions = List.copyOf(earlierVersions);
			records = records == null ? List.of() : List.copyOf(records);
		}
	}

	public record Field(String label, String value) {
	}

	public record Earlier(String title, List<Field> fields) {

		public Earlier {
			fields = List.copyOf(fields);
		}
	}

	/**
	 * Repeated identical accesses (one person, one action, one record, one outcome, close together) as one line.
	 *
	 * @param what what was done or, for a refusal, attempted: "read a note", "tried to read a note"
	 * @param inWords the whole line as a sentence: "Lukas Nowak, Augsburg Police Prevention Unit, read a note, 2 December
	 *            2026 10:23"
	 * @param kind the kind of access, for filtering: "Reading and listing", …
	 * @param record the trail's record it is about, in the draft only
	 */
	public record Access(Instant first, Instant last, int times, @Nullable String who, @Nullable String agency, String what,
			String outcome, @Nullable String purpose, String kind, String inWords,
			@JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String record) {
	}
}
