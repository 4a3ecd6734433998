package eu.tandem.sharing;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import eu.tandem.casework.CaseFile;
import eu.tandem.casework.CaseId;
import eu.tandem.casework.CaseStanding;
import eu.tandem.hub.DataCategory;
import eu.tandem.hub.HubId;
import eu.tandem.identity.AgencyId;
import eu.tandem.identity.CurrentUser;
import eu.tandem.identity.Profession;
import eu.tandem.identity.Role;
import eu.tandem.identity.UserId;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The one policy, rule by rule. */
class NeedToKnowTest {

	final AgencyId clinic = new AgencyId(UUID.randomUUID());
	final AgencyId police = new AgencyId(UUID.randomUUID());
	final AgencyId school = new AgencyId(UUID.randomUUID());
	final CaseFile file = new CaseFile(new CaseId(UUID.randomUUID()), UUID.randomUUID(), new HubId(UUID.randomUUID()), null,
			null, List.of(), Instant.now(), null, 0);
	final CurrentUser psychiatrist = user(clinic, Profession.PSYCHIATRIST);
	final CurrentUser clinicSocialWorker = user(clinic, Profession.SOCIAL_WORKER);
	final CurrentUser officer = user(police, Profession.POLICE_OFFICER);
	final CurrentUser teacher = user(school, Profession.TEACHER);
	final NeedToKnow.ItemFacts diagnosis = new NeedToKnow.ItemFacts(DataCategory.HEALTH, clinic, new UserId(UUID.randomUUID()));
	final NeedToKnow.ItemFacts intelligence = new NeedToKnow.ItemFacts(DataCategory.SECURITY, police, new UserId(UUID.randomUUID()));
	final NeedToKnow.ItemFacts conviction = new NeedToKnow.ItemFacts(DataCategory.JUSTICE, police, new UserId(UUID.randomUUID()));
	final NeedToKnow.ItemFacts housing = new NeedToKnow.ItemFacts(DataCategory.SOCIAL, school, new UserId(UUID.randomUUID()));

	@Test
	void withoutAStandingNothingInTheCaseExistsWhateverTheRole() {
		var administrator = new CurrentUser(new UserId(UUID.randomUUID()), "admin", "Admin", clinic, Profession.PSYCHIATRIST,
				Set.of(Role.SYSTEM_ADMINISTRATOR, Role.DATA_PROTECTION_OFFICER), 0);
		for (var item : List.of(diagnosis, intelligence, housing)) {
			assertThat(NeedToKnow.decide(administrator, none(administrator), item, Set.of(clinic))).isEmpty();
		}
	}

	@Test
	void caseTeamSeesIdentitySocialAndEducationInformation() {
		assertThat(NeedToKnow.decide(officer, team(officer), housing, Set.of()))
			.contains(NeedToKnow.Rule.CASE_TEAM_SEES_SHARED_CATEGORIES);
	}

	@Test
	void healthStaysWithTheHealthProfessionalsOfTheRecordingAgency() {
		assertThat(NeedToKnow.decide(psychiatrist, team(psychiatrist), diagnosis, Set.of()))
			.contains(NeedToKnow.Rule.HEALTH_STAYS_WITH_HEALTH_PROFESSIONALS_OF_THE_RECORDING_AGENCY);
		assertThat(NeedToKnow.decide(clinicSocialWorker, team(clinicSocialWorker), diagnosis, Set.of()))
			.as("not a health professional, though of the same clinic").isEmpty();
		assertThat(NeedToKnow.decide(officer, team(officer), diagnosis, Set.of())).isEmpty();
		assertThat(NeedToKnow.decide(user(police, Profession.PSYCHOLOGIST), team(officer), diagnosis, Set.of()))
			.as("a health professional of another agency").isEmpty();
	}

	@Test
	void securityAndJusticeStayWithTheRecordingAgency() {
		assertThat(NeedToKnow.decide(officer, team(officer), intelligence, Set.of()))
			.contains(NeedToKnow.Rule.SECURITY_AND_JUSTICE_STAY_WITH_THE_RECORDING_AGENCY);
		assertThat(NeedToKnow.decide(psychiatrist, team(psychiatrist), intelligence, Set.of())).isEmpty();
		assertThat(NeedToKnow.decide(teacher, coordinator(teacher), conviction, Set.of())).isEmpty();
	}

	@Test
	void aDisclosureOpensTheItemToTheAgenciesItReaches() {
		assertThat(NeedToKnow.decide(officer, team(officer), diagnosis, Set.of(police)))
			.contains(NeedToKnow.Rule.DISCLOSED_TO_THE_VIEWERS_AGENCY);
		assertThat(NeedToKnow.decide(teacher, team(teacher), diagnosis, Set.of(police))).isEmpty();
	}

	@Test
	void theGlassOpensAllButHealthAndTheStrongerStepOpensHealth() {
		var emergency = new CaseStanding(file, teacher.id(), false, false, true, false, false);
		assertThat(NeedToKnow.decide(teacher, emergency, intelligence, Set.of())).contains(NeedToKnow.Rule.EMERGENCY_OPENS_ALL_BUT_HEALTH);
		assertThat(NeedToKnow.decide(teacher, emergency, diagnosis, Set.of())).isEmpty();
		var health = new CaseStanding(file, teacher.id(), false, false, true, true, false);
		assertThat(NeedToKnow.decide(teacher, health, diagnosis, Set.of())).contains(NeedToKnow.Rule.HEALTH_EMERGENCY_OPENS_HEALTH);
	}

	@Test
	void theAuthorSeesTheirOwnItemWhileTheyStandInTheCase() {
		var author = user(police, Profession.POLICE_OFFICER);
		var own = new NeedToKnow.ItemFacts(DataCategory.SECURITY, police, author.id());
		assertThat(NeedToKnow.decide(author, team(author), own, Set.of())).contains(NeedToKnow.Rule.AUTHOR_SEES_OWN_ITEM);
		assertThat(NeedToKnow.decide(author, none(author), own, Set.of())).isEmpty();
	}

	@Test
	void onlyHealthProfessionalsRecordHealthInformation() {
		assertThat(NeedToKnow.mayRecord(psychiatrist, DataCategory.HEALTH)).isTrue();
		assertThat(NeedToKnow.mayRecord(teacher, DataCategory.HEALTH)).isFalse();
		assertThat(NeedToKnow.mayRecord(teacher, DataCategory.EDUCATION)).isTrue();
	}

	@Test
	void rulesHaveCodesForTheTrail() {
		assertThat(NeedToKnow.Rule.DISCLOSED_TO_THE_VIEWERS_AGENCY.code()).isEqualTo("disclosed-to-the-viewers-agency");
	}

	private CaseStanding team(CurrentUser user) {
		return new CaseStanding(file, user.id(), true, false, false, false, false);
	}

	private CaseStanding coordinator(CurrentUser user) {
		return new CaseStanding(file, user.id(), false, true, false, false, false);
	}

	private CaseStanding none(CurrentUser user) {
		return new CaseStanding(file, user.id(), false, false, false, false, false);
	}

	private static CurrentUser user(AgencyId agency, Profession profession) {
		return new CurrentUser(new UserId(UUID.randomUUID()), "u" + UUID.randomUUID(), "Someone", agency, profession,
				Set.of(Role.PRACTITIONER), 0);
	}
}
