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
import eu.tandem.knowledge.CaseAttribute;
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
 * case owner, who was on the team and when they left, what the team marked as applying, a legal hold; and every
 * emergency access with who opened it, for which agency, what it opened, why, when and its review.
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
			sections.add(new HeldSection("Cases", cases));
		}
		if (!emergencies.isEmpty()) {
			sections.add(new HeldSection("Emergency access to the cases", emergencies));
		}
		return sections;
	}

	private HeldEntry caseEntry(CaseFile file) {
		var fields = Fields.of()
			.with("Hub", hubs.find(file.hub()).map(Hub::name).orElse(null))
			.with("Opened", InWords.moment(file.openedAt()))
			.with("Closed", InWords.moment(file.closedAt()))
			.with("Case owner", file.owner() == null ? null : staff(file.owner()));
		for (var spell : store.teamSpells(file.id())) {
			fields.with(spell.removed() == null ? "On the team" : "Was on the team", staff(spell.user()) + ", "
					+ agencies.nameOf(spell.agency()) + ", from " + InWords.date(spell.added())
					+ (spell.removed() == null ? "" : " until " + InWords.date(spell.removed())));
		}
		fields.with("What applies", store.attributes(file.id()).stream().map(CaseAttribute::label).sorted().toList());
		store.closing(file.id()).ifPresent(closing -> fields.with("Why it was closed", closing.reason()));
		store.legalHold(file.id()).ifPresent(hold -> fields.with("Kept from erasure (legal hold)",
				"since " + InWords.date(hold.since()) + ": " + hold.reason()));
		return new HeldEntry("case-" + file.id().value(), "Case", "a case", file.openedAt(), null, null, null, fields.list(), List.of(),
				Set.of(subject(file.id())));
	}

	private HeldEntry grantEntry(EmergencyAccess grant) {
		var fields = Fields.of()
			.with("Opened by", staff(grant.user()))
			.with("Agency", agencies.nameOf(grant.agency()))
			.with("What it opened", grant.scope().inWords())
			.with("Why", grant.reason())
			.with("From", InWords.moment(grant.openedAt()))
			.with("Until", InWords.moment(grant.expiresAt()))
			.with("Reviewed by the data protection officer", InWords.moment(grant.reviewedAt()))
			.with("Review", grant.reviewNote());
		return new HeldEntry("grant-" + grant.id(), "Emergency access", "an emergency access", grant.openedAt(), grant.agency(),
				grant.user(), grant.scope().category().orElse(null), fields.list(), List.of(), Set.of());
	}

	@Override
	@Transactional(readOnly = true)
	public Map<AuditSubject, String> records(SubjectScope scope) {
		// in the request's language: the officer's on the access history screen, the answer's when one is compiled
		var named = messages.getMessage("casework.held.record", null, LocaleContextHolder.getLocale());
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
		return accounts.card(user).map(StaffCard::displayName).orElse("a staff member whose account was removed");
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
