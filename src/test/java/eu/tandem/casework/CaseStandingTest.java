package eu.tandem.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import eu.tandem.hub.HubId;
import eu.tandem.identity.AgencyId;
import eu.tandem.identity.UserId;
import eu.tandem.kernel.ReferralId;
import org.junit.jupiter.api.Test;

/** What each standing may do on a case: the rules the case screen and the services both ask by name. */
class CaseStandingTest {

	final UserId owner = UserId.random();
	final UserId member = UserId.random();
	final UserId someone = UserId.random();

	CaseFile file(boolean open) {
		return new CaseFile(new CaseId(UUID.randomUUID()), ReferralId.random(), "HUB-2026-0001", HubId.random(), null, owner,
				List.of(new CaseFile.TeamMember(owner, new AgencyId(UUID.randomUUID())),
						new CaseFile.TeamMember(member, new AgencyId(UUID.randomUUID()))),
				open ? CaseState.SUPPORT : CaseState.CLOSED, Instant.now(), open ? null : Instant.now(), 0);
	}

	CaseStanding as(UserId user, boolean coordinator, boolean emergency, boolean officer, boolean open) {
		var file = file(open);
		return new CaseStanding(file, user, file.onTeam(user), coordinator, emergency, Set.of(), officer);
	}

	@Test
	void theOwnerAndTheCoordinatorsBuildTheTeamWhileTheCaseIsOpenAndMoveItOnEvenWhenClosed() {
		var theOwner = as(owner, false, false, false, true);
		var coordinator = as(someone, true, false, false, true);
		var teamMember = as(member, false, false, false, true);
		assertThat(theOwner.mayBuildTeam()).isTrue();
		assertThat(theOwner.mayMoveCase()).isTrue();
		assertThat(coordinator.mayBuildTeam()).isTrue();
		assertThat(coordinator.mayMoveCase()).isTrue();
		assertThat(teamMember.mayBuildTeam()).isFalse();
		assertThat(teamMember.mayMoveCase()).isFalse();
		assertThat(as(someone, false, true, false, true).mayMoveCase()).as("broke the glass").isFalse();
		var closed = as(owner, false, false, false, false);
		assertThat(closed.mayBuildTeam()).as("closed already").isFalse();
		assertThat(closed.mayMoveCase()).as("a closed case is reopened or ended by its owner").isTrue();
	}

	@Test
	void onlyTheCoordinatorsAppointTheOwner() {
		assertThat(as(someone, true, false, false, true).mayAppointOwner()).isTrue();
		assertThat(as(owner, false, false, false, true).mayAppointOwner()).isFalse();
		assertThat(as(someone, true, false, false, false).mayAppointOwner()).isFalse();
	}

	@Test
	void theTeamAndTheCoordinatorsMarkWhatAppliesTheGlassBreakerDoesNot() {
		assertThat(as(member, false, false, false, true).mayMarkAttributes()).isTrue();
		assertThat(as(someone, true, false, false, true).mayMarkAttributes()).isTrue();
		assertThat(as(someone, false, true, false, true).mayMarkAttributes()).isFalse();
	}

	@Test
	void theLedgerIsForTheOwnerTheCoordinatorsAndTheOfficersNotTheTeam() {
		assertThat(as(owner, false, false, false, true).mayReadLedger()).isTrue();
		assertThat(as(someone, true, false, false, true).mayReadLedger()).isTrue();
		assertThat(as(someone, false, false, true, true).mayReadLedger()).isTrue();
		assertThat(as(member, false, false, false, true).mayReadLedger()).isFalse();
	}

	@Test
	void aFurtherEmergencyStepIsForWhoeverBrokeTheGlassAndIsNotEntitled() {
		assertThat(as(someone, false, true, false, true).mayTakeEmergencyStep()).isTrue();
		assertThat(as(member, false, true, false, true).mayTakeEmergencyStep()).as("the team sees it anyway").isFalse();
		assertThat(as(someone, false, true, false, false).mayTakeEmergencyStep()).as("a closed case").isFalse();
		assertThat(as(someone, false, false, false, true).mayTakeEmergencyStep()).isFalse();
	}
}
