/**
 * Step five of the RAN paper: reviews of a case under support on the hub's schedule (each goal's indicator now against
 * its baseline and target, what worked and what did not, and the decision to continue, change the plan or close), and
 * follow-up checks after closure that Tandem starts itself when they fall due.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "casework", "hub", "person", "identity", "audit", "web", "kernel", "privacy", "scheduling" })
package eu.tandem.review;
