package eu.tandem.audit;

import org.jspecify.annotations.Nullable;

/**
 * The audit trail's tamper evidence. Every event is sealed with a key kept outside the database when it is written,
 * and then linked into a hash chain: changing, deleting, reordering or inserting an event in the database shows up
 * here, named by the first event where the trail breaks.
 */
public interface AuditChain {

	AuditAction VERIFIED = AuditAction.of("audit.verified");

	/**
	 * Adds the events written since the last run to the chain, checks every event and the chain's head, and records
	 * the check as {@code audit.verified} by whoever ran it. Reads the trail in pages, so it suits millions of events.
	 *
	 * @param expected a checkpoint exported earlier, which the chain must still match; may be null
	 */
	AuditVerification verify(AuditActor by, @Nullable ChainMark expected);

	/** Where the chain ends now, after adding the events written since the last run: to keep outside Tandem. */
	AuditCheckpoint checkpoint();
}
