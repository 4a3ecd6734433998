package eu.tandem.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import eu.tandem.agency.Sector;
import eu.tandem.hub.AgreementVersion.Signature;
import eu.tandem.hub.SharingPolicy.HubFacts;
import eu.tandem.hub.SharingPolicy.KnownAgency;
import eu.tandem.identity.AgencyId;
import org.junit.jupiter.api.Test;

/** One test per rule of the sharing check, each with the words it answers. */
class SharingPolicyTest {

	final HubId hub = HubId.random();
	final AgencyId clinic = AgencyId.random();
	final AgencyId police = AgencyId.random();
	final AgencyId school = AgencyId.random();
	final AgencyId outsider = AgencyId.random();
	final AgreementId agreement = AgreementId.random();
	final LocalDate today = LocalDate.of(2026, 11, 26);

	final Map<AgencyId, KnownAgency> agencies = Map.of(
			clinic, new KnownAgency("Lech Valley Psychiatric Clinic", Sector.MENTAL_HEALTH_CARE),
			police, new KnownAgency("Augsburg Police Prevention Unit", Sector.POLICE),
			school, new KnownAgency("Lechfeld Comprehensive School", Sector.EDUCATION),
			outsider, new KnownAgency("Somewhere Else", Sector.YOUTH_WORK));

	final PurposeBasis assessment = new PurposeBasis(SharingPurpose.JOINT_ASSESSMENT, Art6Basis.PUBLIC_TASK,
			Art9Condition.HEALTH_OR_SOCIAL_CARE, "§ 203 StGB", "Art. 6 BayDSG");

	AgreementVersion version(int number, LocalDate starts, LocalDate ends, LocalDate review, Set<AgencyId> signedBy,
			Flow... flows) {
		var signatures = new HashMap<AgencyId, Signature>();
		signedBy.forEach(agency -> signatures.put(agency, new Signature(agency, "Signatory", starts)));
		return new AgreementVersion(agreement, "Augsburg network agreement", number, starts, ends, review, "2 years",
				Set.of(clinic, police, school), Map.of(SharingPurpose.JOINT_ASSESSMENT, assessment), List.of(flows),
				signatures);
	}

	final Flow healthToPolice = new Flow(1, DataCategory.HEALTH, Sector.MENTAL_HEALTH_CARE, Sector.POLICE,
			SharingPurpose.JOINT_ASSESSMENT);
	final Flow securityToClinic = new Flow(2, DataCategory.SECURITY, Sector.POLICE, Sector.MENTAL_HEALTH_CARE,
			SharingPurpose.JOINT_ASSESSMENT);

	AgreementVersion signedCurrent(Flow... flows) {
		return version(1, today.minusMonths(6), today.plusMonths(6), today.plusMonths(3), Set.of(clinic, police, school), flows);
	}

	SharingDecision ask(List<List<AgreementVersion>> agreements, DataCategory category, AgencyId from, AgencyId to,
			SharingPurpose purpose) {
		var facts = new HubFacts("Augsburg prevention network", Set.of(clinic, police, school), agencies,
				new ArrayList<>(agreements));
		return SharingPolicy.decide(facts, new SharingQuestion(hub, category, from, to, purpose, today));
	}

	SharingDecision ask(List<List<AgreementVersion>> agreements, DataCategory category, AgencyId from, AgencyId to) {
		return ask(agreements, category, from, to, SharingPurpose.JOINT_ASSESSMENT);
	}

	@Test
	void coveredFlowIsPermittedCitingVersionClauseAndBasis() {
		var decision = ask(List.of(List.of(signedCurrent(healthToPolice))), DataCategory.HEALTH, clinic, police);

		assertThat(decision.permitted()).isTrue();
		assertThat(inEnglish(decision)).isEqualTo("Yes: clause 1 of “Augsburg network agreement”, version 1 "
				+ "(Art. 6(1)(e) public task; Art. 9(2)(h) health or social care; § 203 StGB; Art. 6 BayDSG).");
	}

	@Test
	void uncoveredCategoryIsRefusedInWords() {
		var decision = ask(List.of(List.of(signedCurrent(healthToPolice))), DataCategory.EDUCATION, school, police);

		assertThat(inEnglish(decision)).isEqualTo("No: Education information from education to police is not covered by "
				+ "“Augsburg network agreement” (version 1) for joint assessment of a referral.");
	}

	@Test
	void coveredDirectionDoesNotCoverTheReverse() {
		var decision = ask(List.of(List.of(signedCurrent(securityToClinic))), DataCategory.SECURITY, clinic, police);

		assertThat(decision.permitted()).isFalse();
		assertThat(inEnglish(decision)).endsWith("It covers only the other direction, from police to mental health care.");
	}

	@Test
	void healthDataFromMentalHealthCareToPoliceNeedsItsOwnClause() {
		var decision = ask(List.of(List.of(signedCurrent(securityToClinic))), DataCategory.HEALTH, clinic, police);

		assertThat(inEnglish(decision)).startsWith("No: Health data from mental health care to police is not covered");
	}

	@Test
	void expiredAgreementIsRefusedWithItsEndDate() {
		var expired = version(1, LocalDate.of(2024, 3, 2), LocalDate.of(2026, 3, 1), LocalDate.of(2026, 6, 1),
				Set.of(clinic, police, school), healthToPolice);

		var decision = ask(List.of(List.of(expired)), DataCategory.HEALTH, clinic, police);

		assertThat(inEnglish(decision)).isEqualTo("No: “Augsburg network agreement” expired on 1 March 2026.");
	}

	@Test
	void agreementLapsesAtItsReviewDate() {
		var unreviewed = version(1, LocalDate.of(2024, 1, 1), null, LocalDate.of(2026, 10, 31),
				Set.of(clinic, police, school), healthToPolice);

		var decision = ask(List.of(List.of(unreviewed)), DataCategory.HEALTH, clinic, police);

		assertThat(inEnglish(decision))
			.isEqualTo("No: “Augsburg network agreement” lapsed at its review date, 31 October 2026, without a reviewed version.");
	}

	@Test
	void agreementNotYetStartedIsRefused() {
		var future = version(1, today.plusDays(5), null, today.plusYears(1), Set.of(clinic, police, school), healthToPolice);

		assertThat(inEnglish(ask(List.of(List.of(future)), DataCategory.HEALTH, clinic, police)))
			.isEqualTo("No: “Augsburg network agreement” starts only on 1 December 2026.");
	}

	@Test
	void unsignedVersionIsNotInForceAndNamesWhoHasNotSigned() {
		var unsigned = version(1, today.minusDays(1), null, today.plusYears(1), Set.of(clinic), healthToPolice);

		assertThat(inEnglish(ask(List.of(List.of(unsigned)), DataCategory.HEALTH, clinic, police)))
			.isEqualTo("No: Version 1 of “Augsburg network agreement” is not signed yet by Augsburg Police Prevention Unit "
					+ "and Lechfeld Comprehensive School.");
	}

	@Test
	void unsignedNewerVersionLeavesTheSignedOlderVersionInForce() {
		var older = signedCurrent(healthToPolice);
		var newer = version(2, today.minusDays(1), null, today.plusYears(1), Set.of(clinic));

		var decision = ask(List.of(List.of(older, newer)), DataCategory.HEALTH, clinic, police);

		assertThat(decision).isInstanceOfSatisfying(SharingDecision.Permitted.class,
				permitted -> assertThat(permitted.version()).isEqualTo(1));
	}

	@Test
	void signedNewerVersionReplacesTheOlderOne() {
		var older = signedCurrent(healthToPolice);
		var newer = version(2, today.minusDays(1), null, today.plusYears(1), Set.of(clinic, police, school), securityToClinic);

		assertThat(ask(List.of(List.of(older, newer)), DataCategory.HEALTH, clinic, police).permitted()).isFalse();
		assertThat(ask(List.of(List.of(older, newer)), DataCategory.SECURITY, police, clinic).permitted()).isTrue();
	}

	@Test
	void signedNewerVersionThatEndsSoonerDoesNotBringTheOlderOneBack() {
		var older = version(1, today.minusYears(1), null, today.plusYears(1), Set.of(clinic, police, school), healthToPolice);
		var endsYesterday = version(2, today.minusMonths(1), today.minusDays(1), today.plusYears(1),
				Set.of(clinic, police, school), healthToPolice);

		var decision = ask(List.of(List.of(older, endsYesterday)), DataCategory.HEALTH, clinic, police);

		assertThat(inEnglish(decision)).isEqualTo("No: “Augsburg network agreement” expired on 25 November 2026.");
	}

	@Test
	void aVersionTakesEffectOnlyOnceTheLastPartyHasSigned() {
		var signatures = Map.of(clinic, new Signature(clinic, "A", today.minusDays(10)), police,
				new Signature(police, "B", today.minusDays(10)), school, new Signature(school, "C", today.plusDays(3)));
		var lateSignature = new AgreementVersion(agreement, "Augsburg network agreement", 1, today.minusMonths(1), null,
				today.plusYears(1), "2 years", Set.of(clinic, police, school), Map.of(SharingPurpose.JOINT_ASSESSMENT, assessment),
				List.of(healthToPolice), signatures);

		assertThat(inEnglish(ask(List.of(List.of(lateSignature)), DataCategory.HEALTH, clinic, police)))
			.isEqualTo("No: “Augsburg network agreement” starts only on 29 November 2026.");
	}

	@Test
	void eachVersionKeepsTheTitleItWasSignedUnder() {
		var older = signedCurrent(healthToPolice);
		var renamed = new AgreementVersion(agreement, "Renamed draft", 2, today, null, today.plusYears(1), "2 years",
				Set.of(clinic, police, school), Map.of(SharingPurpose.JOINT_ASSESSMENT, assessment), List.of(healthToPolice),
				Map.of());

		assertThat(inEnglish(ask(List.of(List.of(older, renamed)), DataCategory.HEALTH, clinic, police)))
			.contains("“Augsburg network agreement”, version 1");
	}

	@Test
	void agencyOutsideTheHubIsRefused() {
		assertThat(inEnglish(ask(List.of(List.of(signedCurrent(healthToPolice))), DataCategory.HEALTH, clinic, outsider)))
			.isEqualTo("No: Somewhere Else is not a member agency of Augsburg prevention network.");
	}

	@Test
	void memberThatIsNotAPartyIsRefused() {
		var withoutSchool = new AgreementVersion(agreement, "Augsburg network agreement", 1, today.minusYears(1), null,
				today.plusYears(1), "2 years", Set.of(clinic, police), Map.of(SharingPurpose.JOINT_ASSESSMENT, assessment),
				List.of(healthToPolice), Map.of(clinic, new Signature(clinic, "A", today), police, new Signature(police, "B", today)));

		assertThat(inEnglish(ask(List.of(List.of(withoutSchool)), DataCategory.EDUCATION, school, police)))
			.isEqualTo("No: Lechfeld Comprehensive School is not a party to “Augsburg network agreement” (version 1).");
	}

	@Test
	void purposeWithoutALegalBasisIsRefused() {
		assertThat(inEnglish(ask(List.of(List.of(signedCurrent(healthToPolice))), DataCategory.HEALTH, clinic, police,
				SharingPurpose.CASE_REVIEW)))
			.isEqualTo("No: “Augsburg network agreement” (version 1) does not cover the purpose “case review and follow-up”.");
	}

	@Test
	void anAgreementInForceStatesTheBasisForThePurposesItNamesOnly() {
		var facts = new HubFacts("Augsburg prevention network", Set.of(clinic, police, school), agencies,
				List.of(List.of(signedCurrent(healthToPolice))));
		var unsigned = new HubFacts("Augsburg prevention network", Set.of(clinic, police, school), agencies,
				List.of(List.of(version(1, today.minusMonths(6), today.plusMonths(6), today.plusMonths(3), Set.of(clinic),
						healthToPolice))));

		assertThat(SharingPolicy.statesBasisFor(facts, SharingPurpose.JOINT_ASSESSMENT, today)).isTrue();
		assertThat(SharingPolicy.statesBasisFor(facts, SharingPurpose.SUPPORT_PLANNING, today)).isFalse();
		assertThat(SharingPolicy.statesBasisFor(facts, SharingPurpose.JOINT_ASSESSMENT, today.plusMonths(4))).as("lapsed").isFalse();
		assertThat(SharingPolicy.statesBasisFor(unsigned, SharingPurpose.JOINT_ASSESSMENT, today)).as("not signed by all").isFalse();
	}

	@Test
	void hubWithoutAgreementRefuses() {
		assertThat(inEnglish(ask(List.of(), DataCategory.IDENTITY, clinic, police)))
			.isEqualTo("No: Augsburg prevention network has no information-sharing agreement.");
	}

	@Test
	void anyAgreementInForceThatCoversTheFlowPermitsIt() {
		var healthOnly = signedCurrent(healthToPolice);
		var other = new AgreementVersion(AgreementId.random(), "Police–clinic protocol", 1, today.minusYears(1), null,
				today.plusYears(1), "1 year", Set.of(clinic, police, school), Map.of(SharingPurpose.JOINT_ASSESSMENT, assessment),
				List.of(securityToClinic), Map.of(clinic, new Signature(clinic, "A", today), police,
						new Signature(police, "B", today), school, new Signature(school, "C", today)));

		var decision = ask(List.of(List.of(healthOnly), List.of(other)), DataCategory.SECURITY, police, clinic);

		assertThat(decision).isInstanceOfSatisfying(SharingDecision.Permitted.class,
				permitted -> assertThat(permitted.title()).isEqualTo("Police–clinic protocol"));
	}

	/** The decision as an English reader sees it. */
	private static String inEnglish(SharingDecision decision) {
		return HubWords.inEnglish(decision.words());
	}
}
