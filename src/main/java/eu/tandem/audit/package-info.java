/**
 * The record of who touched what: an append-only log of events about access to personal data and
 * changes to the system, written in the caller's transaction. Everyone may call it; it calls nobody.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package eu.tandem.audit;
