package eu.tandem.review;

import eu.tandem.casework.CaseState;

/**
 * What a review decides: support goes on under the plan as it is, goes on under a plan the owner revises next, or the
 * case is closed. Screens name it by key: {@code review.decision.CLOSE}.
 */
public enum Decision {

	CONTINUE, CHANGE_PLAN, CLOSE;

	/** Where the case goes from review. */
	CaseState next() {
		return this == CLOSE ? CaseState.CLOSED : CaseState.SUPPORT;
	}
}
