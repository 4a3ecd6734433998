package eu.tandem.identity;

import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StaffAdministrationTest {

	final AgencyId own = AgencyId.random();
	final AgencyId other = AgencyId.random();

	CurrentUser user(AgencyId agency, Role... roles) {
		return new CurrentUser(UserId.random(), "someone", "Someone", agency, Profession.OTHER, Set.of(roles), 0);
	}

	@Test
	void agencyAdministratorManagesOwnAgencyOnly() {
		var admin = user(own, Role.AGENCY_ADMINISTRATOR);
		assertThat(StaffAdministration.mayManageStaffOf(admin, own)).isTrue();
		assertThat(StaffAdministration.mayManageStaffOf(admin, other)).isFalse();
	}

	@Test
	void systemAdministratorManagesEveryAgency() {
		var sysadmin = user(own, Role.SYSTEM_ADMINISTRATOR);
		assertThat(StaffAdministration.mayManageStaffOf(sysadmin, other)).isTrue();
	}

	@Test
	void otherRolesManageNobody() {
		for (var role : Set.of(Role.PRACTITIONER, Role.HUB_COORDINATOR, Role.DATA_PROTECTION_OFFICER,
				Role.KNOWLEDGE_CURATOR, Role.ANALYST)) {
			assertThat(StaffAdministration.mayManageStaffOf(user(own, role), own)).as(role.name()).isFalse();
		}
	}

	@Test
	void onlySystemAdministratorsGiveTheSystemAdministratorRole() {
		var admin = user(own, Role.AGENCY_ADMINISTRATOR);
		assertThat(StaffAdministration.mayAssign(admin, Set.of(Role.PRACTITIONER, Role.HUB_COORDINATOR))).isTrue();
		assertThat(StaffAdministration.mayAssign(admin, Set.of(Role.SYSTEM_ADMINISTRATOR))).isFalse();
		assertThat(StaffAdministration.mayAssign(user(own, Role.SYSTEM_ADMINISTRATOR), Set.of(Role.SYSTEM_ADMINISTRATOR)))
			.isTrue();
	}
}
