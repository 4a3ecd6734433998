package eu.tandem.casework;

import eu.tandem.identity.UserId;

/**
 * How someone stands to a case at this moment: the only source of sight of a case and, with the data
 * category, of the information in it. A role alone is never a standing.
 *
 * @param team on the case team (the case owner included)
 * @param coordinator coordinates the case's hub
 * @param emergency broke the glass and the grant is running
 * @param healthEmergency broke the glass for health information too, with the stronger step
 * @param officer a data protection officer of an agency of the case's hub
 *            ({@link CaseAccess#dataProtectionOfficerOfTheHub}): answers for the case's records, never sees the case
 */
public record CaseStanding(CaseFile file, UserId user, boolean team, boolean coordinator, boolean emergency,
		boolean healthEmergency, boolean officer) {

	/** Nobody sees a case without a standing: for them it does not exist. */
	public boolean seesCase() {
		return team || coordinator || emergency || healthEmergency;
	}

	/** Entitled without breaking the glass. */
	public boolean entitled() {
		return team || coordinator;
	}

	public boolean owner() {
		return user.equals(file.owner());
	}
}
