/**
 * Jobs that must run on one node at a time, however many nodes share the database: every {@code @Scheduled} job (and
 * anything that does a job's work on request) goes through {@link eu.tandem.scheduling.OneNodeAtATime}, which holds a
 * PostgreSQL advisory lock for the job while it runs. It needs no table, so no module touches another's to take part.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package eu.tandem.scheduling;
