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

	/** Where a version stands; screens name it with the bundle's {@code knowledge.status.DRAFT}. */
	enum Status {
		DRAFT, IN_REVIEW, PUBLISHED, SUPERSEDED, RETURNED;

		public boolean open() {
			return this == DRAFT || this == IN_REVIEW;
		}
	}

	public boolean fromPaper() {
		return writtenBy == null;
	}

	/** Taken back by its writer: returned with nobody's review (a reviewer who returns a version is recorded). */
	public boolean withdrawn() {
		return status == Status.RETURNED && reviewedBy == null;
	}
}
