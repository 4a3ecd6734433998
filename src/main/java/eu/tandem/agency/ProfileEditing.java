package eu.tandem.agency;

import eu.tandem.identity.AgencyId;
import eu.tandem.identity.CurrentUser;
import eu.tandem.identity.StaffAdministration;

/**
 * Who describes an agency: its own administrators, who know its work, and a system administrator, who may
 * have to help a new agency. Everyone signed in reads every profile; nobody else changes one.
 */
final class ProfileEditing {

	private ProfileEditing() {
	}

	static boolean mayEdit(CurrentUser actor, AgencyId agency) {
		return StaffAdministration.administers(actor, agency);
	}
}
