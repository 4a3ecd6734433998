/**
 * A case's support plan, drawn up by the case owner with the team: SMART goals, the interventions from the hub's
 * catalogue that serve them, and tasks on either; agreed by the person (for a minor, the guardian) and revised in
 * versions that all stay readable; it answers casework's {@link eu.tandem.casework.SupportPlans}.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "casework", "hub", "agency", "person", "identity", "audit", "web", "kernel", "privacy", "review" })
package eu.tandem.plan;
