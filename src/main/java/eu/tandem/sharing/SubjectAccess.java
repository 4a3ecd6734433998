package eu.tandem.sharing;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import eu.tandem.agency.Agencies;
import eu.tandem.audit.AuditAction;
import eu.tandem.audit.AuditEvent;
import eu.tandem.audit.AuditLog;
import eu.tandem.audit.AuditSubject;
import eu.tandem.casework.CaseAccess;
import eu.tandem.casework.CaseFile;
import eu.tandem.casework.CaseFiles;
import eu.tandem.casework.CaseId;
import eu.tandem.casework.CaseStanding;
import eu.tandem.hub.Hub;
import eu.tandem.hub.Hubs;
import eu.tandem.identity.Accounts;
import eu.tandem.identity.AgencyId;
import eu.tandem.identity.CurrentUser;
import eu.tandem.identity.StaffCard;
import eu.tandem.identity.UserId;
import eu.tandem.person.PersonId;
import eu.tandem.person.Persons;
import eu.tandem.vault.ContentVault;
import eu.tandem.web.NotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Subject access: a data protection officer of an agency in the case's hub exports everything Tandem holds on the
 * person of a case — across all their cases in hubs the officer's agency belongs to — with the disclosure ledger
 * and the access history. The export itself is traced.
 */
@Service
public class SubjectAccess {

	static final AuditAction EXPORTED = AuditAction.of("sharing.subject-access-exported");
	static final AuditAction HISTORY_VIEWED = AuditAction.of("sharing.access-history-viewed");
	static final int HISTORY_LIMIT = 10_000;

	private final CaseFiles cases;
	private final Hubs hubs;
	private final Persons persons;
	private final ItemStore items;
	private final ConsentStore consents;
	private final DisclosureStore ledger;
	private final ContentVault vault;
	private final Accounts accounts;
	private final Agencies agencies;
	private final AuditLog audit;
	private final Clock clock;

	SubjectAccess(CaseFiles cases, Hubs hubs, Persons persons, ItemStore items, ConsentStore consents, DisclosureStore ledger,
			ContentVault vault, Accounts accounts, Agencies agencies, AuditLog audit, Clock clock) {
		this.cases = cases;
		this.hubs = hubs;
		this.persons = persons;
		this.items = items;
		this.consents = consents;
		this.ledger = ledger;
		this.vault = vault;
		this.accounts = accounts;
		this.agencies = agencies;
		this.audit = audit;
		this.clock = clock;
	}

	/** The person of a case, the cases about them the officer may answer for, and the records whose access is traced. */
	private record Scope(PersonId person, eu.tandem.person.PersonRecord record, List<CaseFile> files, List<AuditSubject> subjects) {
	}

	private Scope scope(CaseId caseId, CurrentUser officer, AuditAction action, String purpose) {
		var file = cases.standing(caseId, officer).filter(CaseStanding::officer).map(CaseStanding::file)
			.filter(found -> found.person() != null);
		if (file.isEmpty()) {
			audit.recordRefusal(AuditEvent.denied(officer.asAuditActor(), action, AuditSubject.of("case", caseId), "not-entitled"));
			throw new NotFound();
		}
		var personId = new PersonId(file.get().person());
		var record = persons.view(personId, officer, purpose);
		var files = cases.ofPerson(personId.value()).stream().filter(found -> officerOf(found, officer)).toList();
		var subjects = new ArrayList<AuditSubject>();
		subjects.add(AuditSubject.of("person", personId));
		record.mergedRecords().forEach(merged -> subjects.add(AuditSubject.of("person", merged)));
		for (var each : files) {
			subjects.add(AuditSubject.of("case", each.id()));
			subjects.add(AuditSubject.of("referral", each.referral()));
			items.ofCase(each.id()).forEach(item -> subjects.add(CaseInformation.subject(item.id())));
		}
		return new Scope(personId, record, files, subjects);
	}

	/** Who has seen this person's data, when and why: the officer's view of the access history. Traced. */
	@Transactional
	public List<SubjectAccessReport.Access> accessHistory(CaseId caseId, CurrentUser officer) {
		var scope = scope(caseId, officer, HISTORY_VIEWED, "access history review");
		audit.record(new AuditEvent(officer.asAuditActor(), HISTORY_VIEWED, eu.tandem.audit.AuditOutcome.SUCCESS,
				AuditSubject.of("person", scope.person()), "access history review", null));
		return history(scope);
	}

	private List<SubjectAccessReport.Access> history(Scope scope) {
		return audit.aboutAny(scope.subjects(), HISTORY_LIMIT).stream()
			.map(event -> new SubjectAccessReport.Access(event.occurredAt(), event.event().actor().username(),
					event.event().actor().agencyId() == null ? null : agencies.nameOf(new AgencyId(event.event().actor().agencyId())),
					event.event().actor().roles().stream().sorted().toList(), event.event().action().code(),
					event.event().subject() == null ? "" : event.event().subject().type(), event.event().outcome().name(),
					event.event().purpose()))
			.toList();
	}

	@Transactional
	public SubjectAccessReport export(CaseId caseId, CurrentUser officer) {
		var scope = scope(caseId, officer, EXPORTED, "subject access request");
		var personId = scope.person();
		var record = scope.record();
		var files = scope.files();
		var entries = new ArrayList<SubjectAccessReport.Entry>();
		var consentDecisions = new ArrayList<SubjectAccessReport.ConsentDecision>();
		var disclosed = new ArrayList<SubjectAccessReport.DisclosureEntry>();
		for (var each : files) {
			for (var item : items.ofCase(each.id())) {
				var earlier = items.revisions(item.id()).stream()
					.map(revision -> new SubjectAccessReport.Earlier(revision.revision(),
							vault.open(revision.content(), CaseInformation.binding(item.id())), revision.replacedAt(), revision.reason()))
					.toList();
				entries.add(new SubjectAccessReport.Entry(item.id().toString(), each.id().toString(), item.category().label(),
						item.kind().label(), agencies.nameOf(item.sourceAgency()), name(item.author()), item.recordedAt(),
						vault.open(item.content(), CaseInformation.binding(item.id())), earlier));
			}
			consents.ofCase(each.id()).forEach(consent -> consentDecisions.add(new SubjectAccessReport.ConsentDecision(
					each.id().toString(), consent.decision().label(), consent.decidedBy().label(), consent.decidedOn(),
					consent.categories().stream().map(category -> category.label()).sorted().toList(),
					consent.purposes().stream().map(purpose -> purpose.label()).sorted().toList(),
					consent.agencies().isEmpty() ? List.of("every agency of the hub") : agencyNames(consent.agencies()),
					consent.obtained().label())));
			ledger.ofCase(each.id()).forEach(disclosure -> disclosed.add(new SubjectAccessReport.DisclosureEntry(
					each.id().toString(), disclosure.disclosedAt(), agencies.nameOf(disclosure.from()), name(disclosure.disclosedBy()),
					agencyNames(disclosure.to()), disclosure.items().size(), disclosure.purpose().label(), disclosure.legalBasis(),
					disclosure.ground().label(), disclosure.statute(), disclosure.expiresOn(), disclosure.revokedAt())));
		}
		var history = history(scope);
		var details = record.details();
		var person = new SubjectAccessReport.Person(details.names().stream().map(name -> name.full()).toList(),
				details.dateOfBirth() == null ? null : details.dateOfBirth().inWords(),
				details.sex() == null ? null : details.sex().name(), details.gender(), details.languages().stream().sorted().toList(),
				details.addresses().stream().map(address -> address.inWords()).toList(),
				details.identifiers().stream().map(identifier -> identifier.kind() + ": " + identifier.value()).toList());
		var report = new SubjectAccessReport(clock.instant(), officer.displayName(), person,
				files.stream().map(each -> new SubjectAccessReport.Case(each.id().toString(), hubName(each),
						each.openedAt(), each.closedAt(), each.owner() == null ? null : name(each.owner()))).toList(),
				entries.stream().sorted(Comparator.comparing(SubjectAccessReport.Entry::recordedAt)).toList(),
				consentDecisions, disclosed, history);
		audit.record(new AuditEvent(officer.asAuditActor(), EXPORTED, eu.tandem.audit.AuditOutcome.SUCCESS,
				AuditSubject.of("person", personId), "subject access request", null));
		return report;
	}

	/** An officer of an agency of the case's hub; nobody else exports a person's data, whatever their role. */
	private boolean officerOf(CaseFile file, CurrentUser officer) {
		return hubs.find(file.hub()).map(hub -> CaseAccess.dataProtectionOfficerOfTheHub(officer, hub)).orElse(false);
	}

	private String hubName(CaseFile file) {
		return hubs.find(file.hub()).map(Hub::name).orElse("a hub");
	}

	private String name(UserId user) {
		return accounts.card(user).map(StaffCard::displayName).orElse("(account removed)");
	}

	private List<String> agencyNames(java.util.Collection<AgencyId> ids) {
		return ids.stream().map(agencies::nameOf).sorted().toList();
	}

}
