package eu.tandem.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import eu.tandem.agency.Country;
import eu.tandem.agency.Sector;
import eu.tandem.hub.DataCategory;
import eu.tandem.hub.Hub;
import eu.tandem.hub.HubDetails;
import eu.tandem.hub.HubId;
import eu.tandem.hub.HubLevel;
import eu.tandem.identity.AgencyId;
import eu.tandem.identity.CurrentUser;
import eu.tandem.identity.Profession;
import eu.tandem.identity.Role;
import eu.tandem.identity.UserId;
import eu.tandem.sharing.SubjectAccessRules.Decider;
import org.junit.jupiter.api.Test;

/** The review's rules, one by one: what is withheld until someone decides, and who may decide. */
class SubjectAccessRulesTest {

	final AgencyId police = new AgencyId(UUID.randomUUID());
	final AgencyId welfare = new AgencyId(UUID.randomUUID());
	final AgencyId outside = new AgencyId(UUID.randomUUID());
	final Hub hub = new Hub(new HubId(UUID.randomUUID()), "HUB", new HubDetails("Hub", HubLevel.LOCAL, new Country("DE"), null, null, null,
			null, null, null, null, null, null, null), List.of(new Hub.MemberAgency(police, "member"),
					new Hub.MemberAgency(welfare, "member")), List.of(), false, 0);

	@Test
	void whatPolicePrisonAndProbationRecordedIsWithheldUntilReleased() {
		assertThat(SubjectAccessRules.securityAndJusticeWithheldUntilReleased(Sector.POLICE, null)).isTrue();
		assertThat(SubjectAccessRules.securityAndJusticeWithheldUntilReleased(Sector.POLICE, DataCategory.SOCIAL))
			.as("whatever the police recorded, even social information").isTrue();
		assertThat(SubjectAccessRules.securityAndJusticeWithheldUntilReleased(Sector.PRISON_AND_PROBATION, DataCategory.IDENTITY)).isTrue();
	}

	@Test
	void securityAndJusticeInformationIsWithheldWhoeverRecordedIt() {
		assertThat(SubjectAccessRules.securityAndJusticeWithheldUntilReleased(Sector.SOCIAL_CARE, DataCategory.SECURITY)).isTrue();
		assertThat(SubjectAccessRules.securityAndJusticeWithheldUntilReleased(Sector.EDUCATION, DataCategory.JUSTICE)).isTrue();
		assertThat(SubjectAccessRules.securityAndJusticeWithheldUntilReleased(null, DataCategory.SECURITY))
			.as("no recording agency at all").isTrue();
	}

	@Test
	void everythingElseGoesIntoTheAnswer() {
		for (var sector : Sector.values()) {
			if (sector == Sector.POLICE || sector == Sector.PRISON_AND_PROBATION) {
				continue;
			}
			for (var category : List.of(DataCategory.IDENTITY, DataCategory.HEALTH, DataCategory.SOCIAL, DataCategory.EDUCATION)) {
				assertThat(SubjectAccessRules.securityAndJusticeWithheldUntilReleased(sector, category)).as(sector + " " + category)
					.isFalse();
			}
			assertThat(SubjectAccessRules.securityAndJusticeWithheldUntilReleased(sector, null)).as(sector + ", no category").isFalse();
		}
		assertThat(SubjectAccessRules.securityAndJusticeWithheldUntilReleased(null, null)).as("the register's own record").isFalse();
	}

	@Test
	void theRecordingAgencyDecidesThroughItsAuthorItsOfficerOrWhoeverSeesTheEntry() {
		var author = user(police, Role.PRACTITIONER);
		assertThat(SubjectAccessRules.recordingAgencyDecides(author, true, police, author.id(), () -> false)).as("the author").isTrue();
		assertThat(SubjectAccessRules.recordingAgencyDecides(user(police, Role.DATA_PROTECTION_OFFICER), true, police, author.id(),
				() -> false)).as("the agency's data protection officer").isTrue();
		assertThat(SubjectAccessRules.recordingAgencyDecides(user(police, Role.PRACTITIONER), true, police, author.id(), () -> true))
			.as("a colleague on the case team who sees it").isTrue();
		assertThat(SubjectAccessRules.recordingAgencyDecides(user(police, Role.PRACTITIONER), true, police, author.id(), () -> false))
			.as("a colleague who does not see it").isFalse();
		assertThat(SubjectAccessRules.recordingAgencyDecides(user(police, Role.AGENCY_ADMINISTRATOR), true, police, author.id(),
				() -> false)).as("the agency's administrator, by role alone").isFalse();
	}

	@Test
	void theRecordingAgencyDecidesNothingElse() {
		var author = user(police, Role.PRACTITIONER);
		assertThat(SubjectAccessRules.recordingAgencyDecides(user(welfare, Role.PRACTITIONER), true, police, author.id(), () -> true))
			.as("another agency, even one that sees the entry").isFalse();
		assertThat(SubjectAccessRules.recordingAgencyDecides(author, false, police, author.id(), () -> true))
			.as("an entry the rule did not withhold: the officer's to decide").isFalse();
		assertThat(SubjectAccessRules.recordingAgencyDecides(author, true, null, author.id(), () -> true))
			.as("an entry no agency recorded").isFalse();
	}

	@Test
	void anOfficerOfTheHubDecidesAnyEntryAndNobodyElseDoes() {
		var author = user(police, Role.PRACTITIONER);
		assertThat(SubjectAccessRules.decider(user(welfare, Role.DATA_PROTECTION_OFFICER), hub, true, police, author.id(), () -> false))
			.contains(Decider.HUB_OFFICER);
		assertThat(SubjectAccessRules.decider(user(police, Role.DATA_PROTECTION_OFFICER), hub, true, police, author.id(), () -> false))
			.as("the recording agency's officer decides as the recording agency").contains(Decider.RECORDING_AGENCY);
		assertThat(SubjectAccessRules.decider(author, hub, true, police, author.id(), () -> false)).contains(Decider.RECORDING_AGENCY);
		assertThat(SubjectAccessRules.decider(user(outside, Role.DATA_PROTECTION_OFFICER), hub, true, police, author.id(), () -> true))
			.as("an officer of an agency outside the hub").isEmpty();
		assertThat(SubjectAccessRules.decider(user(welfare, Role.PRACTITIONER), hub, true, police, author.id(), () -> true))
			.as("a practitioner of another agency").isEmpty();
		assertThat(SubjectAccessRules.decider(user(welfare, Role.SYSTEM_ADMINISTRATOR), hub, true, police, author.id(), () -> true))
			.as("a system administrator").isEmpty();
	}

	private static CurrentUser user(AgencyId agency, Role role) {
		return new CurrentUser(new UserId(UUID.randomUUID()), "u" + UUID.randomUUID(), "Someone", agency, Profession.OTHER,
				Set.of(role), 0);
	}
}
