package eu.tandem.casework;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import eu.tandem.audit.AuditAction;
import eu.tandem.audit.AuditActor;
import eu.tandem.audit.AuditEvent;
import eu.tandem.audit.AuditLog;
import eu.tandem.audit.AuditOutcome;
import eu.tandem.audit.AuditSubject;
import eu.tandem.hub.Hub;
import eu.tandem.hub.HubId;
import eu.tandem.hub.HubStewardship;
import eu.tandem.hub.Hubs;
import eu.tandem.identity.Accounts;
import eu.tandem.identity.CurrentUser;
import eu.tandem.identity.Role;
import eu.tandem.identity.StaffCard;
import eu.tandem.identity.UserId;
import eu.tandem.kernel.InvalidInput;
import eu.tandem.kernel.NotFound;
import eu.tandem.kernel.PlainText;
import eu.tandem.kernel.ReferralId;
import eu.tandem.knowledge.CaseAttribute;
import eu.tandem.person.PersonId;
import eu.tandem.person.Persons;
import eu.tandem.web.Words;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Cases: opened from triage, owned by one practitioner, worked by a team, moved through their life with a trace. */
@Service
public class CaseFiles {

	private static final SupportPlans NO_PLANS = new SupportPlans() {

		@Override
		public boolean agreed(CaseId id) {
			return false;
		}

		@Override
		public List<String> stillOpen(CaseId id) {
			return List.of();
		}
	};

	static final AuditAction OPENED = AuditAction.of("casework.opened");
	static final AuditAction VIEWED = AuditAction.of("casework.viewed");
	static final AuditAction LISTED = AuditAction.of("casework.listed");
	static final AuditAction SEARCHED = AuditAction.of("casework.searched");
	static final AuditAction OWNER_APPOINTED = AuditAction.of("casework.owner-appointed");
	static final AuditAction TEAM_JOINED = AuditAction.of("casework.team-joined");
	static final AuditAction CLOSED = AuditAction.of("casework.closed");
	static final AuditAction TEAM_LEFT = AuditAction.of("casework.team-left");
	static final AuditAction ATTRIBUTES_MARKED = AuditAction.of("casework.attributes-marked");
	static final AuditAction MOVED = AuditAction.of("casework.moved");
	static final AuditAction REOPENED = AuditAction.of("casework.reopened");

	/** Tandem itself, moving a case as planned work falls due. */
	private static final AuditActor TANDEM = new AuditActor(null, "case-life-job", null, Set.of());

	private final CaseStore store;
	private final EmergencyStore emergencies;
	private final Hubs hubs;
	private final Accounts accounts;
	private final Persons persons;
	private final AuditLog audit;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final ObjectProvider<SupportPlans> plans;
	private final ObjectProvider<SupportBasis> supportBasis;

	CaseFiles(CaseStore store, EmergencyStore emergencies, Hubs hubs, Accounts accounts, Persons persons, AuditLog audit,
			ApplicationEventPublisher events, Clock clock, ObjectProvider<SupportPlans> plans, ObjectProvider<SupportBasis> supportBasis) {
		this.plans = plans;
		this.supportBasis = supportBasis;
		this.persons = persons;
		this.store = store;
		this.emergencies = emergencies;
		this.hubs = hubs;
		this.accounts = accounts;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Opens the case for a referral the hub takes on, under the referral's reference; the caller decided that, as
	 * the hub's coordinator.
	 */
	@Transactional
	public CaseId open(ReferralId referral, String reference, HubId hub, @Nullable PersonId person, CurrentUser actor) {
		var coordinator = hubs.find(hub).filter(found -> CaseAccess.coordinates(actor, found));
		if (coordinator.isEmpty()) {
			throw new AccessDeniedException("Only the hub's coordinators open cases");
		}
		var id = new CaseId(UUID.randomUUID());
		store.insert(id, referral, reference, hub, person, clock.instant());
		trace(actor, OPENED, id);
		return id;
	}

	/**
	 * The case, for its team, its hub's coordinators and whoever broke the glass; for anyone else it does not
	 * exist. Traced, with "emergency" as the purpose when the sight comes from breaking the glass.
	 */
	@Transactional
	public CaseStanding view(CaseId id, CurrentUser actor) {
		var standing = visible(id, actor);
		audit.record(new AuditEvent(actor.asAuditActor(), VIEWED, AuditOutcome.SUCCESS, AuditSubject.of("case", id),
				standing.entitled() ? null : "emergency", null));
		return standing;
	}

	/**
	 * How the user stands to the case at this moment, read fresh from the database at every call so that a
	 * removal from the team or an expired emergency grant counts at the very next request. Empty when the case
	 * does not exist. Not traced: the caller traces what it shows.
	 */
	@Transactional(readOnly = true)
	public Optional<CaseStanding> standing(CaseId id, CurrentUser actor) {
		return store.byId(id).flatMap(file -> hubs.find(file.hub()).map(hub -> standing(file, hub, actor)));
	}

	private CaseStanding standing(CaseFile file, Hub hub, CurrentUser actor) {
		var grants = emergencies.active(file.id(), actor.id(), clock.instant());
		var caseLevel = grants.stream().anyMatch(grant -> grant.scope() == EmergencyAccess.Scope.CASE);
		var steps = grants.stream().map(grant -> grant.scope().category()).flatMap(Optional::stream)
			.collect(java.util.stream.Collectors.toSet());
		return new CaseStanding(file, actor.id(), file.onTeam(actor.id()), CaseAccess.coordinates(actor, hub), caseLevel, steps,
				CaseAccess.dataProtectionOfficerOfTheHub(actor, hub));
	}

	/**
	 * The case a typed reference names ({@code AUG-2026-0042}, read forgivingly, or the case's identifier), whether
	 * or not this user may see it: the caller decides, and answers "not found" alike for both. Not traced.
	 */
	@Transactional(readOnly = true)
	public Optional<CaseId> named(String typed) {
		return Reference.read(typed).flatMap(store::idOfReference).or(() -> CaseId.parse(typed == null ? "" : typed.strip()));
	}

	/** The references of these cases, to name them on a screen; not personal data, not traced. */
	@Transactional(readOnly = true)
	public java.util.Map<CaseId, String> referencesOf(java.util.Collection<CaseId> ids) {
		return store.referencesOf(ids);
	}

	@Transactional(readOnly = true)
	public Optional<CaseFile> ofReferral(ReferralId referral) {
		return store.byReferral(referral);
	}

	/** The cases someone owns or works on, and those of the hubs they coordinate; each listed one traced. */
	@Transactional
	public List<CaseFile> mine(CurrentUser actor) {
		var mine = listable(actor);
		mine.forEach(file -> traceListed(actor, file.id(), "my cases"));
		return mine;
	}

	/**
	 * Finds a case among those the user may list ("my cases"), by its reference or by the person it is about: the
	 * search is traced, and so is each case it finds; a case the user may not see is never among the results.
	 */
	@Transactional
	public List<CaseFile> find(CaseQuery query, CurrentUser actor) {
		var listable = listable(actor);
		var found = query.reference().map(reference -> listable.stream().filter(file -> file.reference().equals(reference)).toList())
			.orElseGet(() -> {
				var people = listable.stream().map(CaseFile::person).filter(java.util.Objects::nonNull)
					.collect(Collectors.toSet());
				var going = persons.goingBy(people, query.text(), query.born());
				return listable.stream().filter(file -> file.person() != null && going.contains(file.person())).toList();
			});
		audit.record(new AuditEvent(actor.asAuditActor(), SEARCHED, AuditOutcome.SUCCESS, AuditSubject.of("account", actor.id()),
				query.reference().isPresent() ? "find a case by reference" : "find a case by name", null));
		found.forEach(file -> traceListed(actor, file.id(), "case search"));
		return found;
	}

	private List<CaseFile> listable(CurrentUser actor) {
		var coordinated = HubStewardship.coordinatedBy(actor, hubs.all());
		var mine = new LinkedHashMap<CaseId, CaseFile>();
		store.ofMember(actor.id()).forEach(file -> mine.put(file.id(), file));
		store.ofHubs(coordinated).forEach(file -> mine.putIfAbsent(file.id(), file));
		return List.copyOf(mine.values());
	}

	private void traceListed(CurrentUser actor, CaseId id, String purpose) {
		audit.record(new AuditEvent(actor.asAuditActor(), LISTED, AuditOutcome.SUCCESS, AuditSubject.of("case", id), purpose, null));
	}

	/** Every case about a person, open or closed, oldest first. Not traced: for exports that trace themselves. */
	@Transactional(readOnly = true)
	public List<CaseFile> ofPerson(PersonId person) {
		return store.ofPerson(person);
	}

	/** The hubs in which a person has an open case: records of one person open in two hubs stay apart. */
	@Transactional(readOnly = true)
	public Set<HubId> openHubsOf(PersonId person) {
		return store.openHubsOf(person);
	}

	/** The practitioners who may own or join a case of this hub: active practitioners of its member agencies. */
	@Transactional(readOnly = true)
	public List<StaffCard> practitionersOf(HubId hubId) {
		var hub = hubs.find(hubId).orElseThrow(NotFound::new);
		return hub.agencies().stream().flatMap(member -> accounts.activeStaffOf(member.agency()).stream())
			.filter(card -> card.roles().contains(Role.PRACTITIONER)).toList();
	}

	/** The coordinator appoints the case owner from the hub's practitioners; the owner joins the team. */
	@Transactional
	public void appointOwner(CaseId id, UserId owner, CurrentUser actor) {
		var standing = visible(id, actor);
		var file = standing.file();
		var hub = hubs.find(file.hub()).orElseThrow();
		if (!standing.appointsOwner()) {
			throw refused(actor, OWNER_APPOINTED, id, "not-coordinator", "Only the hub's coordinators appoint case owners");
		}
		requireOpen(file);
		var card = practitioner(hub, owner);
		store.setOwner(id, owner);
		store.addMember(id, owner, card.agencyId(), clock.instant());
		trace(actor, OWNER_APPOINTED, id);
	}

	/** The coordinator or the case owner adds a practitioner of a member agency to the team; a member is added once. */
	@Transactional
	public void addToTeam(CaseId id, UserId member, CurrentUser actor) {
		var standing = visible(id, actor);
		var file = standing.file();
		var hub = hubs.find(file.hub()).orElseThrow();
		if (!standing.buildsTeam()) {
			throw refused(actor, TEAM_JOINED, id, "not-owner-or-coordinator", "Only the case owner and the hub's coordinators build the team");
		}
		requireOpen(file);
		if (file.onTeam(member)) {
			throw accounts.card(member).map(card -> InvalidInput.of("member", "casework.error.onTheTeamAlready", card.displayName()))
				.orElseGet(() -> InvalidInput.of("member", "casework.error.practitionerOnTheTeamAlready"));
		}
		var card = practitioner(hub, member);
		store.addMember(id, member, card.agencyId(), clock.instant());
		trace(actor, TEAM_JOINED, id);
	}

	/**
	 * The coordinator or the case owner takes a practitioner off the team; the owner stays until another is
	 * appointed. Their sight of the case ends at their next request.
	 */
	@Transactional
	public void removeFromTeam(CaseId id, UserId member, CurrentUser actor) {
		var standing = visible(id, actor);
		var file = standing.file();
		if (!standing.buildsTeam()) {
			throw refused(actor, TEAM_LEFT, id, "not-owner-or-coordinator", "Only the case owner and the hub's coordinators build the team");
		}
		if (member.equals(file.owner())) {
			throw InvalidInput.of("member", "casework.error.ownerStaysOnTheTeam");
		}
		if (store.removeMember(id, member, actor.id(), clock.instant())) {
			trace(actor, TEAM_LEFT, id);
		}
	}

	/** The case owner or a coordinator closes the case, saying why; the referrer sees that it is closed, not why. */
	@Transactional
	public void close(CaseId id, String reason, CurrentUser actor) {
		move(id, CaseState.CLOSED, reason, actor);
	}

	/**
	 * The case owner or a coordinator moves the case on in its life: to information gathering, support, review,
	 * closed, ended, or back from closed (reopened). {@link CaseLifecycle} decides whether the move is allowed from the
	 * state the case is in, with what is known now; a refused move comes back with every reason, each tied to its
	 * field. The move is recorded with who made it, when and why, and traced.
	 */
	@Transactional
	public Transition move(CaseId id, CaseState to, @Nullable String reason, CurrentUser actor) {
		var action = to == CaseState.CLOSED ? CLOSED : MOVED;
		var standing = visible(id, actor);
		if (!standing.movesCase()) {
			throw refused(actor, action, id, "not-owner-or-coordinator", "Only the case owner and the hub's coordinators move a case on");
		}
		var why = PlainText.optionalMultiLine(CaseLifecycle.REASON, Words.of("casework.show.move.reason"), reason, 2000);
		store.lock(id);
		var file = store.byId(id).orElseThrow(NotFound::new);
		var from = file.state();
		// without a module that keeps plans or consent, no plan is agreed and no basis recorded: support cannot begin
		var plan = plans.getIfAvailable(() -> NO_PLANS);
		var basis = supportBasis.getIfAvailable(() -> (caseId, hub) -> false);
		var facts = new CaseLifecycle.Facts(file.owner() != null, basis.recorded(id, file.hub()), plan.agreed(id),
				why != null && why.codePointCount(0, why.length()) >= 10, plan.stillOpen(id));
		if (CaseLifecycle.decide(from, to, facts) instanceof CaseLifecycle.Refused refused) {
			throw refused.problem();
		}
		var now = clock.instant();
		store.move(id, from, to, why, actor.id(), now);
		var moved = new Transition(from, to, why, actor.id(), now);
		trace(actor, moved.reopened() ? REOPENED : action, id);
		if (to == CaseState.CLOSED) {
			events.publishEvent(new CaseClosed(id, file.referral()));
		}
		else if (moved.reopened()) {
			events.publishEvent(new CaseReopened(id, file.referral()));
		}
		return moved;
	}

	/**
	 * Tandem moves the case itself, as planned work falls due: a closed case into follow-up when a follow-up check is
	 * due, a followed-up case to its end once no check is left. The same rule decides as for a person ({@link
	 * CaseLifecycle}); the move is recorded without a mover and traced as Tandem's. Empty when the case is no longer where
	 * the caller found it (someone moved it meanwhile), so that a scheduler that lost a race does nothing.
	 */
	@Transactional
	public Optional<Transition> moveAsTandem(CaseId id, CaseState from, CaseState to) {
		store.lock(id);
		var file = store.byId(id).orElseThrow(NotFound::new);
		if (file.state() != from) {
			return Optional.empty();
		}
		var plan = plans.getIfAvailable(() -> NO_PLANS);
		var facts = new CaseLifecycle.Facts(file.owner() != null, false, plan.agreed(id), false, plan.stillOpen(id));
		if (CaseLifecycle.decide(from, to, facts) instanceof CaseLifecycle.Refused refused) {
			throw refused.problem();
		}
		var now = clock.instant();
		store.move(id, from, to, null, null, now);
		audit.record(AuditEvent.success(TANDEM, MOVED, AuditSubject.of("case", id)));
		return Optional.of(new Transition(from, to, null, null, now));
	}

	/**
	 * Every move in the case's life, oldest first, for whoever sees the case, asked with the standing {@link #view}
	 * gave for this request; not traced: the view of the case is.
	 */
	@Transactional(readOnly = true)
	List<Transition> transitions(CaseStanding standing) {
		if (!standing.seesCase()) {
			throw new NotFound();
		}
		return store.transitions(standing.file().id());
	}

	/**
	 * When the case last moved into this state, if it ever did: the day support began, from which the first review
	 * is counted. A date of the case's life, for scheduling; not traced.
	 */
	@Transactional(readOnly = true)
	public Optional<java.time.Instant> lastEntered(CaseId id, CaseState state) {
		return store.transitions(id).stream().filter(move -> move.to() == state).map(Transition::at).reduce((first, second) -> second);
	}

	/**
	 * Why a case was closed and who closed it: {@code closedBy} is their name, or null when their account is gone;
	 * {@code saysWho} is false for a case closed before the closer was recorded.
	 */
	record Closing(String reason, boolean saysWho, @Nullable String closedBy) {
	}

	/**
	 * Why a closed case was closed and by whom, for whoever sees the case, asked with the standing {@link #view} gave
	 * for this request; not traced: the view of the case is. Package-private, because {@link CaseStanding} can be built
	 * by anyone: only the case page, which got its standing from {@link #view}, may ask with one.
	 */
	@Transactional(readOnly = true)
	Optional<Closing> closing(CaseStanding standing) {
		if (!standing.seesCase()) {
			throw new NotFound();
		}
		return store.closing(standing.file().id()).map(closing -> new Closing(closing.reason(), closing.by() != null,
				closing.by() == null ? null : accounts.card(closing.by()).map(StaffCard::displayName).orElse(null)));
	}

	/**
	 * What the team marked as applying to the case (a returnee, in prison …), for whoever sees the case; for anyone
	 * else the case does not exist. Not traced: the caller traces the view of the case it shows them on.
	 */
	@Transactional
	public Set<CaseAttribute> attributes(CaseId id, CurrentUser actor) {
		visible(id, actor);
		return store.attributes(id);
	}

	/**
	 * The case team or a coordinator marks what applies to the case (a child, a returnee, in prison …), replacing
	 * what was marked; the case screens show the network's knowledge for it.
	 */
	@Transactional
	public void markAttributes(CaseId id, Set<CaseAttribute> attributes, CurrentUser actor) {
		var standing = visible(id, actor);
		if (!standing.marksAttributes()) {
			throw refused(actor, ATTRIBUTES_MARKED, id, "not-team-or-coordinator",
					"Only the case team and the hub's coordinators mark what applies to a case");
		}
		if (!standing.file().open()) {
			throw InvalidInput.of("attributes", "casework.error.closedAttributesStay");
		}
		store.markAttributes(id, attributes, actor.id(), clock.instant());
		trace(actor, ATTRIBUTES_MARKED, id);
	}

	private static void requireOpen(CaseFile file) {
		if (!file.open()) {
			throw InvalidInput.of("member", "casework.error.closedTeamStays");
		}
	}

	private StaffCard practitioner(Hub hub, UserId user) {
		var card = accounts.card(user).filter(StaffCard::active)
			.orElseThrow(() -> InvalidInput.of("member", "casework.error.noActivePractitioner"));
		if (!card.roles().contains(Role.PRACTITIONER) || !hub.hasMemberAgency(card.agencyId())) {
			throw InvalidInput.of("member", "casework.error.notAPractitionerOfTheHub", card.displayName(), hub.name());
		}
		return card;
	}

	private CaseStanding visible(CaseId id, CurrentUser actor) {
		var standing = standing(id, actor).orElseThrow(NotFound::new);
		if (!standing.seesCase()) {
			audit.recordRefusal(AuditEvent.denied(actor.asAuditActor(), VIEWED, AuditSubject.of("case", id), "not-entitled"));
			throw new NotFound();
		}
		return standing;
	}

	/** Someone who sees the case may not do this to it: refused with 403, and the attempt traced like any refusal. */
	private AccessDeniedException refused(CurrentUser actor, AuditAction action, CaseId id, String reason, String message) {
		audit.recordRefusal(AuditEvent.denied(actor.asAuditActor(), action, AuditSubject.of("case", id), reason));
		return new AccessDeniedException(message);
	}

	private void trace(CurrentUser actor, AuditAction action, CaseId id) {
		audit.record(AuditEvent.success(actor.asAuditActor(), action, AuditSubject.of("case", id)));
	}
}
