package eu.tandem.sharing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import eu.tandem.agency.Agencies;
import eu.tandem.audit.AuditAction;
import eu.tandem.audit.AuditEvent;
import eu.tandem.audit.AuditLog;
import eu.tandem.audit.AuditOutcome;
import eu.tandem.audit.AuditSubject;
import eu.tandem.casework.CaseFile;
import eu.tandem.casework.CaseFiles;
import eu.tandem.casework.CaseId;
import eu.tandem.casework.CaseStanding;
import eu.tandem.hub.DataCategory;
import eu.tandem.identity.Accounts;
import eu.tandem.identity.AgencyId;
import eu.tandem.identity.CurrentUser;
import eu.tandem.identity.StaffCard;
import eu.tandem.identity.UserId;
import eu.tandem.person.PersonId;
import eu.tandem.privacy.Fields;
import eu.tandem.privacy.HeldEntry;
import eu.tandem.privacy.HeldSection;
import eu.tandem.privacy.InWords;
import eu.tandem.privacy.PersonalDataHolder;
import eu.tandem.privacy.SubjectScope;
import eu.tandem.vault.ContentVault;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the case teams recorded about the person, for a subject access request: every item with its earlier versions,
 * the consent decisions, the disclosures between agencies, and earlier subject access requests. Every item is opened
 * through {@link NeedToKnow#forSubjectAccess} and traced like any other read, with the rule that allowed it.
 */
@Component
class PersonalDataInCaseInformation implements PersonalDataHolder {

	private final CaseFiles cases;
	private final CaseInformation information;
	private final ItemStore items;
	private final ConsentStore consents;
	private final DisclosureStore ledger;
	private final SubjectAccessStore requests;
	private final ContentVault vault;
	private final Accounts accounts;
	private final Agencies agencies;
	private final AuditLog audit;
	private final java.time.Clock clock;

	PersonalDataInCaseInformation(CaseFiles cases, CaseInformation information, ItemStore items, ConsentStore consents, DisclosureStore ledger,
			SubjectAccessStore requests, ContentVault vault, Accounts accounts, Agencies agencies, AuditLog audit,
			java.time.Clock clock) {
		this.cases = cases;
		this.information = information;
		this.items = items;
		this.consents = consents;
		this.ledger = ledger;
		this.requests = requests;
		this.vault = vault;
		this.accounts = accounts;
		this.agencies = agencies;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	public String module() {
		return "sharing";
	}

	/** The person's cases in the scope's hubs, oldest first. */
	private List<CaseFile> casesIn(SubjectScope scope) {
		var found = new LinkedHashMap<CaseId, CaseFile>();
		for (var person : scope.personRecords()) {
			cases.ofPerson(new PersonId(person)).stream().filter(file -> scope.hubs().contains(file.hub())).forEach(file -> found.put(file.id(), file));
		}
		return found.values().stream().sorted(java.util.Comparator.comparing(CaseFile::openedAt)).toList();
	}

	@Override
	@Transactional
	public List<HeldSection> heldAbout(SubjectScope scope) {
		var recorded = new ArrayList<HeldEntry>();
		var decided = new ArrayList<HeldEntry>();
		var disclosed = new ArrayList<HeldEntry>();
		for (var file : casesIn(scope)) {
			var rule = cases.standing(file.id(), scope.officer()).flatMap(NeedToKnow::forSubjectAccess);
			if (rule.isEmpty()) {
				continue;
			}
			var actor = scope.officer().asAuditActor();
			var stored = items.ofCase(file.id());
			var categories = new java.util.HashMap<ItemId, DataCategory>();
			for (var item : stored) {
				categories.put(item.id(), item.category());
				// opened for the answer, under the officer's rule, and traced as every read is
				audit.record(new AuditEvent(actor, CaseInformation.VIEWED, AuditOutcome.SUCCESS, CaseInformation.subject(item.id()),
						SubjectScope.PURPOSE, rule.get().code()));
				recorded.add(itemEntry(item));
			}
			audit.record(new AuditEvent(actor, Disclosures.CONSENTS_VIEWED, AuditOutcome.SUCCESS, AuditSubject.of("case", file.id()),
					SubjectScope.PURPOSE, rule.get().code()));
			consents.ofCase(file.id()).stream().sorted(java.util.Comparator.comparing(Consent::recordedAt))
				.forEach(consent -> decided.add(consentEntry(consent)));
			audit.record(new AuditEvent(actor, Disclosures.LEDGER_VIEWED, AuditOutcome.SUCCESS, AuditSubject.of("case", file.id()),
					SubjectScope.PURPOSE, rule.get().code()));
			ledger.ofCase(file.id()).stream().sorted(java.util.Comparator.comparing(Disclosure::disclosedAt))
				.forEach(disclosure -> disclosed.add(disclosureEntry(disclosure, categories)));
		}
		var earlier = requests.about(scope.personRecords(), scope.hubs()).stream().filter(request -> !request.draft())
			.map(this::requestEntry).toList();
		var sections = new ArrayList<HeldSection>();
		add(sections, "Information recorded in the cases", recorded);
		add(sections, "Consent decisions", decided);
		add(sections, "Disclosures between agencies", disclosed);
		add(sections, "Earlier subject access requests", earlier);
		return sections;
	}

	private static void add(List<HeldSection> sections, String title, List<HeldEntry> entries) {
		if (!entries.isEmpty()) {
			sections.add(new HeldSection(title, entries));
		}
	}

	private HeldEntry itemEntry(ItemStore.StoredItem item) {
		var earlier = items.revisions(item.id()).stream()
			.map(revision -> new HeldEntry.Earlier("Version " + revision.revision() + ", written " + InWords.moment(revision.writtenAt())
					+ ", replaced " + InWords.moment(revision.replacedAt()),
					Fields.of().with("Text", vault.open(revision.content(), CaseInformation.binding(item.id())))
						.with("Why it was corrected", revision.reason())
						.with("Corrected by", staff(revision.replacedBy())).list()))
			.toList();
		var fields = Fields.of()
			.with("Kind of information", item.category().label())
			.with("Text", vault.open(item.content(), CaseInformation.binding(item.id())))
			.with("Last corrected", item.revision() > 1 ? InWords.moment(item.changedAt()) : null);
		return new HeldEntry("item-" + item.id().value(), item.kind().label(), "an item", item.recordedAt(), item.sourceAgency(),
				item.author(), item.category(), fields.list(), earlier, Set.of(CaseInformation.subject(item.id())));
	}

	private HeldEntry consentEntry(Consent consent) {
		var recorder = accounts.card(consent.recordedBy()).orElse(null);
		var withdrawn = consent.withdraws() == null ? null
				: consents.byId(consent.withdraws()).map(given -> InWords.date(given.decidedOn())).orElse(null);
		var fields = Fields.of()
			.with("Decision", consent.decision().label())
			.with("Decided by", consent.decidedBy().label())
			.with("Decided on", InWords.date(consent.decidedOn()))
			.with("Withdraws the consent given on", withdrawn)
			.with("Kinds of information", consent.categories().stream().map(DataCategory::label).sorted().toList())
			.with("Purposes", consent.purposes().stream().map(purpose -> purpose.label()).sorted().toList())
			.with("Agencies", consent.agencies().isEmpty() ? List.of("Every agency of the hub") : names(consent.agencies()))
			.with("How it was obtained", consent.obtained().label())
			.with("Document reference", consent.documentReference())
			.with("Note on capacity", consent.capacityNote());
		return new HeldEntry("consent-" + consent.id(), "Consent " + consent.decision().label().toLowerCase(java.util.Locale.ROOT),
				"a consent decision", consent.recordedAt(), recorder == null ? null : recorder.agencyId(), consent.recordedBy(), null,
				fields.list(), List.of(), Set.of());
	}

	private HeldEntry disclosureEntry(Disclosure disclosure, Map<ItemId, DataCategory> categories) {
		var disclosedCategories = disclosure.items().stream().map(categories::get).filter(java.util.Objects::nonNull).toList();
		var fields = Fields.of()
			.with("From", agencies.nameOf(disclosure.from()))
			.with("To", (disclosure.toCaseTeam() ? "The case team: " : "") + String.join(", ", names(disclosure.to())))
			.with("What", disclosure.items().size() + (disclosure.items().size() == 1 ? " item" : " items")
					+ (disclosedCategories.isEmpty() ? "" : " (" + String.join(", ", disclosedCategories.stream()
						.map(DataCategory::inWords).distinct().sorted().toList()) + ")"))
			.with("Purpose", disclosure.purpose().label())
			.with("Legal basis", disclosure.legalBasis())
			.with("Ground", disclosure.ground().label())
			.with("Statute", disclosure.statute())
			.with("Covered by the agreement", disclosure.agreementCitation())
			.with("Until", InWords.date(disclosure.expiresOn()))
			.with("Revoked", InWords.moment(disclosure.revokedAt()))
			.with("Flagged for review after a consent was withdrawn", InWords.moment(disclosure.reviewFlaggedAt()));
		return new HeldEntry("disclosure-" + disclosure.id(), "Disclosure between agencies", "a disclosure", disclosure.disclosedAt(),
				disclosure.from(), disclosure.disclosedBy(), mostGuarded(disclosedCategories), fields.list(), List.of(), Set.of());
	}

	/** A disclosure of security or justice information is guarded as that information is. */
	private static DataCategory mostGuarded(List<DataCategory> categories) {
		for (var guarded : List.of(DataCategory.SECURITY, DataCategory.JUSTICE, DataCategory.HEALTH)) {
			if (categories.contains(guarded)) {
				return guarded;
			}
		}
		return categories.isEmpty() ? null : categories.getFirst();
	}

	private HeldEntry requestEntry(SubjectAccessStore.StoredRequest request) {
		var fields = Fields.of()
			.with("Started", InWords.moment(request.startedAt()) + " by " + staff(request.startedBy()))
			.with("Answered", InWords.moment(request.finalisedAt()) + " by " + staff(request.finalisedBy()));
		return new HeldEntry("request-" + request.id(), "Subject access request", "a subject access request", request.startedAt(),
				null, request.startedBy(), null, fields.list(), List.of(), Set.of(SubjectAccess.subject(request.id())));
	}

	@Override
	@Transactional(readOnly = true)
	public Map<AuditSubject, String> records(SubjectScope scope) {
		var records = new LinkedHashMap<AuditSubject, String>();
		for (var file : casesIn(scope)) {
			items.ofCase(file.id()).forEach(item -> records.put(CaseInformation.subject(item.id()), named(item.kind())));
		}
		requests.about(scope.personRecords(), scope.hubs())
			.forEach(request -> records.put(SubjectAccess.subject(request.id()), "a subject access request"));
		return records;
	}

	/** How a sentence names an item of this kind: "read a note". */
	static String named(ItemKind kind) {
		return switch (kind) {
			case NOTE -> "a note";
			case OBSERVATION -> "an observation";
			case SCREENER_RESULT -> "a screener result";
			case SUMMARY -> "a summary written for a disclosure";
		};
	}

	@Override
	@Transactional(readOnly = true)
	public boolean sees(String entryKey, CurrentUser user) {
		var dash = entryKey.indexOf('-');
		if (dash < 0) {
			return false;
		}
		UUID id;
		try {
			id = UUID.fromString(entryKey.substring(dash + 1));
		}
		catch (IllegalArgumentException notAnId) {
			return false;
		}
		return switch (entryKey.substring(0, dash)) {
			case "item" -> information.sees(new ItemId(id), user);
			case "consent" -> consents.byId(id).flatMap(consent -> cases.standing(consent.caseId(), user))
				.map(CaseStanding::seesCase).orElse(false);
			case "disclosure" -> ledger.byId(id).map(disclosure -> cases.standing(disclosure.caseId(), user)
				.map(standing -> standing.owner() || standing.coordinator()
						|| standing.team() && disclosure.from().equals(user.agencyId()))
				.orElse(false)).orElse(false);
			default -> false;
		};
	}

	@Override
	public Map<AuditAction, Phrase> phrases() {
		var words = new LinkedHashMap<AuditAction, Phrase>();
		words.put(CaseInformation.RECORDED, Phrase.of(Kind.CHANGE, "recorded {record}", "record {record}"));
		words.put(CaseInformation.VIEWED, Phrase.same(Kind.READ, "read {record}"));
		words.put(CaseInformation.RECTIFIED, Phrase.of(Kind.CHANGE, "corrected {record}", "correct {record}"));
		words.put(Disclosures.DISCLOSED, Phrase.of(Kind.CHANGE, "disclosed information from {record} to another agency",
				"disclose information from {record}"));
		words.put(Disclosures.REVOKED, Phrase.of(Kind.CHANGE, "revoked a disclosure from {record}", "revoke a disclosure from {record}"));
		words.put(Disclosures.LEDGER_VIEWED, Phrase.same(Kind.READ, "read the disclosure ledger of {record}"));
		words.put(Disclosures.CONSENT_RECORDED, Phrase.of(Kind.CHANGE, "recorded a consent decision in {record}",
				"record a consent decision in {record}"));
		words.put(Disclosures.CONSENT_WITHDRAWN, Phrase.of(Kind.CHANGE, "recorded that a consent in {record} was withdrawn",
				"record that a consent in {record} was withdrawn"));
		words.put(Disclosures.CONSENTS_VIEWED, Phrase.same(Kind.READ, "read the consent decisions of {record}"));
		words.put(EmergencyNotices.NOTICES_VIEWED, Phrase.same(Kind.EMERGENCY,
				"read that someone opened information of their agency in {record} with emergency access"));
		words.put(EmergencyNotices.NOTICE_SEEN, Phrase.of(Kind.EMERGENCY,
				"marked as read that someone opened information of their agency in {record} with emergency access",
				"mark a notice of emergency access as read"));
		words.put(SubjectAccess.STARTED, Phrase.of(Kind.OVERSIGHT, "started {record}", "start a subject access request"));
		words.put(SubjectAccess.VIEWED, Phrase.same(Kind.OVERSIGHT, "read the draft of {record}"));
		words.put(SubjectAccess.RELEASE_VIEWED, Phrase.same(Kind.OVERSIGHT, "read {record} to decide whether it may be released"));
		words.put(SubjectAccess.RELEASED, Phrase.of(Kind.OVERSIGHT, "released an entry of {record}", "release an entry of {record}"));
		words.put(SubjectAccess.WITHHELD, Phrase.of(Kind.OVERSIGHT, "withheld an entry of {record}", "withhold an entry of {record}"));
		words.put(SubjectAccess.FINALISED, Phrase.of(Kind.OVERSIGHT, "finalised {record}", "finalise {record}"));
		words.put(SubjectAccess.EXPORTED, Phrase.of(Kind.OVERSIGHT, "downloaded the answer to {record}",
				"download the answer to {record}"));
		words.put(SubjectAccess.HISTORY_VIEWED, Phrase.same(Kind.OVERSIGHT, "read the access history of {record}"));
		return words;
	}

	private String staff(UserId user) {
		return user == null ? "someone" : accounts.card(user).map(StaffCard::displayName).orElse("a staff member whose account was removed");
	}

	private List<String> names(java.util.Collection<AgencyId> ids) {
		return ids.stream().map(agencies::nameOf).sorted().toList();
	}
}
