package eu.tandem.agency;

import java.util.Set;

import eu.tandem.identity.AgencyId;
import eu.tandem.identity.CurrentUser;
import eu.tandem.identity.Profession;
import eu.tandem.identity.Role;
import eu.tandem.identity.UserId;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProfileEditingTest {

	final AgencyId own = AgencyId.random();
	final AgencyId other = AgencyId.random();

	@Test
	void agencyAdministratorEditsTheProfileOfTheirOwnAgencyOnly() {
		var admin = user(own, Role.AGENCY_ADMINISTRATOR);
		assertThat(ProfileEditing.mayEdit(admin, own)).isTrue();
		assertThat(ProfileEditing.mayEdit(admin, other)).isFalse();
	}

	@Test
	void systemAdministratorEditsAnyAgencysProfile() {
		assertThat(ProfileEditing.mayEdit(user(own, Role.SYSTEM_ADMINISTRATOR), other)).isTrue();
	}

	@Test
	void otherRolesReadProfilesButDoNotEditThem() {
		for (var role : Set.of(Role.PRACTITIONER, Role.HUB_COORDINATOR, Role.DATA_PROTECTION_OFFICER,
				Role.KNOWLEDGE_CURATOR, Role.ANALYST)) {
			assertThat(ProfileEditing.mayEdit(user(own, role), own)).as(role.name()).isFalse();
		}
	}

	private static CurrentUser user(AgencyId agency, Role role) {
		return new CurrentUser(UserId.random(), "someone", "Someone", agency, Profession.OTHER, Set.of(role), 0);
	}
}
