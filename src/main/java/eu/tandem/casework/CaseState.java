package eu.tandem.casework;

/**
 * Where a case stands in its life, in the order of the RAN paper's steps four and five: the hub screens what it took
 * on, gathers information, supports the person under a plan, reviews how it goes, closes the case, follows up after
 * it, and ends it. A closed, followed-up or ended case can be reopened. Which move is allowed, and why one is not, is
 * {@link CaseLifecycle}'s to say. Screens name a state by key: {@code casework.state.SCREENING}.
 */
public enum CaseState {

	SCREENING,
	INFORMATION_GATHERING,
	SUPPORT,
	REVIEW,
	CLOSED,
	FOLLOW_UP,
	ENDED;

	/** Whether the team still works on the case: before it is closed. */
	public boolean open() {
		return compareTo(CLOSED) < 0;
	}
}
