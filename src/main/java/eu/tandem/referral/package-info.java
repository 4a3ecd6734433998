/**
 * Referral intake and triage: a concern about a person reaches a hub, from a practitioner or through its
 * single point of contact; the coordinator checks whether the person is already known, asks the police
 * member to deconflict, and decides: proceed, signpost or no further action. The referrer sees the way back.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "hub", "person", "agency", "identity", "audit", "web", "kernel", "casework", "knowledge", "privacy" })
package eu.tandem.referral;
