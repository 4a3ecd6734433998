package eu.tandem.referral;

import java.util.Optional;

import eu.tandem.agency.Agencies;
import eu.tandem.agency.Sector;
import eu.tandem.casework.CaseAccess;
import eu.tandem.casework.CaseFile;
import eu.tandem.hub.Hub;
import eu.tandem.hub.HubRole;
import eu.tandem.identity.CurrentUser;
import eu.tandem.identity.Role;

/**
 * Who sees what of a referral: its hub's coordinators and, once a case is open, the case team see it whole;
 * the referrer sees the way back (received, taken on or signposted, closed) and never the case; the hub's
 * police member sees whom a deconfliction request is about, and answers it. Everyone else: not found.
 */
final class ReferralAccess {

	private ReferralAccess() {
	}

	static boolean maySeeWhole(CurrentUser actor, Hub hub, Optional<CaseFile> file) {
		return CaseAccess.coordinates(actor, hub) || file.map(open -> open.onTeam(actor.id())).orElse(false);
	}

	static boolean isReferrer(CurrentUser actor, Referral referral) {
		return referral.referrer().equals(actor.id());
	}

	/**
	 * A practitioner of a police agency whom the hub appointed as a standing member: the one who answers
	 * deconfliction. An advisor or an agency administrator of the police is not.
	 */
	static boolean isPoliceMember(CurrentUser actor, Hub hub, Agencies agencies) {
		return actor.has(Role.PRACTITIONER)
				&& hub.member(actor.id()).map(member -> member.role() == HubRole.STANDING_MEMBER).orElse(false)
				&& agencies.find(actor.agencyId()).map(agency -> agency.details().sector() == Sector.POLICE).orElse(false);
	}
}
