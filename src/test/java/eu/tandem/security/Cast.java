package eu.tandem.security;

import java.util.Map;

import eu.tandem.hub.HubId;
import eu.tandem.identity.AgencyId;
import eu.tandem.identity.CurrentUser;
import eu.tandem.support.StaffMember;

/**
 * The accounts that play the matrix's relationships, one per {@link Actor}, and the agencies they work for. They
 * are made once per test class and signed in once: every scenario builds a new hub of the same four agencies and
 * puts these people into the same relationships to its records, so that no cell needs a sign-in of its own.
 *
 * @param youthWork the owner's and the coordinator's agency
 * @param clinic the team member's agency (mental health care)
 * @param police the police member's agency
 * @param school the referrer's, the glass breaker's, the other practitioner's and the officer's agency
 * @param elsewhere an agency of another hub only
 * @param probation the uncovered team member's agency (prison and probation)
 */
record Cast(AgencyId youthWork, AgencyId clinic, AgencyId police, AgencyId school, AgencyId elsewhere, AgencyId probation, HubId otherHub,
		Map<Actor, StaffMember> members) {

	StaffMember member(Actor actor) {
		return members.get(actor);
	}

	CurrentUser user(Actor actor) {
		return member(actor).asCurrentUser();
	}
}
