package eu.tandem.privacy;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import eu.tandem.audit.AuditSubject;
import eu.tandem.hub.DataCategory;
import eu.tandem.identity.AgencyId;
import eu.tandem.identity.UserId;
import org.jspecify.annotations.Nullable;

/**
 * One thing a module holds about the person, in words: a referral, a note, a consent decision, an emergency access.
 * The facts that decide whether it is withheld until its recording agency releases it (who recorded it, for which
 * agency, in which category) come with it; so do the records of the audit trail it stands for, so that a withheld
 * entry's access history is withheld with it.
 *
 * @param key stable within the module and across compilations, e.g. {@code item-5f3c…}: decisions are kept by it
 * @param title what it is, e.g. "Note", "Referral", "Emergency access"
 * @param kind how a sentence names it, with its article: "an item", "a referral"
 * @param when when it was recorded
 * @param recordingAgency the agency that recorded it, if an agency did
 * @param author the staff member who recorded it, if known
 * @param category its data category, where it has one
 * @param fields label and value, each in words: never a code or an enum name
 * @param earlierVersions what it said before it was corrected, newest first, where the module keeps that
 * @param records the records of the audit trail it stands for
 */
public record HeldEntry(String key, String title, String kind, @Nullable Instant when, @Nullable AgencyId recordingAgency,
		@Nullable UserId author, @Nullable DataCategory category, List<Field> fields, List<Earlier> earlierVersions,
		Set<AuditSubject> records) {

	public HeldEntry {
		if (key == null || !key.matches("[a-z]+(-[a-z]+)*-[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}")) {
			throw new IllegalArgumentException("An entry's key is a word and an identifier, e.g. item-<uuid>, got: " + key);
		}
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(kind, "kind");
		fields = List.copyOf(fields);
		earlierVersions = List.copyOf(earlierVersions);
		records = Set.copyOf(records);
	}

	/** A label and its value in words. */
	public record Field(String label, String value) {

		public Field {
			Objects.requireNonNull(label, "label");
			Objects.requireNonNull(value, "value");
		}
	}

	/** An earlier version, e.g. "Version 1, replaced on 3 December 2026 (typing error)", with what it said. */
	public record Earlier(String title, List<Field> fields) {

		public Earlier {
			Objects.requireNonNull(title, "title");
			fields = List.copyOf(fields);
		}
	}
}
