package eu.tandem.casework;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import eu.tandem.agency.Country;
import eu.tandem.hub.Hub;
import eu.tandem.hub.HubDetails;
import eu.tandem.hub.HubId;
import eu.tandem.hub.HubLevel;
import eu.tandem.hub.HubRole;
import eu.tandem.identity.AgencyId;
import eu.tandem.identity.CurrentUser;
import eu.tandem.identity.Profession;
import eu.tandem.identity.Role;
import eu.tandem.identity.UserId;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Who stands in which relation to a hub's cases, rule by rule. */
class CaseAccessTest {

	final AgencyId member = new AgencyId(UUID.randomUUID());
	final AgencyId outsider = new AgencyId(UUID.randomUUID());
	final CurrentUser appointed = user(member, Role.HUB_COORDINATOR);
	final Hub hub = new Hub(new HubId(UUID.randomUUID()), "HUB", new HubDetails("Hub", HubLevel.LOCAL, new Country("DE"), null, null,
			null, null, null, null, null, null, null, null), List.of(new Hub.MemberAgency(member, "member")),
			List.of(new Hub.Member(appointed.id(), member, HubRole.COORDINATOR)), false, 0);

	@Test
	void dataProtectionOfficerOfTheHubIsAnOfficerOfAMemberAgency() {
		assertThat(CaseAccess.dataProtectionOfficerOfTheHub(user(member, Role.DATA_PROTECTION_OFFICER), hub)).isTrue();
		assertThat(CaseAccess.dataProtectionOfficerOfTheHub(user(outsider, Role.DATA_PROTECTION_OFFICER), hub))
			.as("an officer of an agency outside the hub").isFalse();
		assertThat(CaseAccess.dataProtectionOfficerOfTheHub(user(member, Role.PRACTITIONER), hub))
			.as("a practitioner of a member agency").isFalse();
		assertThat(CaseAccess.dataProtectionOfficerOfTheHub(user(member, Role.SYSTEM_ADMINISTRATOR), hub))
			.as("a system administrator runs the system, not its records").isFalse();
	}

	@Test
	void coordinatorOfTheHubHoldsTheRoleAndTheAppointment() {
		assertThat(CaseAccess.coordinates(appointed, hub)).isTrue();
		assertThat(CaseAccess.coordinates(user(member, Role.HUB_COORDINATOR), hub)).as("the role without the appointment").isFalse();
	}

	private static CurrentUser user(AgencyId agency, Role role) {
		return new CurrentUser(new UserId(UUID.randomUUID()), "u" + UUID.randomUUID(), "Someone", agency, Profession.OTHER,
				Set.of(role), 0);
	}
}
