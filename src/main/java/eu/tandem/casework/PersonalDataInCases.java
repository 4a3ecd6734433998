package eu.tandem.casework;

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
import eu.tandem.hub.Hub;
import eu.tandem.hub.Hubs;
import eu.tandem.identity.Accounts;
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
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The person's cases in the officer's hubs, for a subject access request: the hub, when it was opened and closed, the
 * stage it is in and each move in its life with who made it and why, the case owner, who was on the team and when they left, what the team marked as applying, a legal hold; and every
 * emergency access with who opened it, for which agency, what it opened, why, when and its review. The words and dates
 * are in the request's language, the answer's while one is compiled.
 */
@Component
class PersonalDataInCases implements PersonalDataHolder {

	private final CaseStore store;
	private final EmergencyStore grants;
	private final BreakGlass breakGlass;
	private final CaseFiles files;
	private final Hubs hubs;
	private final Agencies agencies;
	private final Accounts accounts;
	private final AuditLog audit;
	private final MessageSource messages;

	PersonalDataInCases(CaseStore store, EmergencyStore grants, BreakGlass breakGlass, CaseFiles files, Hubs hubs, Agencies agencies, Accounts accounts,
			AuditLog audit, MessageSource messages) {
		this.store = store;
		this.grants = grants;
		this.breakGlass = breakGlass;
		this.files = files;
		this.hubs = hubs;
		this.agencies = agencies;
		this.accounts = accounts;
		this.audit = audit;
		this.messages = messages;
	}

	@Override
	public String module() {
		return "casework";
	}

	/** The person's cases, of any of their records, in the scope's hubs, oldest first. */
	private List<CaseFile> casesIn(SubjectScope scope) {
		var found = new LinkedHashMap<CaseId, CaseFile>();
		for (var person : scope.personRecords()) {
			store.ofPerson(new PersonId(person)).stream().filter(file -> scope.hubs().contains(file.hub())).forEach(file -> found.put(file.id(), file));
		}
		return found.values().stream().sorted(java.util.Comparator.comparing(CaseFile::openedAt)).toList();
	}

	@Override
	@Transactional
	public List<HeldSection> heldAbout(SubjectScope scope) {
		var cases = new ArrayList<HeldEntry>();
		var emergencies = new ArrayList<HeldEntry>();
		for (var file : casesIn(scope)) {
			audit.record(new AuditEvent(scope.officer().asAuditActor(), CaseFiles.VIEWED, AuditOutcome.SUCCESS, subject(file.id()),
					SubjectScope.PURPOSE, scope.rule()));
			cases.add(caseEntry(file));
			breakGlass.onCase(file.id()).stream().sorted(java.util.Comparator.comparing(EmergencyAccess::openedAt))
				.forEach(grant -> emergencies.add(grantEntry(grant)));
		}
		var sections = new ArrayList<HeldSection>();
		if (!cases.isEmpty()) {
			sections.add(new HeldSection(words("casework.held.section.cases"), cases));
		}
		if (!emergencies.isEmpty()) {
			sections.add(new HeldSection(words("casework.held.section.emergencies"), emergencies));
		}
		return sections;
	}

	private HeldEntry caseEntry(CaseFile file) {
		var fields = Fields.of()
			.with(words("casework.held.case.hub"), hubs.find(file.hub()).map(Hub::name).orElse(null))
			.with(words("casework.held.case.opened"), InWords.moment(file.openedAt()))
			.with(words("casework.held.case.closed"), InWords.moment(file.closedAt()))
			.with(words("casework.held.case.owner"), file.owner() == null ? null : staff(file.owner()));
		for (var spell : store.teamSpells(file.id())) {
			fields.with(words(spell.removed() == null ? "casework.held.case.onTeam" : "casework.held.case.wasOnTeam"),
					spell.removed() == null
							? words("casework.held.case.spell", staff(spell.user()), agencies.nameOf(spell.agency()), InWords.date(spell.added()))
							: words("casework.held.case.spellEnded", staff(spell.user()), agencies.nameOf(spell.agency()),
									InWords.date(spell.added()), InWords.date(spell.removed())));
		}
		fields.with(words("casework.held.case.applies"), store.attributes(file.id()).stream()
			.map(attribute -> words("knowledge.attribute." + attribute.name())).sorted().toList());
		fields.with(words("casework.held.case.stage"), words("casework.state." + file.state().name()));
		for (var move : store.transitions(file.id())) {
			var line = words("casework.show.life.line", InWords.moment(move.at()), words("casework.state." + move.from().name()),
					words("casework.state." + move.to().name()),
					move.by() == null ? words("casework.show.life.byTandem") : staff(move.by()));
			fields.with(words("casework.held.case.moved"), move.reason() == null ? line : line + ": " + move.reason());
		}
		store.closing(file.id()).ifPresent(closing -> fields.with(words("casework.held.case.whyClosed"), closing.reason()));
		store.legalHold(file.id()).ifPresent(hold -> fields.with(words("casework.held.case.legalHold"),
				words("casework.held.case.legalHoldSince", InWords.date(hold.since()), hold.reason())));
		return new HeldEntry("case-" + file.id().value(), words("casework.held.case.title"), words("casework.held.case.kind"),
				file.openedAt(), null, null, null, fields.list(), List.of(), Set.of(subject(file.id())));
	}

	private HeldEntry grantEntry(EmergencyAccess grant) {
		var fields = Fields.of()
			.with(words("casework.held.grant.openedBy"), staff(grant.user()))
			.with(words("casework.held.grant.agency"), agencies.nameOf(grant.agency()))
			.with(words("casework.held.grant.scope"), words("casework.held.grant.scope." + grant.scope().name()))
			.with(words("casework.held.grant.why"), grant.reason())
			.with(words("casework.held.grant.from"), InWords.moment(grant.openedAt()))
			.with(words("casework.held.grant.until"), InWords.moment(grant.expiresAt()))
			.with(words("casework.held.grant.reviewed"), InWords.moment(grant.reviewedAt()))
			.with(words("casework.held.grant.review"), grant.reviewNote());
		return new HeldEntry("grant-" + grant.id(), words("casework.held.grant.title"), words("casework.held.grant.kind"),
				grant.openedAt(), grant.agency(), grant.user(), grant.scope().category().orElse(null), fields.list(), List.of(), Set.of());
	}

	/** Words in the request's language: the answer's, while one is compiled ({@link InWords#compiling}). */
	private String words(String key, Object... arguments) {
		return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}

	@Override
	@Transactional(readOnly = true)
	public Map<AuditSubject, String> records(SubjectScope scope) {
		// in the request's language: the officer's on the access history screen, the answer's when one is compiled
		var named = words("casework.held.record");
		var records = new LinkedHashMap<AuditSubject, String>();
		casesIn(scope).forEach(file -> records.put(subject(file.id()), named));
		return records;
	}

	@Override
	@Transactional(readOnly = true)
	public boolean sees(String entryKey, CurrentUser user) {
		if (entryKey.startsWith("case-")) {
			return parse(entryKey.substring(5)).map(CaseId::new).flatMap(id -> files.standing(id, user))
				.map(CaseStanding::seesCase).orElse(false);
		}
		if (entryKey.startsWith("grant-")) {
			// the grantee, and those who see every grant on the case: its owner and the hub's coordinators
			return parse(entryKey.substring(6)).flatMap(grants::byId)
				.map(grant -> grant.user().equals(user.id()) || files.standing(grant.caseId(), user)
					.map(CaseStanding::seesEmergencyAccesses).orElse(false))
				.orElse(false);
		}
		return false;
	}

	@Override
	public Map<AuditAction, Kind> kinds() {
		return Map.ofEntries(
				Map.entry(CaseFiles.OPENED, Kind.CHANGE),
				Map.entry(CaseFiles.VIEWED, Kind.READ),
				Map.entry(CaseFiles.LISTED, Kind.READ),
				Map.entry(CaseFiles.SEARCHED, Kind.READ),
				Map.entry(CaseFiles.OWNER_APPOINTED, Kind.CHANGE),
				Map.entry(CaseFiles.TEAM_JOINED, Kind.CHANGE),
				Map.entry(CaseFiles.CLOSED, Kind.CHANGE),
				Map.entry(CaseFiles.TEAM_LEFT, Kind.CHANGE),
				Map.entry(CaseFiles.ATTRIBUTES_MARKED, Kind.CHANGE),
				Map.entry(CaseFiles.MOVED, Kind.CHANGE),
				Map.entry(CaseFiles.REOPENED, Kind.CHANGE),
				Map.entry(BreakGlass.GLASS_BROKEN, Kind.EMERGENCY),
				Map.entry(BreakGlass.HEALTH_GLASS_BROKEN, Kind.EMERGENCY),
				Map.entry(BreakGlass.SECURITY_GLASS_BROKEN, Kind.EMERGENCY),
				Map.entry(BreakGlass.JUSTICE_GLASS_BROKEN, Kind.EMERGENCY),
				Map.entry(BreakGlass.REVIEWED, Kind.OVERSIGHT),
				Map.entry(BreakGlass.REVIEW_LISTED, Kind.OVERSIGHT),
				Map.entry(Retention.ERASED, Kind.OVERSIGHT),
				Map.entry(Retention.SWEPT, Kind.OVERSIGHT),
				Map.entry(Retention.HOLD_SET, Kind.OVERSIGHT),
				Map.entry(Retention.HOLD_LIFTED, Kind.OVERSIGHT));
	}

	private String staff(UserId user) {
		return accounts.card(user).map(StaffCard::displayName).orElseGet(() -> words("casework.held.staffRemoved"));
	}

	private static AuditSubject subject(CaseId id) {
		return AuditSubject.of("case", id);
	}

	private static java.util.Optional<UUID> parse(String text) {
		try {
			return java.util.Optional.of(UUID.fromString(text));
		}
		catch (IllegalArgumentException notAnId) {
			return java.util.Optional.empty();
		}
	}
}
