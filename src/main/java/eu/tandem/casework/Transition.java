package eu.tandem.casework;

import java.time.Instant;

import eu.tandem.identity.UserId;
import org.jspecify.annotations.Nullable;

/**
 * One move in a case's life: from which state to which, why (null where the move needs no reason and none was given,
 * or once the case's words are erased), who moved it (null for a move Tandem made itself) and when.
 */
public record Transition(CaseState from, CaseState to, @Nullable String reason, @Nullable UserId by, Instant at) {

	/** Whether this move reopened a case that was closed, followed up or ended. */
	public boolean reopened() {
		return to.open() && !from.open();
	}
}
