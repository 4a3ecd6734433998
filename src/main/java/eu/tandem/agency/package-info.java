/**
 * The agencies that work together, step one of the RAN paper's multi-agency structure ("map the relevant
 * agencies"): who they are, which sector, where, what each does in prevention work and which professions it
 * brings (its profile, for the directory practitioners search and for public pages), how to reach them, and
 * the staff each agency's administrators manage.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "identity", "audit", "web", "kernel" })
package eu.tandem.agency;
