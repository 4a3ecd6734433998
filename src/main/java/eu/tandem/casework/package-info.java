/**
 * Step four of the RAN paper: a case the hub took on, with one case owner who oversees it across agencies
 * and a case team of practitioners from the member agencies. Support plans, reviews and follow-up come later.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "hub", "person", "agency", "identity", "audit", "web", "kernel", "knowledge", "privacy", "scheduling" })
package eu.tandem.casework;
