/**
 * The agencies that work together, step one of the RAN paper's multi-agency structure: who they are,
 * which sector, where, how to reach them, and the staff each agency's administrators manage.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "identity", "audit", "web" })
package eu.tandem.agency;
