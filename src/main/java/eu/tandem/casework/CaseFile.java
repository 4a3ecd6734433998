package eu.tandem.casework;

import java.time.Instant;
import java.util.List;

import eu.tandem.hub.HubId;
import eu.tandem.identity.AgencyId;
import eu.tandem.identity.UserId;
import eu.tandem.kernel.ReferralId;
import eu.tandem.person.PersonId;
import org.jspecify.annotations.Nullable;

/**
 * A case: which referral it came from and its reference (the referral's, as {@code AUG-2026-0042}), who owns it,
 * who is on its team, where it stands in its life ({@link CaseLifecycle}).
 */
public record CaseFile(CaseId id, ReferralId referral, String reference, HubId hub, @Nullable PersonId person, @Nullable UserId owner,
		List<TeamMember> team, CaseState state, Instant openedAt, @Nullable Instant closedAt, long version) {

	public record TeamMember(UserId user, AgencyId agency) {
	}

	public CaseFile {
		team = List.copyOf(team);
	}

	/** Whether the team still works on it: not closed, followed up or ended. */
	public boolean open() {
		return state.open();
	}

	/** The case owner is always on the team. */
	public boolean onTeam(UserId user) {
		return user.equals(owner) || team.stream().anyMatch(member -> member.user().equals(user));
	}
}
