package eu.tandem.agency;

import eu.tandem.identity.AgencyId;

/** An agency's profile as stored, with the version that edits are checked against. */
record StoredProfile(AgencyId agencyId, AgencyProfile profile, long version) {
}
