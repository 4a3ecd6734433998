/**
 * The record of who touched what: an append-only log of events about access to personal data and
 * changes to the system, written in the caller's transaction. Every event is sealed with a key kept outside the
 * database and linked into a hash chain, so that changing, deleting, reordering or inserting events in the database
 * is detected ({@link eu.tandem.audit.AuditChain}). Everyone may call it; it calls nobody but {@code scheduling}, so that
 * its sealing job runs on one node at a time like every other job.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "scheduling", "kernel" })
package eu.tandem.audit;
