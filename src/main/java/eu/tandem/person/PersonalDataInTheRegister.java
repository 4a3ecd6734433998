package eu.tandem.person;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import eu.tandem.audit.AuditAction;
import eu.tandem.audit.AuditEvent;
import eu.tandem.audit.AuditLog;
import eu.tandem.audit.AuditOutcome;
import eu.tandem.audit.AuditSubject;
import eu.tandem.hub.DataCategory;
import eu.tandem.identity.Accounts;
import eu.tandem.identity.StaffCard;
import eu.tandem.identity.UserId;
import eu.tandem.privacy.Fields;
import eu.tandem.privacy.HeldEntry;
import eu.tandem.privacy.HeldSection;
import eu.tandem.privacy.InWords;
import eu.tandem.privacy.PersonalDataHolder;
import eu.tandem.privacy.SubjectScope;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the register holds about the person, for a subject access request: their record with everything merged into
 * it — names, date of birth, sex and gender, languages, addresses, identifiers, guardians and relatives — and every
 * merge and unmerge with who made it, when and why. Every record opened is traced. The words and dates are in the
 * request's language, which is the answer's while one is compiled ({@link InWords#compiling}).
 */
@Component
class PersonalDataInTheRegister implements PersonalDataHolder {

	private final PersonStore store;
	private final Accounts accounts;
	private final AuditLog audit;
	private final MessageSource messages;

	PersonalDataInTheRegister(PersonStore store, Accounts accounts, AuditLog audit, MessageSource messages) {
		this.store = store;
		this.accounts = accounts;
		this.audit = audit;
		this.messages = messages;
	}

	@Override
	public String module() {
		return "person";
	}

	@Override
	@Transactional
	public List<HeldSection> heldAbout(SubjectScope scope) {
		var id = new PersonId(scope.person());
		var record = store.byId(id).orElse(null);
		if (record == null) {
			return List.of();
		}
		var ids = new ArrayList<PersonId>();
		ids.add(id);
		ids.addAll(record.mergedRecords());
		ids.forEach(shown -> traceRead(scope, shown));
		var details = record.details();
		var fields = Fields.of();
		for (var name : details.names()) {
			var kind = words("person.name.kind." + name.kind().name());
			fields.with(name.script() == null ? kind : kind + " (" + name.script() + ")", name.full());
		}
		fields.with(words("person.held.dateOfBirth"), born(details.dateOfBirth()))
			.with(words("person.held.sex"), details.sex() == null ? null : words("person.sex." + details.sex().name()))
			.with(words("person.held.gender"), details.gender())
			.with(words("person.held.languages"), details.languages().stream().sorted().toList());
		for (var address : details.addresses()) {
			fields.with(words("person.held.address"), address.inWords() + during(address));
		}
		for (var identifier : details.identifiers()) {
			fields.with(words("person.held.identifier"), identifier.kind() + ": " + identifier.value());
		}
		for (var relation : record.relations()) {
			// the guardian's or relative's record is read to name them: their read is traced too
			var related = store.byId(relation.related());
			if (related.isPresent()) {
				traceRead(scope, relation.related());
				fields.with(words(relation.kind() == PersonRecord.Relation.Kind.GUARDIAN ? "person.held.guardian" : "person.held.relative"),
						related.get().displayName() + (relation.description() == null ? "" : " (" + relation.description() + ")"));
			}
		}
		var subjects = ids.stream().map(PersonAudit::person).collect(java.util.stream.Collectors.toSet());
		var entries = new ArrayList<HeldEntry>();
		entries.add(new HeldEntry("registry-" + id.value(), words("person.held.register.title"),
				// named in a sentence of its own ("… was withheld under …"), where German needs the singular
				words("person.held.register.kind"),
				store.createdAt(id).orElse(null), null, null, DataCategory.IDENTITY, fields.list(), List.of(), subjects));
		for (var merge : store.mergesOf(ids)) {
			var by = card(merge.mergedBy());
			entries.add(new HeldEntry("merge-" + merge.id(),
					words(merge.unmergedAt() == null ? "person.held.merge.title" : "person.held.merge.title.separated"),
					words("person.held.merge.kind"), merge.mergedAt(), by == null ? null : by.agencyId(), new UserId(merge.mergedBy()),
					DataCategory.IDENTITY,
					Fields.of()
						.with(words("person.held.merge.joinedOn"), InWords.moment(merge.mergedAt()))
						.with(words("person.held.merge.joinedBy"), name(by))
						.with(words("person.held.merge.why"), merge.reason())
						.with(words("person.held.merge.separatedOn"), InWords.moment(merge.unmergedAt()))
						.with(words("person.held.merge.separatedBy"), merge.unmergedBy() == null ? null : name(card(merge.unmergedBy())))
						.with(words("person.held.merge.whySeparated"), merge.unmergeReason())
						.list(),
					List.of(), Set.of()));
		}
		return List.of(new HeldSection(words("person.held.section"), entries));
	}

	@Override
	@Transactional(readOnly = true)
	public Map<AuditSubject, String> records(SubjectScope scope) {
		// in the request's language: the officer's on the access history screen, the answer's when one is compiled
		var named = words("person.held.record");
		var records = new LinkedHashMap<AuditSubject, String>();
		scope.personRecords().forEach(id -> records.put(PersonAudit.person(new PersonId(id)), named));
		return records;
	}

	@Override
	public boolean sees(String entryKey, eu.tandem.identity.CurrentUser user) {
		// the register has no author of its own; a merge's author releases it by being its author
		return false;
	}

	@Override
	public Map<AuditAction, Kind> kinds() {
		return Map.of(
				PersonAudit.REGISTERED, Kind.CHANGE,
				PersonAudit.VIEWED, Kind.READ,
				PersonAudit.LISTED, Kind.READ,
				PersonAudit.SEARCHED, Kind.READ,
				PersonAudit.RELATED, Kind.CHANGE,
				PersonAudit.MERGED, Kind.CHANGE,
				PersonAudit.UNMERGED, Kind.CHANGE);
	}

	private void traceRead(SubjectScope scope, PersonId id) {
		audit.record(new AuditEvent(scope.officer().asAuditActor(), PersonAudit.VIEWED, AuditOutcome.SUCCESS, PersonAudit.person(id),
				SubjectScope.PURPOSE, scope.rule()));
	}

	/** When the person lived there, as far as it is known: " (from 1 March 2024 until 2 May 2025)". */
	private String during(Address address) {
		var from = InWords.date(address.validFrom());
		var to = InWords.date(address.validTo());
		if (from == null && to == null) {
			return "";
		}
		return " (" + (to == null ? words("person.held.address.from", from)
				: from == null ? words("person.held.address.until", to) : words("person.held.address.between", from, to)) + ")";
	}

	/** A date of birth as far as it is known: "14 March 2011", "March 2011" or "2011", in the request's language. */
	private static @Nullable String born(@Nullable DateOfBirth born) {
		if (born == null) {
			return null;
		}
		return born.day() != null ? InWords.date(born.earliest())
				: born.month() != null ? InWords.month(YearMonth.of(born.year(), born.month())) : String.valueOf(born.year());
	}

	/** Words in the request's language: the answer's, while one is compiled. */
	private String words(String key, Object... arguments) {
		return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}

	private StaffCard card(UUID user) {
		return user == null ? null : accounts.card(new UserId(user)).orElse(null);
	}

	private String name(StaffCard card) {
		return card == null ? words("person.held.staffRemoved") : card.displayName();
	}
}
