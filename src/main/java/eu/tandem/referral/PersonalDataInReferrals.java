package eu.tandem.referral;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import eu.tandem.agency.Agencies;
import eu.tandem.audit.AuditAction;
import eu.tandem.audit.AuditEvent;
import eu.tandem.audit.AuditLog;
import eu.tandem.audit.AuditOutcome;
import eu.tandem.audit.AuditSubject;
import eu.tandem.casework.CaseFiles;
import eu.tandem.hub.DataCategory;
import eu.tandem.hub.Hub;
import eu.tandem.hub.Hubs;
import eu.tandem.identity.Accounts;
import eu.tandem.identity.CurrentUser;
import eu.tandem.identity.StaffCard;
import eu.tandem.identity.UserId;
import eu.tandem.kernel.ReferralId;
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
 * Every referral about the person in the officer's hubs, for a subject access request, with all its fields: how it
 * came in, the concern in the referrer's words, what was observed and when, the type of concern, the vulnerabilities
 * noticed, awareness, consent and urgency; the triage decision with its rationale; and the check with the police.
 * The police's answer is security information: its entry is withheld until the police release it.
 */
@Component
class PersonalDataInReferrals implements PersonalDataHolder {

	private final ReferralStore store;
	private final Hubs hubs;
	private final Agencies agencies;
	private final Accounts accounts;
	private final CaseFiles cases;
	private final AuditLog audit;
	private final MessageSource messages;

	PersonalDataInReferrals(ReferralStore store, Hubs hubs, Agencies agencies, Accounts accounts, CaseFiles cases, AuditLog audit,
			MessageSource messages) {
		this.store = store;
		this.hubs = hubs;
		this.agencies = agencies;
		this.accounts = accounts;
		this.cases = cases;
		this.audit = audit;
		this.messages = messages;
	}

	@Override
	public String module() {
		return "referral";
	}

	@Override
	@Transactional
	public List<HeldSection> heldAbout(SubjectScope scope) {
		var entries = new ArrayList<HeldEntry>();
		for (var referral : store.about(scope.personRecords(), scope.hubs())) {
			audit.record(new AuditEvent(scope.officer().asAuditActor(), Referrals.VIEWED, AuditOutcome.SUCCESS, subject(referral.id()),
					SubjectScope.PURPOSE, scope.rule()));
			entries.add(referralEntry(referral));
			if (referral.triage() != null) {
				entries.add(triageEntry(referral));
			}
			if (referral.deconfliction() != null) {
				entries.add(deconflictionEntry(referral));
			}
		}
		return entries.isEmpty() ? List.of() : List.of(new HeldSection("Referrals", entries));
	}

	private HeldEntry referralEntry(Referral referral) {
		var fields = Fields.of()
			.with("Referred to", hubs.find(referral.hub()).map(Hub::name).orElse(null))
			.with("Received", InWords.moment(referral.receivedAt()))
			.with("How it came in", referral.channel().label())
			.with("Who got in touch", referral.contactDescription())
			.with("Referred by", staff(referral.referrer()) + ", " + agencies.nameOf(referral.referrerAgency()))
			.with("The concern, in the referrer's words", referral.concern())
			.with("What was observed", referral.observed())
			.with("Observed on", InWords.date(referral.observedOn()))
			.with("Type of concern", referral.type().label())
			.with("Vulnerabilities noticed", referral.vulnerabilities().stream().sorted().map(Concern.Vulnerability::label).toList())
			.with("Does the person know of the referral", referral.personAware().label())
			.with("Consent", referral.consent().label())
			.with("Urgency", referral.urgency().label())
			.with("Where it stands", referral.status().label())
			.with("Closed", InWords.moment(referral.closedAt()));
		return new HeldEntry("referral-" + referral.id().value(), "Referral", "a referral", referral.receivedAt(),
				referral.referrerAgency(), referral.referrer(), null, fields.list(), List.of(), Set.of(subject(referral.id())));
	}

	private HeldEntry triageEntry(Referral referral) {
		var triage = referral.triage();
		var by = accounts.card(triage.decidedBy()).orElse(null);
		var fields = Fields.of()
			.with("Decision", triage.decision().label())
			.with("Why", triage.rationale())
			.with("Passed on to", triage.signpostedTo())
			.with("Decided by", staff(triage.decidedBy()) + (by == null ? "" : ", " + agencies.nameOf(by.agencyId())))
			.with("Decided on", InWords.moment(triage.decidedAt()));
		return new HeldEntry("triage-" + referral.id().value(), "Triage decision", "a triage decision", triage.decidedAt(),
				by == null ? null : by.agencyId(), triage.decidedBy(), null, fields.list(), List.of(), Set.of());
	}

	/** Whether the police asked to hold says whether they know something: security information of the police. */
	private HeldEntry deconflictionEntry(Referral referral) {
		var check = referral.deconfliction();
		var answeredBy = store.deconflictionAnsweredBy(referral.id());
		var recordedBy = answeredBy.orElse(check.requestedBy());
		var agency = accounts.card(recordedBy).map(StaffCard::agencyId).orElse(null);
		var answer = check.answer() == null ? "Not answered yet"
				: check.answer() == Referral.Deconfliction.Answer.PROCEED ? "Proceed"
						: "Hold until " + InWords.date(check.reviewOn());
		var fields = Fields.of()
			.with("Asked by", staff(check.requestedBy()))
			.with("Asked on", InWords.moment(check.requestedAt()))
			.with("Answer", answer)
			.with("Answered by", answeredBy.map(this::staff).orElse(null))
			.with("Answered on", InWords.moment(check.answeredAt()));
		return new HeldEntry("deconfliction-" + referral.id().value(), "Check with the police before the hub takes it on",
				"a check with the police", check.answeredAt() == null ? check.requestedAt() : check.answeredAt(), agency, recordedBy,
				DataCategory.SECURITY, fields.list(), List.of(), Set.of());
	}

	@Override
	@Transactional(readOnly = true)
	public Map<AuditSubject, String> records(SubjectScope scope) {
		// in the request's language: the officer's on the access history screen, the answer's when one is compiled
		var named = messages.getMessage("referral.held.record", null, LocaleContextHolder.getLocale());
		var records = new LinkedHashMap<AuditSubject, String>();
		store.about(scope.personRecords(), scope.hubs()).forEach(referral -> records.put(subject(referral.id()), named));
		return records;
	}

	@Override
	@Transactional(readOnly = true)
	public boolean sees(String entryKey, CurrentUser user) {
		var dash = entryKey.indexOf('-');
		if (dash < 0) {
			return false;
		}
		var referral = ReferralId.parse(entryKey.substring(dash + 1)).flatMap(store::byId);
		var hub = referral.flatMap(found -> hubs.find(found.hub()));
		if (hub.isEmpty()) {
			return false;
		}
		var file = cases.ofReferral(referral.get().id());
		return switch (entryKey.substring(0, dash)) {
			case "referral" -> ReferralAccess.isReferrer(user, referral.get()) || ReferralAccess.maySeeWhole(user, hub.get(), file);
			case "triage" -> ReferralAccess.maySeeWhole(user, hub.get(), file);
			case "deconfliction" -> ReferralAccess.isPoliceMember(user, hub.get(), agencies);
			default -> false;
		};
	}

	@Override
	public Map<AuditAction, Kind> kinds() {
		return Map.of(
				Referrals.SUBMITTED, Kind.CHANGE,
				Referrals.VIEWED, Kind.READ,
				Referrals.LISTED, Kind.READ,
				Referrals.STATUS_VIEWED, Kind.READ,
				Referrals.DECONFLICTION_REQUESTED, Kind.CHANGE,
				Referrals.DECONFLICTION_ANSWERED, Kind.CHANGE,
				Referrals.DECIDED, Kind.CHANGE,
				Referrals.PERSON_LINKED, Kind.CHANGE,
				Referrals.PERSON_UNLINKED, Kind.CHANGE);
	}

	private String staff(UserId user) {
		return accounts.card(user).map(StaffCard::displayName).orElse("a staff member whose account was removed");
	}

	private static AuditSubject subject(ReferralId id) {
		return AuditSubject.of("referral", id);
	}
}
