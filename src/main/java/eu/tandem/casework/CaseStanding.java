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

	/*
	 * What the user may do on the case, each rule written once and found by its name. The plain name (buildsTeam) says
	 * who, for the services, which tell a closed case apart in words; the "may" name adds that the case is open, for
	 * the screens, which offer the action only then.
	 */

	/** APPOINT THE CASE OWNER: the hub's coordinators. */
	public boolean appointsOwner() {
		return coordinator;
	}

	public boolean mayAppointOwner() {
		return appointsOwner() && file.open();
	}

	/** BUILD THE TEAM (add and take off members): the case owner and the hub's coordinators. */
	public boolean buildsTeam() {
		return owner() || coordinator;
	}

	public boolean mayBuildTeam() {
		return buildsTeam() && file.open();
	}

	/**
	 * MOVE THE CASE ON in its life (to support, review, closed, reopened …): the case owner and the hub's coordinators.
	 * Which move the case's state allows is {@link CaseLifecycle}'s to say.
	 */
	public boolean movesCase() {
		return owner() || coordinator;
	}

	public boolean mayMoveCase() {
		return movesCase() && !CaseLifecycle.next(file.state()).isEmpty();
	}

	/** MARK WHAT APPLIES (a child, a returnee …): the case team and the hub's coordinators. */
	public boolean marksAttributes() {
		return team || coordinator;
	}

	public boolean mayMarkAttributes() {
		return marksAttributes() && file.open();
	}

	/** READ THE DISCLOSURE LEDGER: the case owner, the hub's coordinators and its data protection officers. */
	public boolean mayReadLedger() {
		return owner() || coordinator || officer;
	}

	/** SEE WHO BROKE THE GLASS on the case: the case owner and the hub's coordinators, who are told of it. */
	public boolean seesEmergencyAccesses() {
		return owner() || coordinator;
	}

	/** TAKE A FURTHER EMERGENCY STEP (health, security, justice): whoever broke the glass, inside the running grant. */
	public boolean mayTakeEmergencyStep() {
		return emergency && !entitled() && file.open();
	}

	/** Whether a second emergency step opened this category for the user. */
	public boolean openedInEmergency(DataCategory category) {
		return emergencySteps.contains(category);
	}
}
