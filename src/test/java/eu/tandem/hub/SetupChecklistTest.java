package eu.tandem.hub;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import eu.tandem.agency.Country;
import eu.tandem.agency.Sector;
import eu.tandem.identity.AgencyId;
import eu.tandem.identity.UserId;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The paper's five steps, each ticked off from the hub's own data. */
class SetupChecklistTest {

	final AgencyId clinic = AgencyId.random();
	final AgencyId police = AgencyId.random();
	final LocalDate today = LocalDate.of(2026, 11, 26);
	final Map<AgencyId, String> names = Map.of(clinic, "Clinic", police, "Police");

	Hub hub(String evaluation, List<Hub.MemberAgency> agencies, List<Hub.Member> members) {
		return new Hub(HubId.random(), "HUB", new HubDetails("Hub", HubLevel.LOCAL, new Country("DE"), null, null, null, evaluation,
				null, null, null, null, null, null), agencies, members, false, 0);
	}

	@Test
	void anEmptyHubHasEveryStepToDoWithWhatToDoNext() {
		var checklist = SetupChecklist.of(hub(null, List.of(), List.of()), List.of(), 0, today, names::get);

		assertThat(checklist.done()).isZero();
		assertThat(checklist.steps()).extracting(step -> HubWords.inEnglish(step.status())).containsExactly(
				"Add the agencies that work with the people this hub supports: at least two.",
				"Add member agencies, then appoint their people.",
				"No agreement is in force: draft one and have every party sign it.",
				"Appoint a coordinator: they run triage and appoint case owners.",
				"Set how often the hub evaluates its work.");
	}

	@Test
	void aHubWithAgenciesPeopleCoordinatorAgreementAndEvaluationIsSetUp() {
		var members = List.of(new Hub.Member(UserId.random(), police, HubRole.COORDINATOR),
				new Hub.Member(UserId.random(), clinic, HubRole.STANDING_MEMBER));
		var hub = hub("yearly", List.of(new Hub.MemberAgency(clinic, ""), new Hub.MemberAgency(police, "")), members);
		var signed = Map.of(clinic, new AgreementVersion.Signature(clinic, "A", today), police,
				new AgreementVersion.Signature(police, "B", today));
		var version = new AgreementVersion(AgreementId.random(), "Covenant", 1, today.minusDays(1), null, today.plusYears(1),
				"1 year", Set.of(clinic, police), Map.of(), List.of(new Flow(1, DataCategory.IDENTITY, Sector.POLICE,
						Sector.MENTAL_HEALTH_CARE, SharingPurpose.JOINT_ASSESSMENT)), signed);

		var caseOwner = SetupChecklist.of(hub, List.of(List.of(version)), 0, today, names::get).steps().get(3);
		assertThat(HubWords.inEnglish(caseOwner.title())).isEqualTo("Appoint a case owner and intervene");
		assertThat(caseOwner.done()).as("a coordinator alone does not appoint a case owner").isFalse();
		assertThat(HubWords.inEnglish(caseOwner.status()))
			.isEqualTo("No case has a case owner yet: the coordinator appoints one on each case the hub takes on.");
		var checklist = SetupChecklist.of(hub, List.of(List.of(version)), 2, today, names::get);

		assertThat(checklist.done()).isEqualTo(5);
		assertThat(HubWords.inEnglish(checklist.steps().get(3).status())).isEqualTo("2 cases have a case owner.");
	}

	@Test
	void namesTheAgenciesWithoutPeopleInTheHub() {
		var hub = hub(null, List.of(new Hub.MemberAgency(clinic, ""), new Hub.MemberAgency(police, "")),
				List.of(new Hub.Member(UserId.random(), police, HubRole.COORDINATOR)));

		var step = SetupChecklist.of(hub, List.of(), 0, today, names::get).steps().get(1);

		assertThat(step.done()).isFalse();
		assertThat(HubWords.inEnglish(step.status())).isEqualTo("Appoint someone from Clinic.");
	}
}
