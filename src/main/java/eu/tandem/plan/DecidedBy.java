package eu.tandem.plan;

/**
 * Who agreed to the plan: the person, or for a minor the guardian, as with consent to sharing. In words:
 * {@code plan.decidedBy.PERSON}.
 */
public enum DecidedBy {
	PERSON, GUARDIAN
}
