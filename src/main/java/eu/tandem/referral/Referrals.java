package eu.tandem.referral;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import eu.tandem.agency.Agencies;
import eu.tandem.agency.Sector;
import eu.tandem.audit.AuditAction;
import eu.tandem.audit.AuditEvent;
import eu.tandem.audit.AuditLog;
import eu.tandem.audit.AuditOutcome;
import eu.tandem.audit.AuditSubject;
import eu.tandem.casework.CaseAccess;
import eu.tandem.casework.CaseClosed;
import eu.tandem.casework.CaseFiles;
import eu.tandem.casework.CaseReopened;
import eu.tandem.casework.Reference;
import eu.tandem.hub.Hub;
import eu.tandem.hub.HubId;
import eu.tandem.hub.HubStewardship;
import eu.tandem.hub.Hubs;
import eu.tandem.identity.CurrentUser;
import eu.tandem.kernel.InvalidInput;
import eu.tandem.kernel.NotFound;
import eu.tandem.kernel.PlainText;
import eu.tandem.kernel.ReferralId;
import eu.tandem.person.PersonDetails;
import eu.tandem.person.PersonId;
import eu.tandem.person.PersonRecord;
import eu.tandem.person.Persons;
import eu.tandem.web.Dates;
import eu.tandem.web.TimeZones;
import eu.tandem.web.Words;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Referrals from intake to the triage decision. Every view of a referral is traced; what a user may see is
 * decided per referral by {@link ReferralAccess}, and a referral they may not see does not exist for them.
 */
@Service
public class Referrals {

	static final AuditAction SUBMITTED = AuditAction.of("referral.submitted");
	static final AuditAction VIEWED = AuditAction.of("referral.viewed");
	static final AuditAction LISTED = AuditAction.of("referral.listed");
	static final AuditAction STATUS_VIEWED = AuditAction.of("referral.status-viewed");
	static final AuditAction DECONFLICTION_REQUESTED = AuditAction.of("referral.deconfliction-requested");
	static final AuditAction DECONFLICTION_ANSWERED = AuditAction.of("referral.deconfliction-answered");
	static final AuditAction DECIDED = AuditAction.of("referral.decided");
	static final AuditAction PERSON_LINKED = AuditAction.of("referral.person-linked");
	static final AuditAction PERSON_UNLINKED = AuditAction.of("referral.person-unlinked");

	private final ReferralStore store;
	private final Hubs hubs;
	private final Agencies agencies;
	private final Persons persons;
	private final CaseFiles cases;
	private final AuditLog audit;
	private final Clock clock;
	private final Dates dates;

	Referrals(ReferralStore store, Hubs hubs, Agencies agencies, Persons persons, CaseFiles cases, AuditLog audit,
			Clock clock, Dates dates) {
		this.store = store;
		this.hubs = hubs;
		this.agencies = agencies;
		this.persons = persons;
		this.cases = cases;
		this.audit = audit;
		this.clock = clock;
		this.dates = dates;
	}

	/**
	 * Files a referral. A practitioner refers for themselves; only the hub's coordinators, as its single point
	 * of contact, record what came in by phone or from the public. The person, if named, is registered as
	 * known to the hub, with their guardian; all of it or nothing.
	 */
	@Transactional
	public ReferralId submit(NewReferral referral, CurrentUser actor) {
		var hub = hubs.find(referral.hub()).orElseThrow(() -> InvalidInput.of("hub", "referral.error.hubMissing"));
		if (referral.channel() != Concern.Channel.PRACTITIONER && !CaseAccess.coordinates(actor, hub)) {
			throw InvalidInput.of("channel", "referral.error.channelOnlyForCoordinators");
		}
		var today = hub.today(clock);
		NewReferral.observedNotInFuture(referral.observedOn(), today);
		PersonId person = null;
		if (referral.person().isPresent()) {
			person = persons.register(referral.person().get(), hub.id(), actor);
			if (referral.guardian().isPresent()) {
				persons.registerRelated(new PersonDetails(List.of(referral.guardian().get()), null, null, null, Set.of(),
						List.of(), List.of()), person, PersonRecord.Relation.Kind.GUARDIAN, "guardian", actor);
			}
		}
		var id = ReferralId.random();
		// the year as the hub counts it, in its own time zone
		var year = today.getYear();
		var reference = Reference.of(hub.referencePrefix(), year, store.nextNumber(hub.id(), year));
		store.insert(id, reference, referral, person, actor.id(), actor.agencyId(), clock.instant());
		trace(actor, SUBMITTED, id, null);
		return id;
	}

	/** The referrer's own referrals, with where each stands; the content of a case never comes back. */
	@Transactional
	public List<Referral> mine(CurrentUser actor) {
		var mine = store.ofReferrer(actor.id());
		mine.forEach(referral -> trace(actor, STATUS_VIEWED, referral.id(), null));
		return mine;
	}

	/**
	 * One referral as its referrer wrote it, for the referrer alone: what they sent and where it stands, never the
	 * hub's reasons or the case. Anyone else's attempt is traced as refused, and the referral does not exist for them.
	 */
	@Transactional
	public Referral sent(ReferralId id, CurrentUser actor) {
		var referral = store.byId(id).orElseThrow(NotFound::new);
		if (!ReferralAccess.isReferrer(actor, referral)) {
			audit.recordRefusal(AuditEvent.denied(actor.asAuditActor(), VIEWED, AuditSubject.of("referral", id), "not-referrer"));
			throw new NotFound();
		}
		trace(actor, VIEWED, id, "own referral");
		return referral;
	}

	/**
	 * The day it is now where a hub works, for a form about to be sent to it; the default zone's day for a hub that
	 * does not exist (the form refuses it).
	 */
	@Transactional(readOnly = true)
	LocalDate todayIn(Optional<HubId> hub) {
		return LocalDate.now(clock.withZone(hub.flatMap(hubs::find).map(Hub::zone).orElse(TimeZones.DEFAULT)));
	}

	/** The reference of a referral, for the referral screen to tell its referrer; not personal data, not traced. */
	@Transactional(readOnly = true)
	String referenceOf(ReferralId id) {
		return store.byId(id).map(Referral::reference).orElseThrow(NotFound::new);
	}

	/** The referrals waiting for triage in the hubs this user coordinates, each listed one traced. */
	@Transactional
	public List<Referral> triageQueue(CurrentUser actor) {
		var queue = store.inTriage(coordinatedHubs(actor));
		queue.forEach(referral -> trace(actor, LISTED, referral.id(), "triage queue"));
		return queue;
	}

	/** Whether this user coordinates the referral's hub: only they see "already known?" and decide. */
	@Transactional(readOnly = true)
	public boolean coordinates(Referral referral, CurrentUser actor) {
		return hubs.find(referral.hub()).map(hub -> CaseAccess.coordinates(actor, hub)).orElse(false);
	}

	/** A referral whole, for its hub's coordinators and its case team; traced with the purpose. */
	@Transactional
	public Referral view(ReferralId id, CurrentUser actor, String purpose) {
		var referral = store.byId(id).orElseThrow(NotFound::new);
		var hub = hubs.find(referral.hub()).orElseThrow(NotFound::new);
		if (!ReferralAccess.maySeeWhole(actor, hub, cases.ofReferral(id))) {
			audit.recordRefusal(AuditEvent.denied(actor.asAuditActor(), VIEWED, AuditSubject.of("referral", id), "not-entitled"));
			throw new NotFound();
		}
		trace(actor, VIEWED, id, purpose);
		return referral;
	}

	@Transactional
	public void requestDeconfliction(ReferralId id, CurrentUser actor) {
		var referral = coordinated(id, actor, DECONFLICTION_REQUESTED);
		if (referral.status() != ReferralStatus.IN_TRIAGE) {
			throw InvalidInput.of("deconfliction", "referral.error.decidedAlready");
		}
		if (!referral.identifiable()) {
			throw InvalidInput.of("deconfliction", "referral.error.nobodyToCheck");
		}
		var hub = hubs.find(referral.hub()).orElseThrow(NotFound::new);
		if (!store.requestDeconfliction(id, actor.id(), clock.instant(), hub.today(clock))) {
			throw referral.deconfliction().answer() == Referral.Deconfliction.Answer.HOLD
					? InvalidInput.of("deconfliction", "referral.error.heldUntil", dates.day(referral.deconfliction().reviewOn()))
					: InvalidInput.of("deconfliction", "referral.error.askedAlready");
		}
		trace(actor, DECONFLICTION_REQUESTED, id, null);
	}

	/**
	 * Whether this user is the police member of some hub, who answers deconfliction: the menu offers the screen to
	 * them alone. A user of another sector is answered from their agency, without reading the hubs.
	 */
	@Transactional(readOnly = true)
	public boolean answersDeconfliction(CurrentUser actor) {
		return agencies.find(actor.agencyId()).map(agency -> agency.details().sector() == Sector.POLICE).orElse(false)
				&& hubs.all().stream().anyMatch(hub -> ReferralAccess.isPoliceMember(actor, hub, agencies));
	}

	/** The requests waiting for this user's answer, as the police member of their hubs. */
	@Transactional(readOnly = true)
	public List<Referral> deconflictionRequests(CurrentUser actor) {
		var policeHubs = hubs.all().stream().filter(hub -> ReferralAccess.isPoliceMember(actor, hub, agencies))
			.map(Hub::id).toList();
		return store.awaitingDeconfliction(policeHubs);
	}

	/**
	 * The police member answers "proceed", or "hold" with a date to look again. Nothing else is asked or
	 * recorded, so the hub learns nothing about whether an investigation exists.
	 */
	@Transactional
	public void answerDeconfliction(ReferralId id, Referral.Deconfliction.Answer answer, LocalDate reviewOn,
			CurrentUser actor) {
		var referral = store.byId(id).orElseThrow(NotFound::new);
		var hub = hubs.find(referral.hub()).orElseThrow(NotFound::new);
		if (referral.deconfliction() == null || !ReferralAccess.isPoliceMember(actor, hub, agencies)
				|| referral.deconfliction().requestedBy().equals(actor.id())) {
			audit.recordRefusal(AuditEvent.denied(actor.asAuditActor(), DECONFLICTION_ANSWERED, AuditSubject.of("referral", id),
					"not-asked"));
			throw new NotFound();
		}
		if (referral.status() != ReferralStatus.IN_TRIAGE || referral.deconfliction().answered()) {
			throw InvalidInput.of("answer", "referral.error.answeredAlready");
		}
		if (answer == Referral.Deconfliction.Answer.HOLD) {
			if (reviewOn == null) {
				throw InvalidInput.of("reviewOn", "referral.error.holdWithoutDate");
			}
			if (!reviewOn.isAfter(hub.today(clock))) {
				throw InvalidInput.of("reviewOn", "referral.error.reviewNotAfterToday");
			}
		}
		if (!store.answerDeconfliction(id, answer, answer == Referral.Deconfliction.Answer.HOLD ? reviewOn : null, actor.id(),
				clock.instant())) {
			throw InvalidInput.of("answer", "referral.error.answeredAMomentAgo");
		}
		trace(actor, DECONFLICTION_ANSWERED, id, null);
	}

	/**
	 * The coordinator's decision, always with a rationale. Proceeding needs the police member's "proceed"
	 * first, and opens the case; signposting names the service; both that and "no further action" close the
	 * referral, which the referrer sees.
	 */
	@Transactional
	public void decide(ReferralId id, Referral.Decision decision, String rationale, String signpostedTo, CurrentUser actor) {
		var referral = coordinated(id, actor, DECIDED);
		var why = PlainText.requiredMultiLine("rationale", Words.of("referral.triage.rationale"), rationale, 3000);
		var where = PlainText.optional("signpostedTo", Words.of("referral.field.signpostedTo"), signpostedTo, 200);
		if (decision == Referral.Decision.SIGNPOST && where == null) {
			throw InvalidInput.of("signpostedTo", "referral.error.serviceMissing");
		}
		if (decision == Referral.Decision.PROCEED) {
			var deconfliction = referral.deconfliction();
			if (deconfliction == null) {
				throw InvalidInput.of("decision", "referral.error.proceedBeforeDeconfliction");
			}
			if (deconfliction.answer() == null) {
				throw InvalidInput.of("decision", "referral.error.deconflictionNotAnswered");
			}
			if (deconfliction.answer() != Referral.Deconfliction.Answer.PROCEED) {
				throw InvalidInput.of("decision", "referral.error.proceedWhileHeld", dates.day(deconfliction.reviewOn()));
			}
		}
		var status = switch (decision) {
			case PROCEED -> ReferralStatus.TAKEN_ON;
			case SIGNPOST -> ReferralStatus.SIGNPOSTED;
			case NO_FURTHER_ACTION -> ReferralStatus.NO_FURTHER_ACTION;
		};
		if (!store.decide(id, decision, why, decision == Referral.Decision.SIGNPOST ? where : null, actor.id(), status,
				clock.instant())) {
			throw InvalidInput.of("decision", "referral.error.decidedAMomentAgo");
		}
		if (decision == Referral.Decision.PROCEED) {
			var opened = cases.open(id, referral.reference(), referral.hub(), referral.person(), actor);
			if (!referral.caseAttributes().isEmpty()) {
				cases.markAttributes(opened, referral.caseAttributes(), actor);
			}
		}
		trace(actor, DECIDED, id, null);
	}

	/**
	 * The coordinator decides the referral's person is someone the hub knows already: the new record is merged
	 * into the known one, with the reason, and the referral is about the known person from now on.
	 */
	@Transactional
	public void sameAsKnownPerson(ReferralId id, PersonId known, String reason, CurrentUser actor) {
		var referral = coordinated(id, actor, PERSON_LINKED);
		requireInTriage(referral);
		if (referral.person() == null) {
			throw InvalidInput.of("merge", "referral.error.namesNobody");
		}
		if (!store.originalPerson(id).map(original -> original.equals(referral.person())).orElse(false)) {
			throw InvalidInput.of("merge", "referral.error.linkedAlready");
		}
		if (!persons.hubsOf(known).contains(referral.hub())) {
			audit.recordRefusal(AuditEvent.denied(actor.asAuditActor(), PERSON_LINKED, AuditSubject.of("referral", id),
					"person-not-of-hub"));
			throw new NotFound();
		}
		persons.merge(known, referral.person(), reason, actor,
				cases::openHubsOf);
		store.setPerson(id, known);
		trace(actor, PERSON_LINKED, id, null);
	}

	/**
	 * "Not the same person after all": undoes the coordinator's merge and gives the referral its own record
	 * back, exactly as it was filed.
	 */
	@Transactional
	public void notSamePerson(ReferralId id, String reason, CurrentUser actor) {
		var referral = coordinated(id, actor, PERSON_UNLINKED);
		requireInTriage(referral);
		var original = store.originalPerson(id).filter(own -> !own.equals(referral.person()))
			.orElseThrow(() -> InvalidInput.of("unmerge", "referral.error.notLinked"));
		persons.unmerge(original, reason, actor);
		store.setPerson(id, original);
		trace(actor, PERSON_UNLINKED, id, null);
	}

	/** A closed case closes its referral: the referrer sees the way back. */
	@EventListener
	void on(CaseClosed closed) {
		store.close(closed.referral(), clock.instant());
	}

	/** A reopened case opens its referral again, as taken on: the referrer sees the work go on. */
	@EventListener
	void on(CaseReopened reopened) {
		store.reopen(reopened.referral());
	}

	/** The hubs this user coordinates. */
	@Transactional(readOnly = true)
	public List<HubId> coordinatedHubs(CurrentUser actor) {
		return HubStewardship.coordinatedBy(actor, hubs.all());
	}

	/** Who the referral is about may change only while it is in triage: a case is opened about one person. */
	private static void requireInTriage(Referral referral) {
		if (referral.status() != ReferralStatus.IN_TRIAGE) {
			throw InvalidInput.of("merge", "referral.error.personPartOfTheCase");
		}
	}

	/** The referral, for its hub's coordinators; anyone else's attempt is traced as refused. */
	private Referral coordinated(ReferralId id, CurrentUser actor, AuditAction action) {
		var referral = store.byId(id).orElseThrow(NotFound::new);
		var hub = hubs.find(referral.hub()).orElseThrow(NotFound::new);
		if (!CaseAccess.coordinates(actor, hub)) {
			audit.recordRefusal(AuditEvent.denied(actor.asAuditActor(), action, AuditSubject.of("referral", id), "not-coordinator"));
			if (ReferralAccess.maySeeWhole(actor, hub, cases.ofReferral(id))) {
				throw new AccessDeniedException("Only the hub's coordinators triage");
			}
			throw new NotFound();
		}
		return referral;
	}

	private void trace(CurrentUser actor, AuditAction action, ReferralId id, String purpose) {
		audit.record(new AuditEvent(actor.asAuditActor(), action, AuditOutcome.SUCCESS,
				AuditSubject.of("referral", id), purpose, null));
	}
}
