package eu.tandem.audit;

import java.util.List;

/**
 * Appends events to the audit trail. There is deliberately no way to change or remove an event:
 * the table refuses updates and deletes, and this API offers none.
 */
public interface AuditLog {

	/**
	 * Appends the event in the caller's transaction, so that the trace of an access commits or rolls back
	 * with the access itself. The client address is taken from the current request where there is one.
	 */
	void record(AuditEvent event);

	/**
	 * Appends the event in a transaction of its own, which commits even when the caller's rolls back: for
	 * refusals, which end the caller's work with an exception but must leave their trace.
	 */
	void recordRefusal(AuditEvent event);

	/** The newest events about one record, newest first. */
	List<RecordedAuditEvent> about(AuditSubject subject, int limit);

	/** The newest events about any of these records, newest first: a person's access history across their records. */
	List<RecordedAuditEvent> aboutAny(java.util.Collection<AuditSubject> subjects, int limit);

	/** The newest events of one action, newest first. */
	List<RecordedAuditEvent> latest(AuditAction action, int limit);
}
