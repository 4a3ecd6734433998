package eu.tandem.casework;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import eu.tandem.audit.AuditAction;
import eu.tandem.audit.AuditEvent;
import eu.tandem.audit.AuditLog;
import eu.tandem.audit.AuditOutcome;
import eu.tandem.audit.AuditSubject;
import eu.tandem.hub.DataCategory;
import eu.tandem.hub.Hub;
import eu.tandem.hub.HubId;
import eu.tandem.hub.Hubs;
import eu.tandem.identity.CurrentUser;
import eu.tandem.identity.Role;
import eu.tandem.identity.StepUp;
import eu.tandem.kernel.InvalidInput;
import eu.tandem.kernel.NotFound;
import eu.tandem.kernel.PlainText;
import eu.tandem.web.Dates;
import eu.tandem.web.Words;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Break the glass: in an emergency a practitioner of the case's hub who is not entitled opens the case for a
 * limited time, with a stated reason. The grant and its audit event are written in one transaction, always;
 * the case owner sees it on the case and the hub's data protection officers in their review queue.
 * The case-level grant opens identity and what the hub's agreements let flow to the grantee's agency. Health,
 * security and justice information each need a second step inside a running case-level grant: its own reason and a
 * fresh authenticator code; the agencies that recorded such information are told at once.
 */
@Service
public class BreakGlass {

	static final AuditAction GLASS_BROKEN = AuditAction.of("casework.glass-broken");
	static final AuditAction HEALTH_GLASS_BROKEN = AuditAction.of("casework.health-glass-broken");
	static final AuditAction SECURITY_GLASS_BROKEN = AuditAction.of("casework.security-glass-broken");
	static final AuditAction JUSTICE_GLASS_BROKEN = AuditAction.of("casework.justice-glass-broken");
	static final AuditAction REVIEWED = AuditAction.of("casework.emergency-reviewed");
	static final AuditAction REVIEW_LISTED = AuditAction.of("casework.emergency-listed");
	static final int SHORTEST_REASON = 20;

	private final CaseStore cases;
	private final EmergencyStore grants;
	private final Hubs hubs;
	private final StepUp stepUp;
	private final AuditLog audit;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final Duration lasts;
	private final Dates dates;

	BreakGlass(CaseStore cases, EmergencyStore grants, Hubs hubs, StepUp stepUp, AuditLog audit, ApplicationEventPublisher events,
			Clock clock, @Value("${tandem.break-glass.duration:3h}") Duration lasts, Dates dates) {
		this.cases = cases;
		this.grants = grants;
		this.hubs = hubs;
		this.stepUp = stepUp;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
		this.lasts = lasts;
		this.dates = dates;
	}

	/**
	 * Opens the case for {@code tandem.break-glass.duration}, 3 hours by default: identity, and what the hub's
	 * agreements let flow to the grantee's agency — as a team member of that agency would see it.
	 */
	@Transactional
	public EmergencyAccess openCase(CaseId id, String reason, CurrentUser actor) {
		var hub = hubOfCaseFor(id, actor, GLASS_BROKEN);
		var file = cases.byId(id).orElseThrow();
		if (file.onTeam(actor.id()) || CaseAccess.coordinates(actor, hub)) {
			throw refused(actor, GLASS_BROKEN, id, "already-entitled",
					InvalidInput.of("reason", "casework.error.alreadyEntitled"));
		}
		requireOpen(file, actor, GLASS_BROKEN);
		// one grant at a time: two requests at once (a double click) are serialised on the case, and the second is told
		cases.lock(id);
		var now = clock.instant();
		var running = grants.active(id, actor.id(), now).stream().filter(grant -> grant.scope() == EmergencyAccess.Scope.CASE)
			.findFirst();
		if (running.isPresent()) {
			throw refused(actor, GLASS_BROKEN, id, "already-open", InvalidInput.of("reason", "casework.error.alreadyOpen",
					dates.shortDayAndTime(running.get().expiresAt())));
		}
		return grant(id, EmergencyAccess.Scope.CASE, reason(reason, actor, GLASS_BROKEN, id), now, now.plus(lasts), actor, GLASS_BROKEN);
	}

	/**
	 * Opens the case's health, security or justice information too: a second step inside a running case-level grant,
	 * with its own reason, confirmed by a fresh code from the practitioner's authenticator so that a left-open session
	 * is not enough. It ends when the case-level grant ends. Without a case-level grant the step does not exist for
	 * the practitioner (404). The agencies that recorded information of that category in the case are told at once.
	 */
	@Transactional
	public EmergencyAccess openCategory(CaseId id, DataCategory category, String reason, String code, CurrentUser actor) {
		var scope = EmergencyAccess.Scope.stepFor(category)
			.orElseThrow(() -> new IllegalArgumentException(category + " is opened by the case-level grant"));
		var action = stepAction(scope);
		var hub = hubOfCaseFor(id, actor, action);
		cases.lock(id);
		var now = clock.instant();
		var running = grants.active(id, actor.id(), now);
		var caseGrant = running.stream().filter(grant -> grant.scope() == EmergencyAccess.Scope.CASE)
			.max(Comparator.comparing(EmergencyAccess::expiresAt));
		if (caseGrant.isEmpty()) {
			// the same answer as for a case that does not exist: the step is taken inside a case-level grant only
			audit.recordRefusal(AuditEvent.denied(actor.asAuditActor(), action, AuditSubject.of("case", id), "no-case-grant"));
			throw new NotFound();
		}
		requireOpen(cases.byId(id).orElseThrow(), actor, action);
		var opened = running.stream().filter(grant -> grant.scope() == scope).findFirst();
		if (opened.isPresent()) {
			throw refused(actor, action, id, "already-opened", InvalidInput.of("reason", "casework.error.alreadyOpened",
					new DefaultMessageSourceResolvable("casework.scope." + scope.name()), dates.shortDayAndTime(opened.get().expiresAt())));
		}
		var stated = reason(reason, actor, action, id);
		if (!stepUp.confirms(actor, code)) {
			throw refused(actor, action, id, "bad-code", InvalidInput.of("code", "casework.error.badCode"));
		}
		var grant = grant(id, scope, stated, now, caseGrant.get().expiresAt(), actor, action);
		events.publishEvent(new EmergencyStepTaken(grant.id(), id, hub.id(), category, actor.id(), actor.agencyId(), now));
		return grant;
	}

	private static AuditAction stepAction(EmergencyAccess.Scope scope) {
		return switch (scope) {
			case HEALTH -> HEALTH_GLASS_BROKEN;
			case SECURITY -> SECURITY_GLASS_BROKEN;
			case JUSTICE -> JUSTICE_GLASS_BROKEN;
			case CASE -> GLASS_BROKEN;
		};
	}

	/**
	 * The grants not reviewed yet on cases of the hubs the officer's agency belongs to, oldest first. Each listed
	 * one is traced: a grant says who opened which case and why, in words that may be about the person.
	 */
	@Transactional
	public List<EmergencyAccess> reviewQueue(CurrentUser officer) {
		var queue = grants.unreviewed(hubsOfOfficer(officer));
		queue.forEach(grant -> audit.record(new AuditEvent(officer.asAuditActor(), REVIEW_LISTED, AuditOutcome.SUCCESS,
				AuditSubject.of("case", grant.caseId()), "emergency review", null)));
		return queue;
	}

	/** The officer records their review; the grant leaves the queue. */
	@Transactional
	public void review(UUID grantId, String note, CurrentUser officer) {
		var grant = grants.byId(grantId).orElseThrow(NotFound::new);
		var hub = cases.byId(grant.caseId()).map(CaseFile::hub).orElseThrow(NotFound::new);
		if (!hubsOfOfficer(officer).contains(hub)) {
			audit.recordRefusal(AuditEvent.denied(officer.asAuditActor(), REVIEWED, AuditSubject.of("case", grant.caseId()),
					"not-officer-of-hub"));
			throw new NotFound();
		}
		var text = PlainText.requiredMultiLine("note", Words.of("casework.review.note"), note, 2000);
		if (grants.review(grantId, officer.id(), text, clock.instant())) {
			audit.record(AuditEvent.success(officer.asAuditActor(), REVIEWED, AuditSubject.of("case", grant.caseId())));
		}
	}

	/** Everyone's grants on one case, newest first, for its owner and coordinators. */
	@Transactional(readOnly = true)
	public List<EmergencyAccess> onCase(CaseId id) {
		return grants.ofCase(id);
	}

	/** Who may break the glass on a case: practitioners of its hub's member agencies, never system administrators. */
	static boolean mayBreakGlass(CurrentUser actor, Hub hub) {
		return actor.has(Role.PRACTITIONER) && !actor.has(Role.SYSTEM_ADMINISTRATOR) && hub.hasMemberAgency(actor.agencyId());
	}

	/** The hubs of which the user is a data protection officer. */
	List<HubId> hubsOfOfficer(CurrentUser officer) {
		return hubsOfOfficer(officer, hubs.all());
	}

	/** The hubs among these of which the user is a data protection officer. */
	static List<HubId> hubsOfOfficer(CurrentUser officer, List<Hub> among) {
		return among.stream().filter(hub -> CaseAccess.dataProtectionOfficerOfTheHub(officer, hub)).map(Hub::id).toList();
	}

	private Hub hubOfCaseFor(CaseId id, CurrentUser actor, AuditAction action) {
		var hub = cases.byId(id).flatMap(file -> hubs.find(file.hub()));
		if (hub.isEmpty() || !mayBreakGlass(actor, hub.get())) {
			// the same answer whether the case does not exist or the person may not break its glass
			audit.recordRefusal(AuditEvent.denied(actor.asAuditActor(), action, AuditSubject.of("case", id), "not-of-hub"));
			throw new NotFound();
		}
		return hub.get();
	}

	private void requireOpen(CaseFile file, CurrentUser actor, AuditAction action) {
		if (!file.open()) {
			throw refused(actor, action, file.id(), "case-closed", InvalidInput.of("reason", "casework.error.emergencyOnClosedCase"));
		}
	}

	private String reason(String reason, CurrentUser actor, AuditAction action, CaseId id) {
		try {
			return statedReason(reason);
		}
		catch (InvalidInput refused) {
			audit.recordRefusal(AuditEvent.denied(actor.asAuditActor(), action, AuditSubject.of("case", id),
					longEnough(reason) ? "reason-not-plain-text" : "reason-too-short"));
			throw refused;
		}
	}

	/**
	 * The reason for breaking the glass as the rule wants it: at least {@value #SHORTEST_REASON} characters of plain
	 * text. The form checks it by itself too where there is no case to ask about, so that both problems show at once.
	 */
	static String statedReason(String reason) {
		if (!longEnough(reason)) {
			throw InvalidInput.of("reason", "casework.error.reasonTooShort", SHORTEST_REASON);
		}
		return PlainText.requiredMultiLine("reason", Words.of("casework.emergency.reason"), reason.strip(), 2000);
	}

	private static boolean longEnough(String reason) {
		return reason != null && reason.strip().length() >= SHORTEST_REASON;
	}

	private EmergencyAccess grant(CaseId id, EmergencyAccess.Scope scope, String reason, Instant now, Instant expiresAt,
			CurrentUser actor, AuditAction action) {
		var grant = new EmergencyAccess(UUID.randomUUID(), id, actor.id(), actor.agencyId(), scope, reason, now, expiresAt, null,
				null);
		grants.insert(grant);
		// the trace of the grant goes with the grant: there is no setting that turns this off
		audit.record(new AuditEvent(actor.asAuditActor(), action, AuditOutcome.SUCCESS, AuditSubject.of("case", id),
				"emergency", null));
		return grant;
	}

	private InvalidInput refused(CurrentUser actor, AuditAction action, CaseId id, String code, InvalidInput refusal) {
		audit.recordRefusal(AuditEvent.denied(actor.asAuditActor(), action, AuditSubject.of("case", id), code));
		return refusal;
	}
}
