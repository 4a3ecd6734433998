package eu.tandem.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

import eu.tandem.agency.Country;
import eu.tandem.agency.Sector;
import eu.tandem.audit.AuditLog;
import eu.tandem.audit.AuditSubject;
import eu.tandem.hub.AgreementTerms.FlowTerm;
import eu.tandem.identity.Accounts;
import eu.tandem.identity.AgencyId;
import eu.tandem.identity.Role;
import eu.tandem.kernel.EditConflict;
import eu.tandem.kernel.InvalidInput;
import eu.tandem.support.Fixtures;
import eu.tandem.support.StaffMember;
import eu.tandem.support.TandemIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The sharing check and the agreement rules on PostgreSQL, through the facades. */
@TandemIntegrationTest
class InformationSharingIT {

	@Autowired
	Fixtures fixtures;

	@Autowired
	Hubs hubs;

	@Autowired
	Agreements agreements;

	@Autowired
	InformationSharing sharing;

	@Autowired
	AuditLog audit;

	@Autowired
	Accounts accounts;

	final LocalDate today = LocalDate.now();

	HubId hub;
	AgencyId clinic;
	AgencyId police;
	AgencyId outsider;
	StaffMember coordinator;
	StaffMember clinicAdmin;
	StaffMember policeAdmin;

	@BeforeEach
	void hubWithTwoAgencies() {
		clinic = fixtures.agency(Sector.MENTAL_HEALTH_CARE, "Clinic " + Fixtures.unique());
		police = fixtures.agency(Sector.POLICE, "Police " + Fixtures.unique());
		outsider = fixtures.agency(Sector.YOUTH_WORK);
		var sysadmin = fixtures.staff(clinic, Role.SYSTEM_ADMINISTRATOR).asCurrentUser();
		hub = hubs.create(new HubDetails("Hub " + Fixtures.unique(), HubLevel.LOCAL, new Country("NL"), "Utrecht", null,
				"monthly", "yearly", "Desk", "hub@example.org", null, null, null, null), sysadmin).id();
		hubs.addAgency(hub, clinic, "treats and advises", sysadmin);
		hubs.addAgency(hub, police, "assesses risk", sysadmin);
		coordinator = fixtures.staff(police, Role.HUB_COORDINATOR);
		hubs.appoint(hub, coordinator.id(), HubRole.COORDINATOR, sysadmin);
		clinicAdmin = fixtures.staff(clinic, Role.AGENCY_ADMINISTRATOR);
		policeAdmin = fixtures.staff(police, Role.AGENCY_ADMINISTRATOR);
	}

	AgreementTerms terms(String title, LocalDate starts, LocalDate ends, FlowTerm... flows) {
		return new AgreementTerms(title, starts, ends, ends == null ? starts.plusYears(1) : ends, "24 months after closure",
				Set.of(clinic, police), List.of(new PurposeBasis(SharingPurpose.JOINT_ASSESSMENT, Art6Basis.PUBLIC_TASK,
						Art9Condition.HEALTH_OR_SOCIAL_CARE, "Police Act s. 12", "Covenant art. 4")), List.of(flows));
	}

	final FlowTerm healthToPolice = new FlowTerm(DataCategory.HEALTH, Sector.MENTAL_HEALTH_CARE, Sector.POLICE,
			SharingPurpose.JOINT_ASSESSMENT);

	SharingDecision ask(DataCategory category, AgencyId from, AgencyId to) {
		return sharing.check(new SharingQuestion(hub, category, from, to, SharingPurpose.JOINT_ASSESSMENT, today));
	}

	void signByBoth(AgreementVersion version) {
		agreements.sign(version.agreement(), version.number(), clinic, "Dr. A. Haddad, director", today,
				clinicAdmin.asCurrentUser());
		agreements.sign(version.agreement(), version.number(), police, "Chief Inspector J. Weber", today,
				policeAdmin.asCurrentUser());
	}

	@Test
	void flowIsPermittedOnlyOnceEveryPartyHasSigned() {
		var draft = agreements.draft(hub, terms("Covenant", today.minusDays(1), today.plusYears(1), healthToPolice),
				coordinator.asCurrentUser());
		assertThat(inEnglish(ask(DataCategory.HEALTH, clinic, police))).contains("is not signed yet by");

		agreements.sign(draft.agreement(), 1, clinic, "Dr. A. Haddad", today, clinicAdmin.asCurrentUser());
		assertThat(ask(DataCategory.HEALTH, clinic, police).permitted()).isFalse();
		agreements.sign(draft.agreement(), 1, police, "J. Weber", today, policeAdmin.asCurrentUser());

		var decision = ask(DataCategory.HEALTH, clinic, police);
		assertThat(decision.permitted()).isTrue();
		assertThat(inEnglish(decision)).contains("clause 1 of “Covenant”, version 1");
		assertThat(audit.about(AuditSubject.of("agreement", draft.agreement()), 10)).extracting(e -> e.event().action().code())
			.containsExactlyInAnyOrder("hub.agreement-version-made", "hub.agreement-signed", "hub.agreement-signed");
	}

	@Test
	void uncoveredCategoryAndDirectionAreRefusedWithTheirReasons() {
		signByBoth(agreements.draft(hub, terms("Covenant", today.minusDays(1), today.plusYears(1), healthToPolice),
				coordinator.asCurrentUser()));

		assertThat(inEnglish(ask(DataCategory.HEALTH, police, clinic)))
			.contains("Health data from police to mental health care is not covered")
			.contains("It covers only the other direction");
		assertThat(inEnglish(ask(DataCategory.EDUCATION, clinic, police)))
			.contains("Education information from mental health care to police is not covered");
		assertThat(inEnglish(ask(DataCategory.HEALTH, clinic, outsider))).contains("is not a member agency of");
	}

	@Test
	void expiredAgreementIsRefusedWithItsDate() {
		var ended = today.minusDays(1);
		signByBoth(agreements.draft(hub, terms("Old covenant", today.minusYears(2), ended, healthToPolice),
				coordinator.asCurrentUser()));

		assertThat(inEnglish(ask(DataCategory.HEALTH, clinic, police)))
			.isEqualTo("No: “Old covenant” expired on " + DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK).format(ended) + ".");
	}

	@Test
	void newVersionKeepsTheOldOneReadableAndAppliesOnceSigned() {
		var first = agreements.draft(hub, terms("Covenant", today.minusDays(10), null, healthToPolice),
				coordinator.asCurrentUser());
		signByBoth(first);
		var widened = terms("Covenant", today.minusDays(1), null, healthToPolice,
				new FlowTerm(DataCategory.IDENTITY, Sector.POLICE, Sector.MENTAL_HEALTH_CARE, SharingPurpose.JOINT_ASSESSMENT));

		var second = agreements.revise(first.agreement(), 1, widened, "police may share identity data", coordinator.asCurrentUser());

		assertThat(second.number()).isEqualTo(2);
		assertThat(agreements.versions(first.agreement())).hasSize(2)
			.first().satisfies(old -> assertThat(old.flows()).hasSize(1));
		assertThat(ask(DataCategory.IDENTITY, police, clinic).permitted()).as("version 2 is not signed yet").isFalse();
		signByBoth(second);
		assertThat(inEnglish(ask(DataCategory.IDENTITY, police, clinic))).contains("version 2");
	}

	@Test
	void concurrentRevisionsNeverOverwriteEachOther() {
		var first = agreements.draft(hub, terms("Covenant", today, null, healthToPolice), coordinator.asCurrentUser());
		agreements.revise(first.agreement(), 1, terms("Covenant", today, null, healthToPolice), "first editor",
				coordinator.asCurrentUser());

		assertThatThrownBy(() -> agreements.revise(first.agreement(), 1, terms("Covenant", today, null, healthToPolice),
				"second editor, from the same version", coordinator.asCurrentUser()))
			.isInstanceOfSatisfying(EditConflict.class,
					conflict -> assertThat(conflict.getCodes()).containsExactly("hub.conflict.agreement"));
		assertThat(agreements.versions(first.agreement())).hasSize(2);
	}

	@Test
	void badAgreementsAreRefusedWithWhatToFixAndNothingIsSaved() {
		assertThatThrownBy(() -> terms("Backwards", today, today.minusDays(1), healthToPolice))
			.isInstanceOfSatisfying(InvalidInput.class, saying("The end date is before the start date"));

		var withOutsider = new AgreementTerms("With an outsider", today, null, today.plusYears(1), "1 year",
				Set.of(clinic, outsider), terms("x", today, null, healthToPolice).purposes(), List.of(healthToPolice));
		assertThatThrownBy(() -> agreements.draft(hub, withOutsider, coordinator.asCurrentUser()))
			.isInstanceOfSatisfying(InvalidInput.class, saying("is not a member agency of", "Add it to the hub first"));

		agreements.draft(hub, terms("Running", today, today.plusMonths(6), healthToPolice), coordinator.asCurrentUser());
		assertThatThrownBy(() -> agreements.draft(hub, terms("Overlapping", today.plusMonths(3), today.plusYears(1),
				healthToPolice), coordinator.asCurrentUser()))
			.isInstanceOfSatisfying(InvalidInput.class, saying("These dates overlap “Running”"));

		assertThat(agreements.ofHub(hub)).hasSize(1);
	}

	@Test
	void onlyTheSigningAgencysAdministratorSignsForIt() {
		var draft = agreements.draft(hub, terms("Covenant", today, null, healthToPolice), coordinator.asCurrentUser());

		assertThatThrownBy(() -> agreements.sign(draft.agreement(), 1, clinic, "Someone", today, policeAdmin.asCurrentUser()))
			.isInstanceOfSatisfying(InvalidInput.class, saying("Only an agency administrator of"));
		var clinicPractitioner = fixtures.staff(clinic, Role.PRACTITIONER);
		assertThatThrownBy(() -> agreements.sign(draft.agreement(), 1, clinic, "Someone", today,
				clinicPractitioner.asCurrentUser())).isInstanceOf(InvalidInput.class);
		assertThatThrownBy(() -> agreements.sign(draft.agreement(), 1, clinic, "Someone", today.plusDays(1),
				clinicAdmin.asCurrentUser())).isInstanceOfSatisfying(InvalidInput.class, saying("in the future"));

		assertThat(agreements.versions(draft.agreement()).getFirst().signatures()).isEmpty();
	}

	@Test
	void onlyTheLatestVersionCanBeSigned() {
		var first = agreements.draft(hub, terms("Covenant", today, null, healthToPolice), coordinator.asCurrentUser());
		agreements.revise(first.agreement(), 1, terms("Covenant renamed", today, null, healthToPolice), "renamed",
				coordinator.asCurrentUser());

		assertThatThrownBy(() -> agreements.sign(first.agreement(), 1, clinic, "Dr. A", today, clinicAdmin.asCurrentUser()))
			.isInstanceOfSatisfying(InvalidInput.class, saying("Only the latest version can be signed"));
		assertThat(agreements.versions(first.agreement())).extracting(AgreementVersion::title)
			.containsExactly("Covenant", "Covenant renamed");
	}

	@Test
	void aNewAgreementMayNotOverlapASignedOlderVersionOfAnother() {
		var running = agreements.draft(hub, terms("Running", today.minusMonths(1), today.plusMonths(6), healthToPolice),
				coordinator.asCurrentUser());
		signByBoth(running);
		agreements.revise(running.agreement(), 1, terms("Running", today.plusYears(2), today.plusYears(3), healthToPolice),
				"a later period, not signed yet", coordinator.asCurrentUser());

		assertThatThrownBy(() -> agreements.draft(hub, terms("Sneaking in", today.plusMonths(1), today.plusYears(1),
				healthToPolice), coordinator.asCurrentUser()))
			.isInstanceOfSatisfying(InvalidInput.class, saying("These dates overlap “Running”"));
	}

	@Test
	void thePublishedHubsOnlyCoordinatorCanBeNeitherDemotedNorDismissed() {
		var sysadmin = fixtures.staff(clinic, Role.SYSTEM_ADMINISTRATOR).asCurrentUser();
		hubs.publish(hub, sysadmin);

		assertThatThrownBy(() -> hubs.appoint(hub, coordinator.id(), HubRole.STANDING_MEMBER, sysadmin))
			.isInstanceOfSatisfying(InvalidInput.class, saying("only coordinator"));
		assertThatThrownBy(() -> hubs.dismiss(hub, coordinator.id(), sysadmin))
			.isInstanceOfSatisfying(InvalidInput.class, saying("only coordinator"));
		assertThat(hubs.find(hub).orElseThrow().coordinators()).hasSize(1);
	}

	@Test
	void aCoordinatorWhoseAccountIsDeactivatedDoesNotCountForPublishing() {
		var sysadmin = fixtures.staff(clinic, Role.SYSTEM_ADMINISTRATOR).asCurrentUser();
		accounts.deactivate(coordinator.id(), sysadmin);

		assertThatThrownBy(() -> hubs.publish(hub, sysadmin))
			.isInstanceOfSatisfying(InvalidInput.class, saying("Appoint a coordinator before publishing"));
	}

	@Test
	void appointmentsAreTracedAgainstTheHubAndThePerson() {
		assertThat(audit.about(AuditSubject.of("user", coordinator.id()), 10)).anySatisfy(recorded ->
				assertThat(recorded.event().action().code()).isEqualTo("hub.member-appointed"));
		assertThat(audit.about(AuditSubject.of("agency", clinic), 10)).anySatisfy(recorded ->
				assertThat(recorded.event().action().code()).isEqualTo("hub.agency-added"));
	}

	@Test
	void hubWithoutCoordinatorCannotBePublished() {
		var sysadmin = fixtures.staff(clinic, Role.SYSTEM_ADMINISTRATOR).asCurrentUser();
		var lonely = hubs.create(new HubDetails("Lonely " + Fixtures.unique(), HubLevel.LOCAL, new Country("NL"), null,
				null, null, null, null, "lonely@example.org", null, null, null, null), sysadmin);

		assertThatThrownBy(() -> hubs.publish(lonely.id(), sysadmin))
			.isInstanceOfSatisfying(InvalidInput.class, saying("Appoint a coordinator before publishing"));
		assertThat(hubs.find(lonely.id()).orElseThrow().published()).isFalse();
	}

	@Test
	void onlyHubCoordinatorsAppointCoordinatorsWhoHoldTheRole() {
		var practitioner = fixtures.staff(clinic, Role.PRACTITIONER);

		assertThatThrownBy(() -> hubs.appoint(hub, practitioner.id(), HubRole.COORDINATOR, coordinator.asCurrentUser()))
			.isInstanceOfSatisfying(InvalidInput.class, saying("does not hold the hub coordinator role"));
		assertThatThrownBy(() -> hubs.appoint(hub, practitioner.id(), HubRole.ADVISOR, clinicAdmin.asCurrentUser()))
			.isInstanceOf(AccessDeniedException.class);
		hubs.appoint(hub, practitioner.id(), HubRole.ADVISOR, coordinator.asCurrentUser());
		assertThat(hubs.find(hub).orElseThrow().member(practitioner.id())).hasValueSatisfying(
				member -> assertThat(member.role()).isEqualTo(HubRole.ADVISOR));
	}

	/** A refusal whose words, in English, contain these parts. */
	static Consumer<InvalidInput> saying(String... parts) {
		return refused -> assertThat(HubWords.inEnglish(refused)).contains(parts);
	}

	/** The decision as an English reader sees it. */
	private static String inEnglish(SharingDecision decision) {
		return HubWords.inEnglish(decision.words());
	}
}
