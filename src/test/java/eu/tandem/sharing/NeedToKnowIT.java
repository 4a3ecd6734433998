package eu.tandem.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import eu.tandem.agency.Country;
import eu.tandem.agency.Sector;
import eu.tandem.audit.AuditLog;
import eu.tandem.audit.AuditOutcome;
import eu.tandem.audit.AuditSubject;
import eu.tandem.casework.BreakGlass;
import eu.tandem.casework.CaseFiles;
import eu.tandem.casework.CaseId;
import eu.tandem.hub.AgreementTerms.FlowTerm;
import eu.tandem.hub.AgreementTerms;
import eu.tandem.hub.Agreements;
import eu.tandem.hub.Art6Basis;
import eu.tandem.hub.Art9Condition;
import eu.tandem.hub.DataCategory;
import eu.tandem.hub.HubDetails;
import eu.tandem.hub.HubId;
import eu.tandem.hub.HubLevel;
import eu.tandem.hub.HubRole;
import eu.tandem.hub.Hubs;
import eu.tandem.hub.InformationSharing;
import eu.tandem.hub.PurposeBasis;
import eu.tandem.hub.SharingPurpose;
import eu.tandem.hub.SharingQuestion;
import eu.tandem.identity.AgencyId;
import eu.tandem.identity.Profession;
import eu.tandem.identity.Role;
import eu.tandem.kernel.InvalidInput;
import eu.tandem.kernel.NotFound;
import eu.tandem.kernel.ReferralId;
import eu.tandem.support.Fixtures;
import eu.tandem.support.StaffMember;
import eu.tandem.support.TandemIntegrationTest;
import eu.tandem.support.TestTotp;
import eu.tandem.vault.ContentTampered;
import eu.tandem.web.Language;
import org.assertj.core.api.ThrowingConsumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Compartments, disclosure, consent and the ledger against the real database: a clinic, the police and a school
 * on one case team, with an agreement that lets health information go from the clinic to the police for a joint
 * assessment.
 */
@TandemIntegrationTest
class NeedToKnowIT {

	@Autowired
	MessageSource messages;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Hubs hubs;

	@Autowired
	Agreements agreements;

	@Autowired
	CaseFiles cases;

	@Autowired
	CaseInformation information;

	@Autowired
	Disclosures disclosures;

	@Autowired
	BreakGlass breakGlass;

	@Autowired
	InformationSharing sharing;

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcClient jdbc;

	final LocalDate today = LocalDate.now();
	AgencyId clinic;
	AgencyId police;
	AgencyId school;
	HubId hub;
	StaffMember psychiatrist;
	StaffMember clinicSocialWorker;
	StaffMember officer;
	StaffMember teacher;
	StaffMember coordinator;
	StaffMember dpo;
	CaseId caseId;

	@BeforeEach
	void caseTeamOfThreeAgencies() {
		clinic = fixtures.agency(Sector.MENTAL_HEALTH_CARE, "Clinic " + Fixtures.unique());
		police = fixtures.agency(Sector.POLICE, "Police " + Fixtures.unique());
		school = fixtures.agency(Sector.EDUCATION, "School " + Fixtures.unique());
		var sysadmin = fixtures.staff(clinic, Role.SYSTEM_ADMINISTRATOR).asCurrentUser();
		hub = hubs.create(new HubDetails("Hub " + Fixtures.unique(), HubLevel.LOCAL, new Country("NL"), null, null, null, null,
				null, null, null, null, null, null), sysadmin).id();
		for (var agency : List.of(clinic, police, school)) {
			hubs.addAgency(hub, agency, "member", sysadmin);
		}
		coordinator = fixtures.staff(school, Profession.COORDINATOR, Role.HUB_COORDINATOR);
		hubs.appoint(hub, coordinator.id(), HubRole.COORDINATOR, sysadmin);
		psychiatrist = fixtures.staff(clinic, Profession.PSYCHIATRIST, Role.PRACTITIONER);
		clinicSocialWorker = fixtures.staff(clinic, Profession.SOCIAL_WORKER, Role.PRACTITIONER);
		officer = fixtures.staff(police, Profession.POLICE_OFFICER, Role.PRACTITIONER);
		teacher = fixtures.staff(school, Profession.TEACHER, Role.PRACTITIONER);
		dpo = fixtures.staff(school, Profession.OTHER, Role.DATA_PROTECTION_OFFICER);
		caseId = cases.open(ReferralId.random(), Fixtures.caseReference(), hub, null, coordinator.asCurrentUser());
		cases.appointOwner(caseId, teacher.id(), coordinator.asCurrentUser());
		for (var member : List.of(psychiatrist, clinicSocialWorker, officer)) {
			cases.addToTeam(caseId, member.id(), coordinator.asCurrentUser());
		}
	}

	void agreementCoveringHealthToPolice(LocalDate starts, LocalDate ends) {
		var clinicAdmin = fixtures.staff(clinic, Role.AGENCY_ADMINISTRATOR);
		var policeAdmin = fixtures.staff(police, Role.AGENCY_ADMINISTRATOR);
		var version = agreements.draft(hub, new AgreementTerms("Covenant " + Fixtures.unique(), starts, ends, ends,
				"24 months after closure", Set.of(clinic, police),
				List.of(new PurposeBasis(SharingPurpose.JOINT_ASSESSMENT, Art6Basis.PUBLIC_TASK, Art9Condition.HEALTH_OR_SOCIAL_CARE,
						"Police Act s. 12", "Covenant art. 4")),
				List.of(new FlowTerm(DataCategory.HEALTH, Sector.MENTAL_HEALTH_CARE, Sector.POLICE, SharingPurpose.JOINT_ASSESSMENT))),
				coordinator.asCurrentUser());
		agreements.sign(version.agreement(), version.number(), clinic, "Dr. A. Haddad", starts, clinicAdmin.asCurrentUser());
		agreements.sign(version.agreement(), version.number(), police, "J. Weber", starts, policeAdmin.asCurrentUser());
	}

	/** Social information from the school reaches the clinic for case work; to the police only for a joint assessment. */
	void agreementLettingSocialInformationReachTheClinic() {
		var parties = Set.of(clinic, police, school);
		var version = agreements.draft(hub, new AgreementTerms("Social covenant " + Fixtures.unique(), today.minusDays(1), null,
				today.plusYears(1), "24 months after closure", parties,
				List.of(new PurposeBasis(SharingPurpose.SUPPORT_PLANNING, Art6Basis.PUBLIC_TASK, null, null, "Youth Act s. 2"),
						new PurposeBasis(SharingPurpose.JOINT_ASSESSMENT, Art6Basis.PUBLIC_TASK, null, null, "Youth Act s. 3")),
				List.of(new FlowTerm(DataCategory.SOCIAL, Sector.EDUCATION, Sector.MENTAL_HEALTH_CARE, SharingPurpose.SUPPORT_PLANNING),
						new FlowTerm(DataCategory.SOCIAL, Sector.EDUCATION, Sector.POLICE, SharingPurpose.JOINT_ASSESSMENT))),
				coordinator.asCurrentUser());
		for (var party : parties) {
			agreements.sign(version.agreement(), version.number(), party, "Signatory", today.minusDays(1),
					fixtures.staff(party, Role.AGENCY_ADMINISTRATOR).asCurrentUser());
		}
	}

	DisclosureRequest toPolice(Set<ItemId> items, String summary, Disclosure.Ground ground, UUID consent, String statute) {
		return new DisclosureRequest(items, summary, summary == null ? null : DataCategory.HEALTH, false, police,
				SharingPurpose.JOINT_ASSESSMENT, "GDPR Art. 6(1)(e), 9(2)(h)", ground, consent, statute, null);
	}

	List<String> textsSeenBy(StaffMember member) {
		return information.visible(caseId, member.asCurrentUser()).stream().map(Item::text).toList();
	}

	@Test
	void healthInformationStaysWithTheHealthProfessionalsOfTheClinic() {
		agreementLettingSocialInformationReachTheClinic();
		information.record(caseId, DataCategory.HEALTH, ItemKind.NOTE, "Diagnosis: moderate depressive episode", Language.ENGLISH,
				psychiatrist.asCurrentUser());
		information.record(caseId, DataCategory.SOCIAL, ItemKind.OBSERVATION, "Lives with his aunt since March", Language.ENGLISH,
				teacher.asCurrentUser());

		assertThat(textsSeenBy(psychiatrist)).containsExactly("Diagnosis: moderate depressive episode", "Lives with his aunt since March");
		assertThat(textsSeenBy(clinicSocialWorker)).containsExactly("Lives with his aunt since March");
		assertThat(textsSeenBy(coordinator)).containsExactly("Lives with his aunt since March");
		var outsider = fixtures.staff(police, Profession.POLICE_OFFICER, Role.PRACTITIONER);
		assertThatThrownBy(() -> information.visible(caseId, outsider.asCurrentUser())).isInstanceOf(NotFound.class);
		assertThatThrownBy(() -> information.record(caseId, DataCategory.HEALTH, ItemKind.NOTE, "He seems depressed", Language.ENGLISH,
				teacher.asCurrentUser())).satisfies(saying("health professionals"));
	}

	@Test
	void anItemAskedForUnderAnotherCaseIsNotFoundAndTheRefusalTraced() {
		var id = information.record(caseId, DataCategory.SOCIAL, ItemKind.OBSERVATION, "Lives with his aunt since March", Language.ENGLISH,
				teacher.asCurrentUser());
		var anotherCase = new CaseId(UUID.randomUUID());

		assertThatThrownBy(() -> information.withHistory(anotherCase, id, teacher.asCurrentUser())).isInstanceOf(NotFound.class);
		assertThat(audit.about(AuditSubject.of("item", id), 10)).as("refused before it was opened")
			.noneMatch(event -> event.event().action().equals(CaseInformation.VIEWED) && event.event().outcome() == AuditOutcome.SUCCESS)
			.anySatisfy(event -> {
				assertThat(event.event().outcome()).isEqualTo(AuditOutcome.DENIED);
				assertThat(event.event().actor().userId()).isEqualTo(teacher.id().value());
				assertThat(event.event().reason()).isEqualTo("not-of-case");
			});
	}

	@Test
	void aTeamMemberWhoseSectorTheAgreementDoesNotCoverSeesNothingOfTheItem() {
		agreementLettingSocialInformationReachTheClinic();
		var id = information.record(caseId, DataCategory.SOCIAL, ItemKind.OBSERVATION, "Lives with his aunt since March", Language.ENGLISH,
				teacher.asCurrentUser());

		assertThat(sharing.check(new SharingQuestion(hub, DataCategory.SOCIAL, school, police, NeedToKnow.CASE_WORK, today)).permitted())
			.as("the hub's own sharing check").isFalse();
		assertThat(information.visible(caseId, officer.asCurrentUser())).as("not shown, not counted").isEmpty();
		assertThatThrownBy(() -> information.view(id, officer.asCurrentUser())).isInstanceOf(NotFound.class);
		assertThatThrownBy(() -> information.history(id, officer.asCurrentUser())).isInstanceOf(NotFound.class);
		assertThat(audit.about(AuditSubject.of("item", id), 10)).anySatisfy(event -> {
			assertThat(event.event().outcome()).isEqualTo(AuditOutcome.DENIED);
			assertThat(event.event().actor().userId()).isEqualTo(officer.id().value());
			assertThat(event.event().reason()).isEqualTo("need-to-know");
		});
		assertThat(information.visible(caseId, psychiatrist.asCurrentUser())).singleElement()
			.satisfies(item -> assertThat(item.shownBecause()).isEqualTo(NeedToKnow.Rule.CASE_TEAM_SEES_WHAT_THE_AGREEMENT_LETS_FLOW));
		assertThat(audit.about(AuditSubject.of("item", id), 10)).anySatisfy(event -> {
			assertThat(event.event().actor().userId()).isEqualTo(psychiatrist.id().value());
			assertThat(event.event().reason()).isEqualTo("case-team-sees-what-the-agreement-lets-flow");
		});
	}

	@Test
	void theRecordingAgencyIsToldWhomTheItemDoesNotReachAndNobodyElseIs() {
		agreementLettingSocialInformationReachTheClinic();
		information.record(caseId, DataCategory.SOCIAL, ItemKind.OBSERVATION, "Lives with his aunt since March", Language.ENGLISH,
				teacher.asCurrentUser());

		assertThat(information.visible(caseId, teacher.asCurrentUser())).singleElement()
			.satisfies(item -> assertThat(item.notReaching()).containsExactly(police));
		assertThat(information.visible(caseId, psychiatrist.asCurrentUser())).singleElement()
			.satisfies(item -> assertThat(item.notReaching()).as("told to the recording agency only").isEmpty());
	}

	@Test
	void aDisclosureThatExpiresOnADayEndsAtTheEndOfThatDayInTheHubsTimeZone() {
		agreementLettingSocialInformationReachTheClinic();
		var id = information.record(caseId, DataCategory.SOCIAL, ItemKind.OBSERVATION, "Lives with his aunt since March", Language.ENGLISH,
				teacher.asCurrentUser());
		var zone = hubs.find(hub).orElseThrow().zone();
		var lastDay = LocalDate.now(zone).plusDays(3);

		var disclosure = disclosures.disclose(caseId, new DisclosureRequest(Set.of(id), null, null, false, police,
				SharingPurpose.JOINT_ASSESSMENT, "GDPR Art. 6(1)(e)", Disclosure.Ground.PUBLIC_TASK, null, "Youth Act s. 3", lastDay),
				teacher.asCurrentUser());

		var stored = jdbc.sql("select expires_on, expires_at from sharing.disclosure where id = :id").param("id", disclosure)
			.query((rs, row) -> Map.entry(rs.getObject("expires_on", LocalDate.class), rs.getTimestamp("expires_at").toInstant()))
			.single();
		assertThat(stored.getKey()).isEqualTo(lastDay);
		assertThat(stored.getValue()).as("midnight after the last day where the hub is, not in UTC")
			.isEqualTo(lastDay.plusDays(1).atStartOfDay(zone).toInstant());
		assertThat(disclosures.ledger(caseId, teacher.asCurrentUser()))
			.singleElement().extracting(Disclosure::expiresOn).isEqualTo(lastDay);
	}

	@Test
	void aDisclosureForAPurposeTheAgreementCoversLetsTheItemReachThePolice() {
		agreementLettingSocialInformationReachTheClinic();
		var id = information.record(caseId, DataCategory.SOCIAL, ItemKind.OBSERVATION, "Lives with his aunt since March", Language.ENGLISH,
				teacher.asCurrentUser());
		var forCaseWork = new DisclosureRequest(Set.of(id), null, null, false, police, SharingPurpose.SUPPORT_PLANNING,
				"GDPR Art. 6(1)(e)", Disclosure.Ground.PUBLIC_TASK, null, "Youth Act s. 2", null);
		assertThatThrownBy(() -> disclosures.disclose(caseId, forCaseWork, teacher.asCurrentUser()))
			.satisfies(saying("not covered"));
		assertThat(textsSeenBy(officer)).isEmpty();

		disclosures.disclose(caseId, new DisclosureRequest(Set.of(id), null, null, false, police, SharingPurpose.JOINT_ASSESSMENT,
				"GDPR Art. 6(1)(e)", Disclosure.Ground.PUBLIC_TASK, null, "Youth Act s. 3", null), teacher.asCurrentUser());

		assertThat(information.visible(caseId, officer.asCurrentUser())).singleElement().satisfies(item -> {
			assertThat(item.text()).isEqualTo("Lives with his aunt since March");
			assertThat(item.shownBecause()).isEqualTo(NeedToKnow.Rule.DISCLOSED_TO_THE_VIEWERS_AGENCY);
		});
		assertThat(information.visible(caseId, teacher.asCurrentUser())).singleElement()
			.satisfies(item -> assertThat(item.notReaching()).as("it reaches the police now").isEmpty());
		var made = disclosures.madeByMyAgency(caseId, teacher.asCurrentUser());
		assertThat(made).singleElement().satisfies(entry -> assertThat(entry.purpose()).isEqualTo(SharingPurpose.JOINT_ASSESSMENT));
		assertThat(disclosures.madeByMyAgency(caseId, psychiatrist.asCurrentUser())).as("not another agency's").isEmpty();

		disclosures.revoke(made.getFirst().id(), teacher.asCurrentUser());
		assertThat(textsSeenBy(officer)).as("revoked: it no longer reaches the police").isEmpty();
	}

	@Test
	void securityInformationStaysWithThePolice() {
		var id = information.record(caseId, DataCategory.SECURITY, ItemKind.NOTE, "Known contact of a recruiter", Language.ENGLISH,
				officer.asCurrentUser());

		assertThat(textsSeenBy(officer)).containsExactly("Known contact of a recruiter");
		assertThat(textsSeenBy(psychiatrist)).isEmpty();
		assertThatThrownBy(() -> information.view(id, psychiatrist.asCurrentUser())).isInstanceOf(NotFound.class);
		assertThat(audit.about(AuditSubject.of("item", id), 10)).anySatisfy(event -> {
			assertThat(event.event().outcome()).isEqualTo(AuditOutcome.DENIED);
			assertThat(event.event().actor().userId()).isEqualTo(psychiatrist.id().value());
		});
	}

	@Test
	void aPurposeBoundSummaryReachesThePoliceAndTheDiagnosisDoesNot() {
		agreementCoveringHealthToPolice(today.minusDays(1), today.plusYears(1));
		information.record(caseId, DataCategory.HEALTH, ItemKind.NOTE, "Diagnosis: moderate depressive episode", Language.ENGLISH,
				psychiatrist.asCurrentUser());

		var disclosure = disclosures.disclose(caseId, toPolice(Set.of(), "Engaged in treatment, no acute risk identified",
				Disclosure.Ground.PUBLIC_TASK, null, "Care and Coercion Act s. 8.4"), psychiatrist.asCurrentUser());

		assertThat(textsSeenBy(officer)).containsExactly("Engaged in treatment, no acute risk identified");
		assertThat(textsSeenBy(teacher)).isEmpty();
		var entry = disclosures.ledger(caseId, teacher.asCurrentUser()).getFirst();
		assertThat(entry.id()).isEqualTo(disclosure);
		assertThat(entry.from()).isEqualTo(clinic);
		assertThat(entry.to()).containsExactly(police);
		assertThat(entry.ground()).isEqualTo(Disclosure.Ground.PUBLIC_TASK);
		assertThat(entry.statute()).isEqualTo("Care and Coercion Act s. 8.4");
		assertThat(entry.agreementCitation()).contains("clause 1 of “Covenant");
		assertThat(disclosures.ledger(caseId, dpo.asCurrentUser())).hasSize(1);
		assertThatThrownBy(() -> disclosures.ledger(caseId, officer.asCurrentUser())).isInstanceOf(NotFound.class);
		assertThat(disclosures.madeByMyAgency(caseId, psychiatrist.asCurrentUser())).extracting(Disclosure::id).containsExactly(disclosure);
		assertThat(disclosures.madeByMyAgency(caseId, clinicSocialWorker.asCurrentUser()))
			.as("a health disclosure is not shown to the clinic's staff who may not see health information").isEmpty();
		assertThatThrownBy(() -> disclosures.revoke(disclosure, clinicSocialWorker.asCurrentUser())).isInstanceOf(NotFound.class);
		assertThat(textsSeenBy(officer)).containsExactly("Engaged in treatment, no acute risk identified");
	}

	@Test
	void revokingADisclosureTakesEffectAtTheNextRequest() {
		agreementCoveringHealthToPolice(today.minusDays(1), today.plusYears(1));
		var id = information.record(caseId, DataCategory.HEALTH, ItemKind.NOTE, "No acute risk", Language.ENGLISH,
				psychiatrist.asCurrentUser());
		var disclosure = disclosures.disclose(caseId, toPolice(Set.of(id), null, Disclosure.Ground.VITAL_INTERESTS, null, null),
				psychiatrist.asCurrentUser());
		assertThat(textsSeenBy(officer)).containsExactly("No acute risk");

		disclosures.revoke(disclosure, psychiatrist.asCurrentUser());

		assertThat(textsSeenBy(officer)).isEmpty();
	}

	@Test
	void aDisclosureTheAgreementDoesNotCoverIsRefusedWithTheReasonAndNothingIsSaved() {
		var id = information.record(caseId, DataCategory.HEALTH, ItemKind.NOTE, "No acute risk", Language.ENGLISH,
				psychiatrist.asCurrentUser());
		assertThatThrownBy(() -> disclosures.disclose(caseId, toPolice(Set.of(id), null, Disclosure.Ground.VITAL_INTERESTS, null, null),
				psychiatrist.asCurrentUser())).satisfies(saying("No:"));

		agreementCoveringHealthToPolice(today.minusYears(2), today.minusDays(1));
		assertThatThrownBy(() -> disclosures.disclose(caseId, toPolice(Set.of(id), null, Disclosure.Ground.VITAL_INTERESTS, null, null),
				psychiatrist.asCurrentUser())).satisfies(saying("expired"));

		assertThat(disclosures.ledger(caseId, teacher.asCurrentUser())).isEmpty();
		assertThat(textsSeenBy(officer)).isEmpty();
	}

	@Test
	void badDisclosuresAreRefusedWithTheRuleNothingIsSavedAndTheAttemptIsTraced() {
		agreementCoveringHealthToPolice(today.minusDays(1), today.plusYears(1));
		var id = information.record(caseId, DataCategory.HEALTH, ItemKind.NOTE, "No acute risk", Language.ENGLISH,
				psychiatrist.asCurrentUser());
		var noPurpose = new DisclosureRequest(Set.of(id), null, null, false, police, null, "Art. 6(1)(e)", Disclosure.Ground.VITAL_INTERESTS,
				null, null, null);
		var noBasis = new DisclosureRequest(Set.of(id), null, null, false, police, SharingPurpose.JOINT_ASSESSMENT, " ",
				Disclosure.Ground.VITAL_INTERESTS, null, null, null);
		var otherCase = cases.open(ReferralId.random(), Fixtures.caseReference(), hub, null, coordinator.asCurrentUser());
		cases.addToTeam(otherCase, psychiatrist.id(), coordinator.asCurrentUser());
		var elsewhere = information.record(otherCase, DataCategory.HEALTH, ItemKind.NOTE, "Another person's note", Language.ENGLISH,
				psychiatrist.asCurrentUser());
		var forged = toPolice(Set.of(elsewhere), null, Disclosure.Ground.VITAL_INTERESTS, null, null);
		var noStatute = toPolice(Set.of(id), null, Disclosure.Ground.LEGAL_OBLIGATION, null, null);

		assertThatThrownBy(() -> disclosures.disclose(caseId, noPurpose, psychiatrist.asCurrentUser())).satisfies(saying("purpose"));
		assertThatThrownBy(() -> disclosures.disclose(caseId, noBasis, psychiatrist.asCurrentUser())).satisfies(saying("legal basis"));
		assertThatThrownBy(() -> disclosures.disclose(caseId, forged, psychiatrist.asCurrentUser())).satisfies(saying("items your agency recorded"));
		assertThatThrownBy(() -> disclosures.disclose(caseId, noStatute, psychiatrist.asCurrentUser())).satisfies(saying("statute"));

		assertThat(disclosures.ledger(caseId, teacher.asCurrentUser())).isEmpty();
		assertThat(audit.about(AuditSubject.of("case", caseId), 50)).filteredOn(event -> event.event().outcome() == AuditOutcome.DENIED)
			.extracting(event -> event.event().reason())
			.contains("no-purpose", "no-legal-basis", "item-not-held", "no-statute");
	}

	@Test
	void withdrawnConsentBlocksNewDisclosuresAndFlagsThoseMadeUnderIt() {
		agreementCoveringHealthToPolice(today.minusDays(1), today.plusYears(1));
		var id = information.record(caseId, DataCategory.HEALTH, ItemKind.NOTE, "No acute risk", Language.ENGLISH,
				psychiatrist.asCurrentUser());
		var consent = disclosures.recordConsent(caseId, new ConsentRequest(Consent.Decision.GIVEN, Consent.DecidedBy.PERSON,
				Set.of(police), Set.of(DataCategory.HEALTH), Set.of(SharingPurpose.JOINT_ASSESSMENT), today, Consent.Obtained.WRITTEN,
				"Form 7 of 26 Nov", "Understood what is shared and why"), psychiatrist.asCurrentUser());
		disclosures.disclose(caseId, toPolice(Set.of(id), null, Disclosure.Ground.CONSENT, consent, null), psychiatrist.asCurrentUser());

		var flagged = disclosures.withdraw(consent, Consent.DecidedBy.PERSON, today, Consent.Obtained.ORAL, null,
				"Said so at the session", psychiatrist.asCurrentUser());

		assertThat(flagged).isEqualTo(1);
		assertThat(information.visible(caseId, officer.asCurrentUser())).singleElement()
			.satisfies(item -> assertThat(item.consentWithdrawn()).isTrue());
		assertThatThrownBy(() -> disclosures.disclose(caseId, toPolice(Set.of(id), null, Disclosure.Ground.CONSENT, consent, null),
				psychiatrist.asCurrentUser())).satisfies(saying("withdrawn"));
		assertThat(disclosures.ledger(caseId, teacher.asCurrentUser())).singleElement()
			.satisfies(entry -> assertThat(entry.reviewFlaggedAt()).isNotNull());
	}

	@Test
	void consentDatedInTheFutureOrWithdrawnBySomeoneElseIsRefused() {
		var future = new ConsentRequest(Consent.Decision.GIVEN, Consent.DecidedBy.PERSON, Set.of(), Set.of(DataCategory.SOCIAL),
				Set.of(SharingPurpose.SUPPORT_PLANNING), today.plusDays(1), Consent.Obtained.WRITTEN, null, null);
		assertThatThrownBy(() -> disclosures.recordConsent(caseId, future, teacher.asCurrentUser()))
			.satisfies(saying("future"));
		var given = disclosures.recordConsent(caseId, new ConsentRequest(Consent.Decision.GIVEN, Consent.DecidedBy.GUARDIAN, Set.of(),
				Set.of(DataCategory.SOCIAL), Set.of(SharingPurpose.SUPPORT_PLANNING), today, Consent.Obtained.WRITTEN, null, null),
				teacher.asCurrentUser());

		assertThatThrownBy(() -> disclosures.withdraw(given, null, today, Consent.Obtained.ORAL, null, null, teacher.asCurrentUser()))
			.satisfies(saying("Only the person, or the guardian"));
		assertThat(withdrawn(given)).isFalse();
		assertThat(disclosures.consents(caseId, teacher.asCurrentUser())).hasSize(1);
	}

	@Test
	void theGlassOpensIdentityAndAgreedFlowsAndEachFurtherCategoryNeedsItsOwnStep() {
		agreementLettingSocialInformationReachTheClinic();
		information.record(caseId, DataCategory.HEALTH, ItemKind.NOTE, "Takes lithium", Language.ENGLISH,
				psychiatrist.asCurrentUser());
		information.record(caseId, DataCategory.SECURITY, ItemKind.NOTE, "Bought a knife online", Language.ENGLISH,
				officer.asCurrentUser());
		information.record(caseId, DataCategory.SOCIAL, ItemKind.OBSERVATION, "Lives with his aunt since March", Language.ENGLISH,
				teacher.asCurrentUser());
		information.record(caseId, DataCategory.IDENTITY, ItemKind.NOTE, "Also known as Jo", Language.ENGLISH,
				officer.asCurrentUser());
		var nurse = fixtures.staff(clinic, Profession.PSYCHIATRIC_NURSE, Role.PRACTITIONER);

		breakGlass.openCase(caseId, "He is on the school roof and says he will jump", nurse.asCurrentUser());
		assertThat(textsSeenBy(nurse)).as("identity, and social information the agreement lets reach the clinic")
			.containsExactly("Lives with his aunt since March", "Also known as Jo");
		breakGlass.openCategory(caseId, DataCategory.SECURITY, "The police on the roof ask whether he is armed",
				TestTotp.freshCode(nurse.totpSecret()), nurse.asCurrentUser());
		assertThat(textsSeenBy(nurse)).containsExactly("Bought a knife online", "Lives with his aunt since March", "Also known as Jo");
		breakGlass.openCategory(caseId, DataCategory.HEALTH, "Ambulance asks for his medication right now",
				TestTotp.freshCode(nurse.totpSecret()), nurse.asCurrentUser());
		assertThat(textsSeenBy(nurse)).containsExactly("Takes lithium", "Bought a knife online", "Lives with his aunt since March",
				"Also known as Jo");
		assertThat(audit.about(AuditSubject.of("case", caseId), 50)).extracting(event -> event.event().action().code())
			.contains("casework.glass-broken", "casework.security-glass-broken", "casework.health-glass-broken");
	}

	@Test
	void contentIsSealedInTheDatabaseAndDoesNotOpenInAnotherRecord() {
		var marker = "marker-" + UUID.randomUUID();
		var first = information.record(caseId, DataCategory.HEALTH, ItemKind.NOTE, marker, Language.ENGLISH,
				psychiatrist.asCurrentUser());
		var second = information.record(caseId, DataCategory.HEALTH, ItemKind.NOTE, "Other text", Language.ENGLISH,
				psychiatrist.asCurrentUser());
		var stored = jdbc.sql("select content from sharing.item where id = :id").param("id", first.value()).query(byte[].class).single();
		assertThat(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain(marker);

		jdbc.sql("update sharing.item set content = (select content from sharing.item where id = :from), "
				+ "key_id = (select key_id from sharing.item where id = :from) where id = :to")
			.param("from", first.value()).param("to", second.value()).update();

		assertThatThrownBy(() -> information.view(second, psychiatrist.asCurrentUser())).isInstanceOf(ContentTampered.class);
	}

	@Test
	void rectificationKeepsTheEarlierWordingAndRefusesAStaleEdit() {
		var id = information.record(caseId, DataCategory.SOCIAL, ItemKind.NOTE, "Lives with his uncle", Language.ENGLISH,
				teacher.asCurrentUser());
		var read = information.view(id, teacher.asCurrentUser());

		information.rectify(id, "Lives with his aunt", "Misheard at intake", read.version(), teacher.asCurrentUser());

		assertThat(information.view(id, teacher.asCurrentUser()).text()).isEqualTo("Lives with his aunt");
		assertThat(information.history(id, coordinator.asCurrentUser())).singleElement().satisfies(revision -> {
			assertThat(revision.text()).isEqualTo("Lives with his uncle");
			assertThat(revision.reason()).isEqualTo("Misheard at intake");
		});
		assertThatThrownBy(() -> information.rectify(id, "Lives alone", "Update", read.version(), teacher.asCurrentUser()))
			.isInstanceOf(eu.tandem.kernel.EditConflict.class);
		assertThatThrownBy(() -> information.rectify(id, "Lives alone", "Update", read.version() + 1, coordinator.asCurrentUser()))
			.satisfies(saying("Only the author"));
	}

	/** A refusal whose words, in English as the screens write them, say this; each problem of a refusal counts. */
	ThrowingConsumer<Throwable> saying(String words) {
		return thrown -> assertThat(thrown).isInstanceOf(InvalidInput.class)
			.extracting(refused -> ((InvalidInput) refused).each().stream().map(problem -> messages.getMessage(problem, Locale.UK))
				.collect(Collectors.joining(" ")))
			.asString().contains(words);
	}

	/** Whether a decision of the case withdraws the consent, as the case's consent decisions say. */
	private boolean withdrawn(UUID consent) {
		return disclosures.consents(caseId, teacher.asCurrentUser()).stream().anyMatch(decision -> consent.equals(decision.withdraws()));
	}
}
