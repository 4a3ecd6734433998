/**
 * The multi-agency structure, step two of the RAN paper: hubs at local, regional and national level, their
 * member agencies and people, the information-sharing agreements that govern them, and the sharing check
 * that every later disclosure asks: may this category of data flow from this agency to that one, here,
 * for this purpose? And the catalogue of interventions a hub's support plans choose from ({@link eu.tandem.hub.InterventionCatalogue}).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "agency", "identity", "audit", "web", "kernel" })
package eu.tandem.hub;
