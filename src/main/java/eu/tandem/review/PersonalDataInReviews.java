package eu.tandem.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import eu.tandem.audit.AuditAction;
import eu.tandem.audit.AuditEvent;
import eu.tandem.audit.AuditLog;
import eu.tandem.audit.AuditOutcome;
import eu.tandem.audit.AuditSubject;
import eu.tandem.casework.CaseFile;
import eu.tandem.casework.CaseFiles;
import eu.tandem.casework.CaseId;
import eu.tandem.casework.CaseStanding;
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
 * The person's reviews and follow-ups, in the officer's hubs, for a subject access request: each review with every
 * goal's progress, what worked and what did not, the decision and a closure's reason and outcome; each follow-up with
 * how the person was doing. In the request's language, the answer's while one is compiled.
 */
@Component
class PersonalDataInReviews implements PersonalDataHolder {

	private final ReviewStore store;
	private final CaseFiles cases;
	private final Accounts accounts;
	private final AuditLog audit;
	private final MessageSource messages;

	PersonalDataInReviews(ReviewStore store, CaseFiles cases, Accounts accounts, AuditLog audit, MessageSource messages) {
		this.store = store;
		this.cases = cases;
		this.accounts = accounts;
		this.audit = audit;
		this.messages = messages;
	}

	@Override
	public String module() {
		return "review";
	}

	private List<CaseFile> casesIn(SubjectScope scope) {
		var found = new LinkedHashMap<CaseId, CaseFile>();
		for (var person : scope.personRecords()) {
			cases.ofPerson(new PersonId(person)).stream().filter(file -> scope.hubs().contains(file.hub()))
				.forEach(file -> found.put(file.id(), file));
		}
		return found.values().stream().sorted(Comparator.comparing(CaseFile::openedAt)).toList();
	}

	@Override
	@Transactional
	public List<HeldSection> heldAbout(SubjectScope scope) {
		var entries = new ArrayList<HeldEntry>();
		for (var file : casesIn(scope)) {
			var reviews = store.reviews(file.id());
			var followUps = store.followUps(file.id()).stream().filter(check -> check.recordedAt() != null).toList();
			if (reviews.isEmpty() && followUps.isEmpty()) {
				continue;
			}
			audit.record(new AuditEvent(scope.officer().asAuditActor(), Reviews.VIEWED, AuditOutcome.SUCCESS, Reviews.subject(file.id()),
					SubjectScope.PURPOSE, scope.rule()));
			reviews.forEach(review -> entries.add(entry(file, review)));
			followUps.forEach(check -> entries.add(entry(file, check)));
		}
		return entries.isEmpty() ? List.of() : List.of(new HeldSection(words("review.held.section"), entries));
	}

	private HeldEntry entry(CaseFile file, Review review) {
		var fields = Fields.of().with(words("review.held.case"), file.reference())
			.with(words("review.held.recordedBy"), staff(review.recordedBy()));
		for (var progress : review.progress()) {
			fields.with(words("review.held.goal", progress.position()), words("review.held.progressLine", progress.statement(),
					progress.indicator(), progress.baseline(), progress.target(), progress.valueNow()));
			fields.with(words("review.held.goalNote", progress.position()), progress.note());
		}
		fields.with(words("review.field.whatWorked"), review.whatWorked())
			.with(words("review.field.whatDidNot"), review.whatDidNot())
			.with(words("review.field.decision"), words("review.decision." + review.decision().name()))
			.with(words("review.field.closeReason"), review.closeReason())
			.with(words("review.field.outcome"), review.outcome() == null ? null : words("review.outcome." + review.outcome().name()))
			.with(words("review.field.outcomeWords"), review.outcomeWords());
		return new HeldEntry("review-" + review.id(), words("review.held.title"), words("review.held.kind"), review.recordedAt(), null,
				review.recordedBy(), null, fields.list(), List.of(), Set.of(Reviews.subject(file.id())));
	}

	private HeldEntry entry(CaseFile file, FollowUp check) {
		var fields = Fields.of().with(words("review.held.case"), file.reference())
			.with(words("review.held.dueOn"), InWords.date(check.dueOn()))
			.with(words("review.held.recordedBy"), check.recordedBy() == null ? null : staff(check.recordedBy()));
		for (var measured : check.checks()) {
			fields.with(words("review.held.indicator", measured.position()), words("review.held.checkLine", measured.indicator(),
					measured.baseline(), measured.target(), measured.howNow()));
		}
		fields.with(words("review.followUp.note"), check.note())
			.with(words("review.followUp.newReferral"), words(Boolean.TRUE.equals(check.newReferralNeeded()) ? "review.yes" : "review.no"));
		return new HeldEntry("follow-up-" + check.id(), words("review.held.followUpTitle", check.months()), words("review.held.followUpKind"),
				check.recordedAt(), null, check.recordedBy(), null, fields.list(), List.of(), Set.of(Reviews.subject(file.id())));
	}

	private String words(String key, Object... arguments) {
		return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}

	private String staff(UserId user) {
		return accounts.card(user).map(StaffCard::displayName).orElseGet(() -> words("review.staffRemoved"));
	}

	@Override
	@Transactional(readOnly = true)
	public Map<AuditSubject, String> records(SubjectScope scope) {
		var named = words("review.held.record");
		var records = new LinkedHashMap<AuditSubject, String>();
		casesIn(scope).forEach(file -> records.put(Reviews.subject(file.id()), named));
		return records;
	}

	@Override
	@Transactional(readOnly = true)
	public boolean sees(String entryKey, CurrentUser user) {
		Optional<CaseId> caseId;
		if (entryKey.startsWith("review-")) {
			caseId = parse(entryKey.substring(7)).flatMap(id -> store.caseOfReview(id));
		}
		else if (entryKey.startsWith("follow-up-")) {
			caseId = parse(entryKey.substring(10)).flatMap(id -> store.caseOfFollowUp(id));
		}
		else {
			return false;
		}
		return caseId.flatMap(id -> cases.standing(id, user)).map(CaseStanding::seesCase).orElse(false);
	}

	@Override
	public Map<AuditAction, Kind> kinds() {
		return Map.ofEntries(
				Map.entry(Reviews.VIEWED, Kind.READ),
				Map.entry(Reviews.RECORDED, Kind.CHANGE),
				Map.entry(Reviews.SCHEDULE_CHANGED, Kind.NETWORK),
				Map.entry(FollowUps.STARTED, Kind.CHANGE),
				Map.entry(FollowUps.RECORDED, Kind.CHANGE));
	}

	private static Optional<UUID> parse(String text) {
		try {
			return Optional.of(UUID.fromString(text));
		}
		catch (IllegalArgumentException notAnId) {
			return Optional.empty();
		}
	}
}
