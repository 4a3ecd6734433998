package eu.tandem.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import eu.tandem.agency.Country;
import eu.tandem.agency.Sector;
import eu.tandem.casework.CaseFiles;
import eu.tandem.casework.CaseId;
import eu.tandem.hub.AgreementTerms;
import eu.tandem.hub.Art6Basis;
import eu.tandem.hub.DataCategory;
import eu.tandem.hub.HubDetails;
import eu.tandem.hub.HubId;
import eu.tandem.hub.HubLevel;
import eu.tandem.hub.HubRole;
import eu.tandem.hub.HubSetup;
import eu.tandem.hub.PurposeBasis;
import eu.tandem.hub.SharingPurpose;
import eu.tandem.identity.AgencyId;
import eu.tandem.identity.Profession;
import eu.tandem.identity.Role;
import eu.tandem.kernel.ReferralId;
import eu.tandem.support.Browserless;
import eu.tandem.support.Fixtures;
import eu.tandem.support.StaffMember;
import eu.tandem.support.TandemIntegrationTest;
import eu.tandem.web.Language;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * What the screens over a case's information ask of the real database, counted on the JDBC connections the request
 * uses ({@link SqlCount}): each screen reads in one transaction, and what the information page asks does not grow with
 * the consents, the disclosures or the items of the case — only the audit trail grows, by one event per item read.
 */
@TandemIntegrationTest
@Import(SqlCount.class)
class InformationPagesQueriesIT {

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	HubSetup hubSetup;

	@Autowired
	CaseFiles cases;

	@Autowired
	CaseInformation information;

	@Autowired
	Disclosures disclosures;

	AgencyId welfare;
	StaffMember teacher;
	CaseId caseId;
	Browserless browser;
	final List<ItemId> items = new ArrayList<>();

	@BeforeEach
	void aTeacherWithTheYouthWelfareOfficeOnACase() {
		var school = fixtures.agency(Sector.EDUCATION, "School " + Fixtures.unique());
		welfare = fixtures.agency(Sector.SOCIAL_CARE, "Youth Welfare Office " + Fixtures.unique());
		HubId hub = hubSetup.create(new HubDetails("Hub " + Fixtures.unique(), HubLevel.LOCAL, new Country("DE"), null, null, null,
				null, null, null, null, null, null, null)).id();
		hubSetup.addAgency(hub, school, "member");
		hubSetup.addAgency(hub, welfare, "member");
		var coordinator = fixtures.staff(welfare, Profession.COORDINATOR, Role.HUB_COORDINATOR);
		hubSetup.appoint(hub, coordinator.id(), HubRole.COORDINATOR);
		var today = LocalDate.now();
		var version = hubSetup.draft(hub, new AgreementTerms("Agreement " + Fixtures.unique(), today.minusDays(1),
				today.plusYears(1), today.plusMonths(6), "24 months after closure", Set.of(school, welfare),
				List.of(new PurposeBasis(SharingPurpose.SUPPORT_PLANNING, Art6Basis.PUBLIC_TASK, null, null, "SGB VIII § 8a")),
				List.of(new AgreementTerms.FlowTerm(DataCategory.SOCIAL, Sector.EDUCATION, Sector.SOCIAL_CARE,
						SharingPurpose.SUPPORT_PLANNING))),
				coordinator.id());
		for (var party : Set.of(school, welfare)) {
			hubSetup.sign(version.agreement(), version.number(), party, coordinator.id(), "Signatory", today.minusDays(1));
		}
		teacher = fixtures.staff(school, Profession.TEACHER, Role.PRACTITIONER);
		var socialWorker = fixtures.staff(welfare, Profession.SOCIAL_WORKER, Role.PRACTITIONER);
		caseId = cases.open(ReferralId.random(), Fixtures.caseReference(), hub, null, coordinator.asCurrentUser());
		cases.appointOwner(caseId, teacher.id(), coordinator.asCurrentUser());
		cases.addToTeam(caseId, socialWorker.id(), coordinator.asCurrentUser());
		items.clear();
		browser = new Browserless(port);
		browser.signIn(teacher);
	}

	/** Adds items, consents (some withdrawn) and disclosures resting on them, as the teacher. */
	void more(int many) {
		for (int i = 0; i < many; i++) {
			var item = information.record(caseId, DataCategory.SOCIAL, ItemKind.NOTE, "Walks to school alone " + i, Language.ENGLISH,
					teacher.asCurrentUser());
			items.add(item);
			var consent = disclosures.recordConsent(caseId, new ConsentRequest(Consent.Decision.GIVEN, Consent.DecidedBy.PERSON,
					Set.of(), Set.of(DataCategory.SOCIAL), Set.of(SharingPurpose.SUPPORT_PLANNING), LocalDate.now(),
					Consent.Obtained.WRITTEN, null, null), teacher.asCurrentUser());
			disclosures.disclose(caseId, new DisclosureRequest(Set.copyOf(items), null, null, false, welfare,
					SharingPurpose.SUPPORT_PLANNING, "GDPR Art. 6(1)(e)", Disclosure.Ground.CONSENT, consent, null, null),
					teacher.asCurrentUser());
			if (i % 2 == 1) {
				disclosures.withdraw(consent, Consent.DecidedBy.PERSON, LocalDate.now(), Consent.Obtained.ORAL, null, null,
						teacher.asCurrentUser());
			}
		}
	}

	/** The statements of one request for the page, after one request that warms up the session. */
	List<SqlCount.Statement> asked(String path) {
		assertThat(browser.get(path).status()).isEqualTo(200);
		SqlCount.clear();
		assertThat(browser.get(path).status()).isEqualTo(200);
		var asked = SqlCount.of(path);
		System.out.println(path.replace(caseId.toString(), "{case}") + ": " + describe(asked));
		return asked;
	}

	static String describe(List<SqlCount.Statement> statements) {
		return statements.size() + " statements (" + statements.stream().filter(SqlCount.Statement::auditTrail).count()
				+ " audit events) in " + transactions(statements) + " transactions";
	}

	static long transactions(List<SqlCount.Statement> statements) {
		return statements.stream().map(SqlCount.Statement::transaction).distinct().count();
	}

	static List<SqlCount.Statement> reads(List<SqlCount.Statement> statements) {
		return statements.stream().filter(statement -> !statement.auditTrail()).toList();
	}

	/** What a page asks for a case with one consent, disclosure and item, and again with six of each. */
	record OneAndSix(List<SqlCount.Statement> one, List<SqlCount.Statement> six) {
	}

	OneAndSix askedForOneAndForSix(String path) {
		more(1);
		var one = asked(path);
		more(5);
		return new OneAndSix(one, asked(path));
	}

	@Test
	void theInformationPageReadsInOneTransactionAndAsksNoMoreForMoreConsentsDisclosuresAndItems() {
		var asked = askedForOneAndForSix("/cases/" + caseId + "/information");

		assertThat(transactions(asked.one())).as(describe(asked.one())).isEqualTo(1);
		assertThat(transactions(asked.six())).as(describe(asked.six())).isEqualTo(1);
		assertThat(reads(asked.six())).as("the same reads for 6 consents and 6 disclosures of up to 6 items as for one of each:\n"
				+ reads(asked.six()).stream().map(SqlCount.Statement::sql).collect(Collectors.joining("\n")))
			.hasSameSizeAs(reads(asked.one()));
		assertThat(asked.six().stream().filter(SqlCount.Statement::auditTrail).count())
			.as("one event per item read, one for the consents, one for the agency's own disclosures").isEqualTo(6 + 2);
	}

	@Test
	void anItemWithItsHistoryIsReadInOneTransactionAndTracedOnce() {
		more(2);
		var item = information.view(items.getFirst(), teacher.asCurrentUser());
		information.rectify(item.id(), "Walks to school with his sister", "His sister walks with him", item.version(),
				teacher.asCurrentUser());

		var asked = asked("/cases/" + caseId + "/information/" + item.id());

		assertThat(transactions(asked)).as(describe(asked)).isEqualTo(1);
		assertThat(asked.stream().filter(SqlCount.Statement::auditTrail).count()).as("the item read once, traced once").isEqualTo(1);
	}

	@Test
	void theLedgerIsReadInOneTransactionAndAsksNoMoreForMoreDisclosures() {
		var asked = askedForOneAndForSix("/cases/" + caseId + "/disclosures");

		assertThat(transactions(asked.six())).as(describe(asked.six())).isEqualTo(1);
		assertThat(asked.six()).as("the same statements for 6 disclosures as for one").hasSameSizeAs(asked.one());
	}
}
