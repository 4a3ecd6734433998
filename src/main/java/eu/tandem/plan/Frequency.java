package eu.tandem.plan;

/** How often an intervention takes place; its words are the bundle's {@code plan.frequency.*}. */
public enum Frequency {
	ONCE, WEEKLY, FORTNIGHTLY, MONTHLY, AS_NEEDED
}
