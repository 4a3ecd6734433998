package eu.tandem.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;

import eu.tandem.agency.Country;
import eu.tandem.agency.Sector;
import eu.tandem.audit.AuditLog;
import eu.tandem.audit.AuditSubject;
import eu.tandem.casework.BreakGlass;
import eu.tandem.casework.CaseFiles;
import eu.tandem.casework.CaseId;
import eu.tandem.hub.DataCategory;
import eu.tandem.hub.HubDetails;
import eu.tandem.hub.HubId;
import eu.tandem.hub.HubLevel;
import eu.tandem.hub.HubRole;
import eu.tandem.hub.Hubs;
import eu.tandem.identity.AgencyId;
import eu.tandem.identity.Profession;
import eu.tandem.identity.Role;
import eu.tandem.identity.StartPageNotice;
import eu.tandem.kernel.NotFound;
import eu.tandem.kernel.ReferralId;
import eu.tandem.support.Fixtures;
import eu.tandem.support.StaffMember;
import eu.tandem.support.TandemIntegrationTest;
import eu.tandem.support.TestTotp;
import eu.tandem.web.Language;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;

/**
 * Emergency access in its lane, against the real database: a second step tells the agency that recorded the
 * information at once — its staff with a role in the hub and its data protection officer — and nobody else.
 */
@TandemIntegrationTest
class EmergencyNoticesIT {

	@Autowired
	Fixtures fixtures;

	@Autowired
	Hubs hubs;

	@Autowired
	CaseFiles cases;

	@Autowired
	CaseInformation information;

	@Autowired
	BreakGlass breakGlass;

	@Autowired
	EmergencyNotices notices;

	@Autowired
	AuditLog audit;

	@Autowired
	MessageSource messages;

	AgencyId police;
	AgencyId exit;
	AgencyId youthWork;
	StaffMember policeMember;
	StaffMember policeColleague;
	StaffMember policeOfficer;
	StaffMember policeDpo;
	StaffMember owner;
	StaffMember exitWorker;
	CaseId caseId;

	@BeforeEach
	void caseWithAPoliceNote() {
		police = fixtures.agency(Sector.POLICE);
		exit = fixtures.agency(Sector.EXIT_PROGRAMME);
		youthWork = fixtures.agency(Sector.YOUTH_WORK);
		var sysadmin = fixtures.staff(youthWork, Role.SYSTEM_ADMINISTRATOR).asCurrentUser();
		HubId hub = hubs.create(new HubDetails("Hub " + Fixtures.unique(), HubLevel.LOCAL, new Country("DE"), null, null, null, null,
				null, null, null, null, null, null), sysadmin).id();
		for (var agency : List.of(police, exit, youthWork)) {
			hubs.addAgency(hub, agency, "member", sysadmin);
		}
		var coordinator = fixtures.staff(youthWork, Profession.COORDINATOR, Role.HUB_COORDINATOR);
		hubs.appoint(hub, coordinator.id(), HubRole.COORDINATOR, sysadmin);
		policeMember = fixtures.staff(police, Profession.POLICE_OFFICER, Role.PRACTITIONER);
		hubs.appoint(hub, policeMember.id(), HubRole.STANDING_MEMBER, sysadmin);
		policeColleague = fixtures.staff(police, Profession.POLICE_OFFICER, Role.PRACTITIONER);
		policeOfficer = fixtures.staff(police, Profession.POLICE_OFFICER, Role.PRACTITIONER);
		policeDpo = fixtures.staff(police, Profession.OTHER, Role.DATA_PROTECTION_OFFICER);
		owner = fixtures.staff(youthWork, Profession.YOUTH_WORKER, Role.PRACTITIONER);
		exitWorker = fixtures.staff(exit, Profession.EXIT_WORKER, Role.PRACTITIONER);
		caseId = cases.open(ReferralId.random(), Fixtures.caseReference(), hub, null, coordinator.asCurrentUser());
		cases.appointOwner(caseId, owner.id(), coordinator.asCurrentUser());
		cases.addToTeam(caseId, policeOfficer.id(), coordinator.asCurrentUser());
		information.record(caseId, DataCategory.SECURITY, ItemKind.NOTE, "Known contact of a person under observation", Language.ENGLISH,
				policeOfficer.asCurrentUser());
	}

	@Test
	void theSecurityStepTellsThePolicesHubMemberAndDataProtectionOfficerAtOnceAndNobodyElse() {
		breakGlass.openCase(caseId, "He called the exit line in distress, threatening his father", exitWorker.asCurrentUser());
		assertThat(texts()).as("the case-level grant leaves police information closed").isEmpty();
		assertThat(notices.noticesFor(policeMember.asCurrentUser())).as("nothing opened yet, nobody told").isEmpty();

		breakGlass.openCategory(caseId, DataCategory.SECURITY, "Need to know whether the contact may come to the house tonight",
				TestTotp.freshCode(exitWorker.totpSecret()), exitWorker.asCurrentUser());

		assertThat(texts()).containsExactly("Known contact of a person under observation");
		for (var told : List.of(policeMember, policeDpo)) {
			assertThat(notices.noticesFor(told.asCurrentUser())).singleElement().satisfies(notice -> {
				assertThat(english(notice.heading())).isEqualTo("Emergency access to security information your agency recorded");
				assertThat(english(notice.text())).contains(exitWorker.asCurrentUser().displayName())
					.as("the start page names neither the reason nor the case").doesNotContain("Need to know whether the contact")
					.doesNotContain(caseId.toString());
				assertThat(notice.href()).isEqualTo("/emergency-notices");
			});
			assertThat(notices.of(told.asCurrentUser())).singleElement().satisfies(notice -> {
				assertThat(notice.reason()).startsWith("Need to know whether the contact");
				assertThat(notice.caseId()).isEqualTo(caseId);
			});
		}
		for (var notTold : List.of(policeColleague, owner, exitWorker, policeOfficer)) {
			assertThat(notices.noticesFor(notTold.asCurrentUser())).as(notTold.username()).isEmpty();
		}
		assertThat(audit.about(AuditSubject.of("case", caseId), 50)).filteredOn(event -> event.event().action().code()
			.equals("sharing.emergency-notices-viewed")).extracting(event -> event.event().actor().userId())
			.contains(policeMember.id().value(), policeDpo.id().value());
	}

	@Test
	void informationRecordedWhileAStepRunsTellsItsAgencyAtOnce() {
		var clinic = fixtures.agency(Sector.MENTAL_HEALTH_CARE);
		var sysadmin = fixtures.staff(clinic, Role.SYSTEM_ADMINISTRATOR).asCurrentUser();
		var hub = cases.standing(caseId, owner.asCurrentUser()).orElseThrow().file().hub();
		hubs.addAgency(hub, clinic, "member", sysadmin);
		var psychiatrist = fixtures.staff(clinic, Profession.PSYCHIATRIST, Role.PRACTITIONER);
		var clinicDpo = fixtures.staff(clinic, Profession.OTHER, Role.DATA_PROTECTION_OFFICER);
		cases.addToTeam(caseId, psychiatrist.id(), owner.asCurrentUser());
		breakGlass.openCase(caseId, "He called the exit line in distress, threatening his father", exitWorker.asCurrentUser());
		breakGlass.openCategory(caseId, DataCategory.HEALTH, "The ambulance asks whether he takes any medication",
				TestTotp.freshCode(exitWorker.totpSecret()), exitWorker.asCurrentUser());
		assertThat(notices.noticesFor(clinicDpo.asCurrentUser())).as("no health information yet").isEmpty();

		information.record(caseId, DataCategory.HEALTH, ItemKind.NOTE, "Takes lithium", Language.ENGLISH,
				psychiatrist.asCurrentUser());

		assertThat(texts()).contains("Takes lithium");
		assertThat(notices.noticesFor(clinicDpo.asCurrentUser())).singleElement()
			.satisfies(notice -> assertThat(english(notice.heading())).isEqualTo("Emergency access to health information your agency recorded"));
	}

	@Test
	void someoneWhoLeftTheHubReadsNoMoreNotices() {
		breakGlass.openCase(caseId, "He called the exit line in distress, threatening his father", exitWorker.asCurrentUser());
		breakGlass.openCategory(caseId, DataCategory.SECURITY, "Need to know whether the contact may come to the house tonight",
				TestTotp.freshCode(exitWorker.totpSecret()), exitWorker.asCurrentUser());
		assertThat(notices.noticesFor(policeMember.asCurrentUser())).hasSize(1);
		var hub = cases.standing(caseId, owner.asCurrentUser()).orElseThrow().file().hub();
		var sysadmin = fixtures.staff(youthWork, Role.SYSTEM_ADMINISTRATOR).asCurrentUser();

		hubs.dismiss(hub, policeMember.id(), sysadmin);

		assertThat(notices.noticesFor(policeMember.asCurrentUser())).isEmpty();
		assertThat(notices.of(policeMember.asCurrentUser())).isEmpty();
	}

	@Test
	void aStepOnACategoryNobodyRecordedTellsNoAgency() {
		breakGlass.openCase(caseId, "He called the exit line in distress, threatening his father", exitWorker.asCurrentUser());
		breakGlass.openCategory(caseId, DataCategory.JUSTICE, "Need to know whether he is on licence and to whom he reports",
				TestTotp.freshCode(exitWorker.totpSecret()), exitWorker.asCurrentUser());

		assertThat(notices.noticesFor(policeMember.asCurrentUser())).isEmpty();
		assertThat(notices.noticesFor(policeDpo.asCurrentUser())).isEmpty();
	}

	@Test
	void theRecipientMarksANoticeAsReadAndItLeavesTheStartPageButStaysListed() {
		breakGlass.openCase(caseId, "He called the exit line in distress, threatening his father", exitWorker.asCurrentUser());
		breakGlass.openCategory(caseId, DataCategory.SECURITY, "Need to know whether the contact may come to the house tonight",
				TestTotp.freshCode(exitWorker.totpSecret()), exitWorker.asCurrentUser());
		var notice = notices.of(policeMember.asCurrentUser()).getFirst();

		assertThatThrownBy(() -> notices.markSeen(notice.id(), policeDpo.asCurrentUser())).as("someone else's notice")
			.isInstanceOf(NotFound.class);
		notices.markSeen(notice.id(), policeMember.asCurrentUser());

		assertThat(notices.noticesFor(policeMember.asCurrentUser())).extracting(StartPageNotice::heading).isEmpty();
		assertThat(notices.of(policeMember.asCurrentUser())).singleElement().satisfies(read -> assertThat(read.seen()).isTrue());
		assertThat(notices.noticesFor(policeDpo.asCurrentUser())).as("the officer's own notice stays").hasSize(1);
	}

	private String english(MessageSourceResolvable words) {
		return messages.getMessage(words, Locale.UK);
	}

	private List<String> texts() {
		return information.visible(caseId, exitWorker.asCurrentUser()).stream().map(Item::text).toList();
	}
}
