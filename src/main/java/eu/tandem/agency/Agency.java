package eu.tandem.agency;

import eu.tandem.identity.AgencyId;

/** An agency as stored, with the version that edits are checked against. */
public record Agency(AgencyId id, AgencyDetails details, long version) {

	public String name() {
		return details.name();
	}
}
