package eu.tandem.support;

import eu.tandem.identity.AgencyId;
import eu.tandem.identity.CurrentUser;
import eu.tandem.identity.UserId;

/** An account a test made for itself, with what it takes to sign in. */
public record StaffMember(UserId id, AgencyId agencyId, String username, String password, String totpSecret,
		CurrentUser asCurrentUser) {
}
