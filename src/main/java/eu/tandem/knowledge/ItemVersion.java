package eu.tandem.knowledge;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One version of an item: a draft, sent for review, published, replaced by a later publication, or returned to its
 * writer with the reviewer's note. {@code writtenBy} is null for what was imported from the paper's data file.
 */
record ItemVersion(UUID itemId, int number, Status status, ItemContent content, @Nullable String changeNote,
		@Nullable UUID writtenBy, Instant writtenAt, @Nullable Instant submittedAt, @Nullable UUID reviewedBy,
		@Nullable Instant reviewedAt, @Nullable String reviewNote) {

	enum Status {
		DRAFT("Draft"), IN_REVIEW("Waiting for review"), PUBLISHED("Published"), SUPERSEDED("Replaced by a later version"),
		RETURNED("Returned to its writer");

		private final String label;

		Status(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

		public boolean open() {
			return this == DRAFT || this == IN_REVIEW;
		}
	}

	public boolean fromPaper() {
		return writtenBy == null;
	}
}
