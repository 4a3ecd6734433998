package eu.tandem.review;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import eu.tandem.casework.CaseId;
import eu.tandem.identity.UserId;
import org.jspecify.annotations.Nullable;

/**
 * A recorded review: each goal's progress as measured on the day, what worked and what did not, and the decision; a
 * closing review also says why and with what outcome.
 */
record Review(UUID id, CaseId caseId, UserId recordedBy, Instant recordedAt, @Nullable String whatWorked,
		@Nullable String whatDidNot, Decision decision, @Nullable String closeReason, @Nullable Outcome outcome,
		@Nullable String outcomeWords, List<Progress> progress) {

	Review {
		progress = List.copyOf(progress);
	}

	/** One goal's progress: the goal as the plan measured it then, the value now, and a note. */
	record Progress(int position, String statement, String indicator, String baseline, String target, String valueNow,
			@Nullable String note) {
	}
}
