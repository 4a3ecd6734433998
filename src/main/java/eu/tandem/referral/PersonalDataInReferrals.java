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
 * The police's answer is security information: its entry is withheld until the police release it. Labels and the
 * form's choices are the bundle's words in the request's language, the answer's while one is compiled; dates too.
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
		return entries.isEmpty() ? List.of() : List.of(new HeldSection(words("referral.held.section"), entries));
	}

	private HeldEntry referralEntry(Referral referral) {
		var fields = Fields.of()
			.with(words("referral.held.referral.hub"), hubs.find(referral.hub()).map(Hub::name).orElse(null))
			.with(words("referral.held.referral.received"), InWords.moment(referral.receivedAt()))
			.with(words("referral.held.referral.channel"), named("referral.channel.", referral.channel()))
			.with(words("referral.held.referral.contact"), referral.contactDescription())
			.with(words("referral.held.referral.referredBy"), staff(referral.referrer()) + ", " + agencies.nameOf(referral.referrerAgency()))
			.with(words("referral.held.referral.concern"), referral.concern())
			.with(words("referral.held.referral.observed"), referral.observed())
			.with(words("referral.held.referral.observedOn"), InWords.date(referral.observedOn()))
			.with(words("referral.held.referral.type"), named("referral.type.", referral.type()))
			.with(words("referral.held.referral.vulnerabilities"), referral.vulnerabilities().stream().sorted()
				.map(vulnerability -> named("referral.vulnerability.", vulnerability)).toList())
			.with(words("referral.held.referral.aware"), named("referral.awareness.", referral.personAware()))
			.with(words("referral.held.referral.consent"), named("referral.consent.", referral.consent()))
			.with(words("referral.held.referral.urgency"), named("referral.urgency.", referral.urgency()))
			.with(words("referral.held.referral.status"), named("referral.status.", referral.status()))
			.with(words("referral.held.referral.closed"), InWords.moment(referral.closedAt()));
		return new HeldEntry("referral-" + referral.id().value(), words("referral.held.referral.title"), words("referral.held.referral.kind"),
				referral.receivedAt(), referral.referrerAgency(), referral.referrer(), null, fields.list(), List.of(),
				Set.of(subject(referral.id())));
	}

	private HeldEntry triageEntry(Referral referral) {
		var triage = referral.triage();
		var by = accounts.card(triage.decidedBy()).orElse(null);
		var fields = Fields.of()
			.with(words("referral.held.triage.decision"), named("referral.decision.", triage.decision()))
			.with(words("referral.held.triage.why"), triage.rationale())
			.with(words("referral.held.triage.signpostedTo"), triage.signpostedTo())
			.with(words("referral.held.triage.decidedBy"), staff(triage.decidedBy()) + (by == null ? "" : ", " + agencies.nameOf(by.agencyId())))
			.with(words("referral.held.triage.decidedOn"), InWords.moment(triage.decidedAt()));
		return new HeldEntry("triage-" + referral.id().value(), words("referral.held.triage.title"), words("referral.held.triage.kind"),
				triage.decidedAt(), by == null ? null : by.agencyId(), triage.decidedBy(), null, fields.list(), List.of(), Set.of());
	}

	/** Whether the police asked to hold says whether they know something: security information of the police. */
	private HeldEntry deconflictionEntry(Referral referral) {
		var check = referral.deconfliction();
		var answeredBy = store.deconflictionAnsweredBy(referral.id());
		var recordedBy = answeredBy.orElse(check.requestedBy());
		var agency = accounts.card(recordedBy).map(StaffCard::agencyId).orElse(null);
		var answer = check.answer() == null ? words("referral.held.deconfliction.notAnswered")
				: check.answer() == Referral.Deconfliction.Answer.PROCEED ? words("referral.held.deconfliction.proceed")
						: words("referral.held.deconfliction.holdUntil", InWords.date(check.reviewOn()));
		var fields = Fields.of()
			.with(words("referral.held.deconfliction.askedBy"), staff(check.requestedBy()))
			.with(words("referral.held.deconfliction.askedOn"), InWords.moment(check.requestedAt()))
			.with(words("referral.held.deconfliction.answer"), answer)
			.with(words("referral.held.deconfliction.answeredBy"), answeredBy.map(this::staff).orElse(null))
			.with(words("referral.held.deconfliction.answeredOn"), InWords.moment(check.answeredAt()));
		return new HeldEntry("deconfliction-" + referral.id().value(), words("referral.held.deconfliction.title"),
				words("referral.held.deconfliction.kind"), check.answeredAt() == null ? check.requestedAt() : check.answeredAt(), agency,
				recordedBy, DataCategory.SECURITY, fields.list(), List.of(), Set.of());
	}

	/** Words in the request's language: the answer's, while one is compiled ({@link InWords#compiling}). */
	private String words(String key, Object... arguments) {
		return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}

	/** A constant of the form as the form writes it, e.g. {@code referral.urgency.SOON}. */
	private String named(String prefix, Enum<?> constant) {
		return words(prefix + constant.name());
	}

	@Override
	@Transactional(readOnly = true)
	public Map<AuditSubject, String> records(SubjectScope scope) {
		// in the request's language: the officer's on the access history screen, the answer's when one is compiled
		var named = words("referral.held.record");
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
		return accounts.card(user).map(StaffCard::displayName).orElseGet(() -> words("referral.held.staffRemoved"));
	}

	private static AuditSubject subject(ReferralId id) {
		return AuditSubject.of("referral", id);
	}
}
