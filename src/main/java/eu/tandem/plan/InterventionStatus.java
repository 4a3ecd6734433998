package eu.tandem.plan;

/**
 * Where an intervention stands; its words are the bundle's {@code plan.interventionStatus.*}. Like a task's done flag it
 * is progress, not what was agreed, so it changes on an agreed version too.
 */
public enum InterventionStatus {
	PLANNED, RUNNING, PAUSED, ENDED
}
