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
import eu.tandem.web.Words;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the case teams recorded about the person, for a subject access request: every item with its earlier versions,
 * the consent decisions, the disclosures between agencies, and earlier subject access requests. Every item is opened
 * through {@link NeedToKnow#forSubjectAccess} and traced like any other read, with the rule that allowed it. The words
 * are in the language the answer is compiled in ({@link eu.tandem.privacy.InWords#compiling}), as is every date; what
 * people typed is as they typed it.
 */
@Component
class PersonalDataInCaseInformation implements PersonalDataHolder {

	private final CaseFiles cases;
	private final CaseInformation information;
	private final ItemStore items;
	private final ContactStore contacts;
	private final ConsentStore consents;
	private final DisclosureStore ledger;
	private final SubjectAccessStore requests;
	private final ContentVault vault;
	private final Accounts accounts;
	private final Agencies agencies;
	private final AuditLog audit;
	private final java.time.Clock clock;
	private final MessageSource messages;

	PersonalDataInCaseInformation(CaseFiles cases, CaseInformation information, ItemStore items, ContactStore contacts,
			ConsentStore consents, DisclosureStore ledger,
			SubjectAccessStore requests, ContentVault vault, Accounts accounts, Agencies agencies, AuditLog audit,
			java.time.Clock clock, MessageSource messages) {
		this.cases = cases;
		this.information = information;
		this.items = items;
		this.contacts = contacts;
		this.consents = consents;
		this.ledger = ledger;
		this.requests = requests;
		this.vault = vault;
		this.accounts = accounts;
		this.agencies = agencies;
		this.audit = audit;
		this.clock = clock;
		this.messages = messages;
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
			var happened = contacts.ofCase(file.id());
			var categories = new java.util.HashMap<ItemId, DataCategory>();
			for (var item : stored) {
				categories.put(item.id(), item.category());
				// opened for the answer, under the officer's rule, and traced as every read is
				audit.record(new AuditEvent(actor, CaseInformation.VIEWED, AuditOutcome.SUCCESS, CaseInformation.subject(item.id()),
						SubjectScope.PURPOSE, rule.get().code()));
				recorded.add(itemEntry(item, happened.get(item.id())));
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
		add(sections, "sharing.held.section.recorded", recorded);
		add(sections, "sharing.held.section.consents", decided);
		add(sections, "sharing.held.section.disclosures", disclosed);
		add(sections, "sharing.held.section.requests", earlier);
		return sections;
	}

	private void add(List<HeldSection> sections, String title, List<HeldEntry> entries) {
		if (!entries.isEmpty()) {
			sections.add(new HeldSection(words(title), entries));
		}
	}

	/** Words in the language the answer is compiled in. */
	private String words(String key, Object... arguments) {
		return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}

	private String words(MessageSourceResolvable resolvable) {
		return messages.getMessage(resolvable, LocaleContextHolder.getLocale());
	}

	/** An item with its earlier versions; for a contact, what happened at it before its note. */
	private HeldEntry itemEntry(ItemStore.StoredItem item, @Nullable Contact contact) {
		var earlier = items.revisions(item.id()).stream()
			.map(revision -> new HeldEntry.Earlier(words("sharing.held.item.version", revision.revision(),
					InWords.moment(revision.writtenAt()), InWords.moment(revision.replacedAt())),
					Fields.of().with(words("sharing.held.item.text"), vault.open(revision.content(), CaseInformation.binding(item.id())))
						.with(words("sharing.held.item.why"), revision.reason())
						.with(words("sharing.held.item.correctedBy"), staff(revision.replacedBy())).list()))
			.toList();
		var fields = Fields.of();
		if (contact != null) {
			fields.with(words("sharing.held.contact.day"), InWords.date(contact.on()))
				.with(words("sharing.held.contact.with"), words("sharing.contact.with." + contact.with().name()))
				.with(words("sharing.held.contact.mode"), words("sharing.contact.mode." + contact.mode().name()))
				.with(words("sharing.held.contact.attended"), words("sharing.contact.attended." + contact.attended()));
		}
		fields.with(words("sharing.held.item.category"), words(Words.named("hub.category.", item.category())))
			.with(words("sharing.held.item.text"), vault.open(item.content(), CaseInformation.binding(item.id())))
			.with(words("sharing.held.item.language"),
					item.language() == null ? null : item.language().locale().getDisplayLanguage(LocaleContextHolder.getLocale()))
			.with(words("sharing.held.item.lastCorrected"), item.revision() > 1 ? InWords.moment(item.changedAt()) : null);
		return new HeldEntry("item-" + item.id().value(), words("sharing.kind." + item.kind().name()), words("sharing.held.item.kind"),
				item.recordedAt(), item.sourceAgency(), item.author(), item.category(), fields.list(), earlier,
				Set.of(CaseInformation.subject(item.id())));
	}

	private HeldEntry consentEntry(Consent consent) {
		var recorder = accounts.card(consent.recordedBy()).orElse(null);
		var withdrawn = consent.withdraws() == null ? null
				: consents.byId(consent.withdraws()).map(given -> InWords.date(given.decidedOn())).orElse(null);
		var fields = Fields.of()
			.with(words("sharing.held.consent.decision"), words("sharing.decision." + consent.decision().name()))
			.with(words("sharing.held.consent.decidedBy"), words("sharing.decidedby." + consent.decidedBy().name()))
			.with(words("sharing.held.consent.decidedOn"), InWords.date(consent.decidedOn()))
			.with(words("sharing.held.consent.withdraws"), withdrawn)
			.with(words("sharing.held.consent.categories"), consent.categories().stream()
				.map(category -> words(Words.named("hub.category.", category))).sorted().toList())
			.with(words("sharing.held.consent.purposes"), consent.purposes().stream()
				.map(purpose -> words(Words.named("hub.purpose.", purpose))).sorted().toList())
			.with(words("sharing.held.consent.agencies"), consent.agencies().isEmpty() ? List.of(words("sharing.consent.everyAgency"))
					: names(consent.agencies()))
			.with(words("sharing.held.consent.obtained"), words("sharing.obtained." + consent.obtained().name()))
			.with(words("sharing.held.consent.document"), consent.documentReference())
			.with(words("sharing.held.consent.capacityNote"), consent.capacityNote());
		return new HeldEntry("consent-" + consent.id(), words("sharing.held.consent.title." + consent.decision().name()),
				words("sharing.held.consent.kind"), consent.recordedAt(), recorder == null ? null : recorder.agencyId(),
				consent.recordedBy(), null, fields.list(), List.of(), Set.of());
	}

	private HeldEntry disclosureEntry(Disclosure disclosure, Map<ItemId, DataCategory> categories) {
		var disclosedCategories = disclosure.items().stream().map(categories::get).filter(java.util.Objects::nonNull).toList();
		var to = String.join(", ", names(disclosure.to()));
		var count = disclosure.items().size();
		var fields = Fields.of()
			.with(words("sharing.held.disclosure.from"), agencies.nameOf(disclosure.from()))
			.with(words("sharing.held.disclosure.to"), disclosure.toCaseTeam() ? words("sharing.held.disclosure.toTeam", to) : to)
			.with(words("sharing.held.disclosure.what"), disclosedCategories.isEmpty() ? words("sharing.held.disclosure.items", count)
					: words("sharing.held.disclosure.itemsOf", count, String.join(", ", disclosedCategories.stream().distinct()
						.map(category -> words(Words.named("hub.category.phrase.", category))).sorted().toList())))
			.with(words("sharing.held.disclosure.purpose"), words(Words.named("hub.purpose.", disclosure.purpose())))
			.with(words("sharing.held.disclosure.legalBasis"), disclosure.legalBasis())
			.with(words("sharing.held.disclosure.ground"), words("sharing.ground." + disclosure.ground().name()))
			.with(words("sharing.held.disclosure.statute"), disclosure.statute())
			.with(words("sharing.held.disclosure.agreement"), disclosure.agreementCitation())
			.with(words("sharing.held.disclosure.until"), InWords.date(disclosure.expiresOn()))
			.with(words("sharing.held.disclosure.revoked"), InWords.moment(disclosure.revokedAt()))
			.with(words("sharing.held.disclosure.flagged"), InWords.moment(disclosure.reviewFlaggedAt()));
		return new HeldEntry("disclosure-" + disclosure.id(), words("sharing.held.disclosure.title"), words("sharing.held.disclosure.kind"),
				disclosure.disclosedAt(), disclosure.from(), disclosure.disclosedBy(), mostGuarded(disclosedCategories), fields.list(),
				List.of(), Set.of());
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
			.with(words("sharing.held.request.started"), words("sharing.held.request.by", InWords.moment(request.startedAt()),
					staff(request.startedBy())))
			.with(words("sharing.held.request.answered"), words("sharing.held.request.by", InWords.moment(request.finalisedAt()),
					staff(request.finalisedBy())));
		return new HeldEntry("request-" + request.id(), words("sharing.held.request.title"), words("sharing.held.request.kind"),
				request.startedAt(), null, request.startedBy(), null, fields.list(), List.of(), Set.of(SubjectAccess.subject(request.id())));
	}

	@Override
	@Transactional(readOnly = true)
	public Map<AuditSubject, String> records(SubjectScope scope) {
		var records = new LinkedHashMap<AuditSubject, String>();
		for (var file : casesIn(scope)) {
			items.ofCase(file.id()).forEach(item -> records.put(CaseInformation.subject(item.id()), named(item.kind())));
		}
		var request = words("sharing.held.request.kind");
		requests.about(scope.personRecords(), scope.hubs()).forEach(found -> records.put(SubjectAccess.subject(found.id()), request));
		return records;
	}

	/** How a sentence names an item of this kind: "read a note". */
	private String named(ItemKind kind) {
		return words("sharing.held.record." + kind.name());
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
	public Map<AuditAction, Kind> kinds() {
		return Map.ofEntries(
				Map.entry(CaseInformation.RECORDED, Kind.CHANGE),
				Map.entry(CaseInformation.VIEWED, Kind.READ),
				Map.entry(CaseInformation.RECTIFIED, Kind.CHANGE),
				Map.entry(Disclosures.DISCLOSED, Kind.CHANGE),
				Map.entry(Disclosures.REVOKED, Kind.CHANGE),
				Map.entry(Disclosures.LEDGER_VIEWED, Kind.READ),
				Map.entry(Disclosures.CONSENT_RECORDED, Kind.CHANGE),
				Map.entry(Disclosures.CONSENT_WITHDRAWN, Kind.CHANGE),
				Map.entry(Disclosures.CONSENTS_VIEWED, Kind.READ),
				Map.entry(EmergencyNotices.NOTICES_VIEWED, Kind.EMERGENCY),
				Map.entry(EmergencyNotices.NOTICE_SEEN, Kind.EMERGENCY),
				Map.entry(SubjectAccess.STARTED, Kind.OVERSIGHT),
				Map.entry(SubjectAccess.VIEWED, Kind.OVERSIGHT),
				Map.entry(SubjectAccess.RELEASE_VIEWED, Kind.OVERSIGHT),
				Map.entry(SubjectAccess.RELEASED, Kind.OVERSIGHT),
				Map.entry(SubjectAccess.WITHHELD, Kind.OVERSIGHT),
				Map.entry(SubjectAccess.FINALISED, Kind.OVERSIGHT),
				Map.entry(SubjectAccess.EXPORTED, Kind.OVERSIGHT),
				Map.entry(SubjectAccess.HISTORY_VIEWED, Kind.OVERSIGHT));
	}

	private String staff(UserId user) {
		return user == null ? words("sharing.someone")
				: accounts.card(user).map(StaffCard::displayName).orElseGet(() -> words("sharing.staffRemoved"));
	}

	private List<String> names(java.util.Collection<AgencyId> ids) {
		return ids.stream().map(agencies::nameOf).sorted().toList();
	}
}
