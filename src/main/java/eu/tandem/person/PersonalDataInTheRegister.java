package eu.tandem.person;

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
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the register holds about the person, for a subject access request: their record with everything merged into
 * it — names, date of birth, sex and gender, languages, addresses, identifiers, guardians and relatives — and every
 * merge and unmerge with who made it, when and why. Every record opened is traced.
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
			fields.with(name.kind().label() + (name.script() == null ? "" : " (" + name.script() + ")"), name.full());
		}
		fields.with("Date of birth", details.dateOfBirth() == null ? null : details.dateOfBirth().inWords())
			.with("Sex", details.sex() == null ? null : details.sex().label())
			.with("Gender", details.gender())
			.with("Languages", details.languages().stream().sorted().toList());
		for (var address : details.addresses()) {
			fields.with("Address", address.inWords() + during(address));
		}
		for (var identifier : details.identifiers()) {
			fields.with("Identifier", identifier.kind() + ": " + identifier.value());
		}
		for (var relation : record.relations()) {
			// the guardian's or relative's record is read to name them: their read is traced too
			var related = store.byId(relation.related());
			if (related.isPresent()) {
				traceRead(scope, relation.related());
				fields.with(relation.kind() == PersonRecord.Relation.Kind.GUARDIAN ? "Guardian" : "Relative",
						related.get().displayName() + (relation.description() == null ? "" : " (" + relation.description() + ")"));
			}
		}
		var subjects = ids.stream().map(PersonAudit::person).collect(java.util.stream.Collectors.toSet());
		var entries = new ArrayList<HeldEntry>();
		entries.add(new HeldEntry("registry-" + id.value(), "Record in the register", "the record in the register",
				store.createdAt(id).orElse(null), null, null, DataCategory.IDENTITY, fields.list(), List.of(), subjects));
		for (var merge : store.mergesOf(ids)) {
			var by = card(merge.mergedBy());
			entries.add(new HeldEntry("merge-" + merge.id(), merge.unmergedAt() == null ? "Two records joined as one person"
					: "Two records joined as one person, since separated again", "a merge of two records", merge.mergedAt(),
					by == null ? null : by.agencyId(), new UserId(merge.mergedBy()), DataCategory.IDENTITY,
					Fields.of()
						.with("Joined on", InWords.moment(merge.mergedAt()))
						.with("Joined by", name(by))
						.with("Why", merge.reason())
						.with("Separated on", InWords.moment(merge.unmergedAt()))
						.with("Separated by", merge.unmergedBy() == null ? null : name(card(merge.unmergedBy())))
						.with("Why they were separated", merge.unmergeReason())
						.list(),
					List.of(), Set.of()));
		}
		return List.of(new HeldSection("In the register", entries));
	}

	@Override
	@Transactional(readOnly = true)
	public Map<AuditSubject, String> records(SubjectScope scope) {
		// in the request's language: the officer's on the access history screen, the answer's when one is compiled
		var named = messages.getMessage("person.held.record", null, LocaleContextHolder.getLocale());
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

	private static String during(Address address) {
		if (address.validFrom() == null && address.validTo() == null) {
			return "";
		}
		return " (" + (address.validFrom() == null ? "" : "from " + InWords.date(address.validFrom()))
				+ (address.validFrom() != null && address.validTo() != null ? " " : "")
				+ (address.validTo() == null ? "" : "until " + InWords.date(address.validTo())) + ")";
	}

	private StaffCard card(UUID user) {
		return user == null ? null : accounts.card(new UserId(user)).orElse(null);
	}

	private static String name(StaffCard card) {
		return card == null ? "a staff member whose account was removed" : card.displayName();
	}
}
