package eu.tandem.plan;

/** How the agreement was obtained. In words: {@code plan.obtained.WRITTEN}. */
public enum Obtained {
	WRITTEN, ORAL, ELECTRONIC
}
