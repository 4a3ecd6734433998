/**
 * Need to know: what practitioners record about a person in a case, each item in a data category and held by
 * the agency that recorded it; the one policy that decides every read ({@link eu.tandem.sharing.NeedToKnow}), in
 * agreement with the hub's information-sharing agreements; consent; disclosures across agency boundaries with their
 * ledger, checked against the hub's agreement; telling the recording agency when someone opens its health, security
 * or justice information in an emergency; and subject access requests, compiled from every module's
 * {@link eu.tandem.privacy.PersonalDataHolder} and reviewed before release, with the person's access history in words.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "casework", "knowledge", "hub", "agency", "person", "identity", "audit", "web", "kernel", "vault", "privacy", "scheduling" })
package eu.tandem.sharing;
