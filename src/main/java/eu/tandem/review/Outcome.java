package eu.tandem.review;

/**
 * How a closed case ended, from the fixed list the hub reports on, plus words where the list alone says too little:
 * the service the person was transferred to, or what "other" was. Screens name it by key: {@code review.outcome.OTHER}.
 */
public enum Outcome {

	GOALS_MET, DISENGAGED, MOVED_AWAY, TRANSFERRED, OTHER;

	/** Whether the outcome needs words beside it. */
	boolean needsWords() {
		return this == TRANSFERRED || this == OTHER;
	}
}
