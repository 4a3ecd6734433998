package eu.tandem.sharing;

import static eu.tandem.hub.SharingRulesFixture.clause;
import static eu.tandem.hub.SharingRulesFixture.inForce;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import eu.tandem.agency.Sector;
import eu.tandem.casework.CaseFile;
import eu.tandem.casework.CaseState;
import eu.tandem.casework.CaseId;
import eu.tandem.casework.CaseStanding;
import eu.tandem.hub.DataCategory;
import eu.tandem.hub.HubId;
import eu.tandem.hub.SharingPurpose;
import eu.tandem.hub.SharingRules;
import eu.tandem.identity.AgencyId;
import eu.tandem.identity.CurrentUser;
import eu.tandem.identity.Profession;
import eu.tandem.identity.Role;
import eu.tandem.identity.UserId;
import eu.tandem.kernel.ReferralId;
import org.junit.jupiter.api.Test;

/** The one policy, rule by rule, against a hub whose agreement lets social information flow from the school to the clinic. */
class NeedToKnowTest {

	final AgencyId clinic = AgencyId.random();
	final AgencyId police = AgencyId.random();
	final AgencyId school = AgencyId.random();
	final HubId hub = HubId.random();
	final LocalDate today = LocalDate.of(2026, 12, 3);
	final SharingRules agreed = inForce(hub, Map.of(clinic, Sector.MENTAL_HEALTH_CARE, police, Sector.POLICE, school, Sector.EDUCATION),
			today, clause(1, DataCategory.SOCIAL, Sector.EDUCATION, Sector.MENTAL_HEALTH_CARE, NeedToKnow.CASE_WORK),
			clause(2, DataCategory.SOCIAL, Sector.EDUCATION, Sector.POLICE, SharingPurpose.JOINT_ASSESSMENT),
			clause(3, DataCategory.HEALTH, Sector.MENTAL_HEALTH_CARE, Sector.EDUCATION, NeedToKnow.CASE_WORK));
	final CaseFile file = new CaseFile(new CaseId(UUID.randomUUID()), ReferralId.random(), "HUB-2026-0001", hub, null, null, List.of(),
			CaseState.SUPPORT, Instant.now(), null, 0);
	final CurrentUser psychiatrist = user(clinic, Profession.PSYCHIATRIST);
	final CurrentUser clinicSocialWorker = user(clinic, Profession.SOCIAL_WORKER);
	final CurrentUser officer = user(police, Profession.POLICE_OFFICER);
	final CurrentUser teacher = user(school, Profession.TEACHER);
	final NeedToKnow.ItemFacts diagnosis = new NeedToKnow.ItemFacts(DataCategory.HEALTH, clinic, new UserId(UUID.randomUUID()));
	final NeedToKnow.ItemFacts intelligence = new NeedToKnow.ItemFacts(DataCategory.SECURITY, police, new UserId(UUID.randomUUID()));
	final NeedToKnow.ItemFacts conviction = new NeedToKnow.ItemFacts(DataCategory.JUSTICE, police, new UserId(UUID.randomUUID()));
	final NeedToKnow.ItemFacts housing = new NeedToKnow.ItemFacts(DataCategory.SOCIAL, school, new UserId(UUID.randomUUID()));
	final NeedToKnow.ItemFacts address = new NeedToKnow.ItemFacts(DataCategory.IDENTITY, school, new UserId(UUID.randomUUID()));

	@Test
	void withoutAStandingNothingInTheCaseExistsWhateverTheRole() {
		var administrator = new CurrentUser(new UserId(UUID.randomUUID()), "admin", "Admin", clinic, Profession.PSYCHIATRIST,
				Set.of(Role.SYSTEM_ADMINISTRATOR, Role.DATA_PROTECTION_OFFICER), 0);
		for (var item : List.of(diagnosis, intelligence, housing)) {
			assertThat(NeedToKnow.decide(administrator, none(administrator), item, Set.of(clinic), agreed)).isEmpty();
		}
	}

	@Test
	void caseTeamSeesWhatTheAgreementLetsFlowToItsAgencyForCaseWork() {
		assertThat(NeedToKnow.decide(psychiatrist, team(psychiatrist), housing, Set.of(), agreed))
			.contains(NeedToKnow.Rule.CASE_TEAM_SEES_WHAT_THE_AGREEMENT_LETS_FLOW);
		assertThat(NeedToKnow.decide(psychiatrist, coordinator(psychiatrist), housing, Set.of(), agreed))
			.as("a coordinator reads as the team does").contains(NeedToKnow.Rule.CASE_TEAM_SEES_WHAT_THE_AGREEMENT_LETS_FLOW);
	}

	@Test
	void caseTeamDoesNotSeeWhatTheAgreementDoesNotLetFlowToItsAgency() {
		assertThat(NeedToKnow.decide(officer, team(officer), housing, Set.of(), agreed))
			.as("the agreement lets it reach the police for joint assessment only: a disclosure for that purpose is needed").isEmpty();
		assertThat(NeedToKnow.decide(officer, team(officer), address, Set.of(), agreed)).as("no clause for identity").isEmpty();
	}

	@Test
	void theRecordingAgencyKeepsSightOfWhatItRecorded() {
		var colleague = user(school, Profession.SOCIAL_WORKER);
		assertThat(NeedToKnow.decide(colleague, team(colleague), housing, Set.of(), agreed))
			.contains(NeedToKnow.Rule.RECORDING_AGENCY_KEEPS_SIGHT);
	}

	@Test
	void healthStaysWithTheHealthProfessionalsOfTheRecordingAgencyWhateverTheAgreement() {
		assertThat(NeedToKnow.decide(psychiatrist, team(psychiatrist), diagnosis, Set.of(), agreed))
			.contains(NeedToKnow.Rule.HEALTH_STAYS_WITH_HEALTH_PROFESSIONALS_OF_THE_RECORDING_AGENCY);
		assertThat(NeedToKnow.decide(clinicSocialWorker, team(clinicSocialWorker), diagnosis, Set.of(), agreed))
			.as("not a health professional, though of the same clinic").isEmpty();
		assertThat(NeedToKnow.decide(teacher, team(teacher), diagnosis, Set.of(), agreed))
			.as("the agreement covers health to the school, but health goes only by a disclosure").isEmpty();
		assertThat(NeedToKnow.decide(user(police, Profession.PSYCHOLOGIST), team(officer), diagnosis, Set.of(), agreed))
			.as("a health professional of another agency").isEmpty();
	}

	@Test
	void securityAndJusticeStayWithTheRecordingAgency() {
		assertThat(NeedToKnow.decide(officer, team(officer), intelligence, Set.of(), agreed))
			.contains(NeedToKnow.Rule.SECURITY_AND_JUSTICE_STAY_WITH_THE_RECORDING_AGENCY);
		assertThat(NeedToKnow.decide(psychiatrist, team(psychiatrist), intelligence, Set.of(), agreed)).isEmpty();
		assertThat(NeedToKnow.decide(teacher, coordinator(teacher), conviction, Set.of(), agreed)).isEmpty();
	}

	@Test
	void aDisclosureOpensTheItemToTheAgenciesItReaches() {
		assertThat(NeedToKnow.decide(officer, team(officer), diagnosis, Set.of(police), agreed))
			.contains(NeedToKnow.Rule.DISCLOSED_TO_THE_VIEWERS_AGENCY);
		assertThat(NeedToKnow.decide(officer, team(officer), housing, Set.of(police), agreed))
			.contains(NeedToKnow.Rule.DISCLOSED_TO_THE_VIEWERS_AGENCY);
		assertThat(NeedToKnow.decide(teacher, team(teacher), diagnosis, Set.of(police), agreed)).isEmpty();
	}

	@Test
	void theCaseLevelGlassOpensIdentityAndWhatTheAgreementLetsFlowToTheGranteesAgency() {
		var nurse = user(clinic, Profession.PSYCHIATRIC_NURSE);
		assertThat(NeedToKnow.decide(nurse, emergency(nurse), address, Set.of(), agreed)).contains(NeedToKnow.Rule.EMERGENCY_OPENS_IDENTITY);
		assertThat(NeedToKnow.decide(nurse, emergency(nurse), housing, Set.of(), agreed))
			.contains(NeedToKnow.Rule.EMERGENCY_OPENS_WHAT_THE_AGREEMENT_LETS_FLOW);
		var constable = user(police, Profession.POLICE_OFFICER);
		assertThat(NeedToKnow.decide(constable, emergency(constable), housing, Set.of(), agreed))
			.as("social information does not reach the police for case work").isEmpty();
	}

	@Test
	void healthSecurityAndJusticeEachNeedTheirOwnSecondStep() {
		assertThat(NeedToKnow.decide(teacher, emergency(teacher), intelligence, Set.of(), agreed)).isEmpty();
		assertThat(NeedToKnow.decide(teacher, emergency(teacher), conviction, Set.of(), agreed)).isEmpty();
		assertThat(NeedToKnow.decide(teacher, emergency(teacher), diagnosis, Set.of(), agreed)).isEmpty();
		var security = emergency(teacher, DataCategory.SECURITY);
		assertThat(NeedToKnow.decide(teacher, security, intelligence, Set.of(), agreed)).contains(NeedToKnow.Rule.SECURITY_EMERGENCY_OPENS_SECURITY);
		assertThat(NeedToKnow.decide(teacher, security, conviction, Set.of(), agreed)).as("security opens security only").isEmpty();
		assertThat(NeedToKnow.decide(teacher, security, diagnosis, Set.of(), agreed)).isEmpty();
		assertThat(NeedToKnow.decide(teacher, emergency(teacher, DataCategory.JUSTICE), conviction, Set.of(), agreed))
			.contains(NeedToKnow.Rule.JUSTICE_EMERGENCY_OPENS_JUSTICE);
		assertThat(NeedToKnow.decide(teacher, emergency(teacher, DataCategory.HEALTH), diagnosis, Set.of(), agreed))
			.contains(NeedToKnow.Rule.HEALTH_EMERGENCY_OPENS_HEALTH);
	}

	@Test
	void withEmergencyAccessADisclosureToTheReadersAgencyStillNeedsTheStepForHealthSecurityAndJustice() {
		var constable = user(police, Profession.POLICE_OFFICER);
		assertThat(NeedToKnow.decide(constable, emergency(constable), diagnosis, Set.of(police), agreed))
			.as("a diagnosis disclosed to the police, read by a police officer who only broke the glass").isEmpty();
		assertThat(NeedToKnow.decide(constable, emergency(constable, DataCategory.HEALTH), diagnosis, Set.of(police), agreed))
			.as("the step opens it").contains(NeedToKnow.Rule.HEALTH_EMERGENCY_OPENS_HEALTH);
		assertThat(NeedToKnow.decide(constable, emergency(constable), housing, Set.of(police), agreed))
			.as("social information disclosed to the police").contains(NeedToKnow.Rule.DISCLOSED_TO_THE_VIEWERS_AGENCY);
	}

	@Test
	void aSecondStepCountsOnlyInsideACaseLevelGrant() {
		var stepWithoutGrant = new CaseStanding(file, teacher.id(), false, false, false, Set.of(DataCategory.SECURITY), false);
		assertThat(stepWithoutGrant.seesCase()).isFalse();
		assertThat(NeedToKnow.decide(teacher, stepWithoutGrant, intelligence, Set.of(), agreed)).isEmpty();
	}

	@Test
	void aPoliceOfficerWithEmergencyAccessStillNeedsTheStepForPoliceInformation() {
		var constable = user(police, Profession.POLICE_OFFICER);
		assertThat(NeedToKnow.decide(constable, emergency(constable), intelligence, Set.of(), agreed))
			.as("emergency access opens what a team member's agency would see, less security: it needs its own step").isEmpty();
	}

	@Test
	void theAuthorSeesTheirOwnItemWhileTheyStandInTheCase() {
		var author = user(police, Profession.POLICE_OFFICER);
		var own = new NeedToKnow.ItemFacts(DataCategory.SECURITY, police, author.id());
		assertThat(NeedToKnow.decide(author, team(author), own, Set.of(), agreed)).contains(NeedToKnow.Rule.AUTHOR_SEES_OWN_ITEM);
		assertThat(NeedToKnow.decide(author, none(author), own, Set.of(), agreed)).isEmpty();
	}

	@Test
	void theRecordingAgencyIsToldWhichTeamAgenciesAnItemDoesNotReach() {
		assertThat(NeedToKnow.reachesTeamMemberOf(clinic, team(teacher), housing, Set.of(), agreed)).isTrue();
		assertThat(NeedToKnow.reachesTeamMemberOf(police, team(teacher), housing, Set.of(), agreed)).isFalse();
		assertThat(NeedToKnow.reachesTeamMemberOf(police, team(teacher), housing, Set.of(police), agreed)).isTrue();
		assertThat(NeedToKnow.reachesTeamMemberOf(school, team(psychiatrist), diagnosis, Set.of(), agreed)).isFalse();
	}

	@Test
	void onlyTheHubsOfficerCompilesASubjectAccessRequest() {
		var dpo = new CaseStanding(file, UserId.random(), false, false, false, Set.of(), true);
		assertThat(NeedToKnow.forSubjectAccess(dpo)).contains(NeedToKnow.Rule.SUBJECT_ACCESS_FOR_THE_HUB_DPO);
		assertThat(NeedToKnow.forSubjectAccess(team(teacher))).isEmpty();
	}

	@Test
	void theAgreementsAskedMustBeThoseOfTheCasesHub() {
		var otherHub = inForce(HubId.random(), Map.of(school, Sector.EDUCATION), today);
		assertThatIllegalArgumentException().isThrownBy(() -> NeedToKnow.decide(teacher, team(teacher), housing, Set.of(), otherHub));
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
		return new CaseStanding(file, user.id(), true, false, false, Set.of(), false);
	}

	private CaseStanding coordinator(CurrentUser user) {
		return new CaseStanding(file, user.id(), false, true, false, Set.of(), false);
	}

	private CaseStanding emergency(CurrentUser user, DataCategory... steps) {
		return new CaseStanding(file, user.id(), false, false, true, Set.of(steps), false);
	}

	private CaseStanding none(CurrentUser user) {
		return new CaseStanding(file, user.id(), false, false, false, Set.of(), false);
	}

	private static CurrentUser user(AgencyId agency, Profession profession) {
		return new CurrentUser(UserId.random(), "u" + UUID.randomUUID(), "Someone", agency, profession, Set.of(Role.PRACTITIONER), 0);
	}
}
