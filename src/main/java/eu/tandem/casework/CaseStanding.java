package eu.tandem.casework;

import java.util.Set;

import eu.tandem.hub.DataCategory;
import eu.tandem.identity.UserId;

/**
 * How someone stands to a case at this moment: the only source of sight of a case and, with the data
 * category, of the information in it. A role alone is never a standing.
 *
 * @param team on the case team (the case owner included)
 * @param coordinator coordinates the case's hub
 * @param emergency broke the glass and the case-level grant is running
 * @param emergencySteps the categories (health, security, justice) opened by a second step inside the running
 *            case-level grant; empty without one
 * @param officer a data protection officer of an agency of the case's hub
 *            ({@link CaseAccess#dataProtectionOfficerOfTheHub}): answers for the case's records, never sees the case
 */
public record CaseStanding(CaseFile file, UserId user, boolean team, boolean coordinator, boolean emergency,
		Set<DataCategory> emergencySteps, boolean officer) {

	public CaseStanding {
		// a second step counts only inside a running case-level grant
		emergencySteps = emergency ? Set.copyOf(emergencySteps) : Set.of();
	}

	/** Nobody sees a case without a standing: for them it does not exist. */
	public boolean seesCase() {
		return team || coordinator || emergency;
	}

	/** Entitled without breaking the glass. */
	public boolean entitled() {
		return team || coordinator;
	}

	public boolean owner() {
		return user.equals(file.owner());
	}

	/** Whether a second emergency step opened this category for the user. */
	public boolean openedInEmergency(DataCategory category) {
		return emergencySteps.contains(category);
	}
}
