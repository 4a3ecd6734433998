package eu.tandem.casework;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import eu.tandem.audit.AuditAction;
import eu.tandem.audit.AuditEvent;
import eu.tandem.audit.AuditLog;
import eu.tandem.audit.AuditOutcome;
import eu.tandem.audit.AuditSubject;
import eu.tandem.hub.Hub;
import eu.tandem.hub.HubId;
import eu.tandem.hub.Hubs;
import eu.tandem.identity.CurrentUser;
import eu.tandem.identity.Role;
import eu.tandem.identity.StepUp;
import eu.tandem.web.InvalidInput;
import eu.tandem.web.NotFound;
import eu.tandem.web.PlainText;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Break the glass: in an emergency a practitioner of the case's hub who is not entitled opens the case for a
 * limited time, with a stated reason. The grant and its audit event are written in one transaction, always;
 * the case owner sees it on the case and the hub's data protection officers in their review queue.
 * Health information needs a second, stronger step: its own reason and a fresh authenticator code.
 */
@Service
public class BreakGlass {

	static final AuditAction GLASS_BROKEN = AuditAction.of("casework.glass-broken");
	static final AuditAction HEALTH_GLASS_BROKEN = AuditAction.of("casework.health-glass-broken");
	static final AuditAction REVIEWED = AuditAction.of("casework.emergency-reviewed");
	static final AuditAction REVIEW_LISTED = AuditAction.of("casework.emergency-listed");
	static final int SHORTEST_REASON = 20;

	private final CaseStore cases;
	private final EmergencyStore grants;
	private final Hubs hubs;
	private final StepUp stepUp;
	private final AuditLog audit;
	private final Clock clock;
	private final Duration lasts;

	BreakGlass(CaseStore cases, EmergencyStore grants, Hubs hubs, StepUp stepUp, AuditLog audit, Clock clock,
			@Value("${tandem.break-glass.duration:3h}") Duration lasts) {
		this.cases = cases;
		this.grants = grants;
		this.hubs = hubs;
		this.stepUp = stepUp;
		this.audit = audit;
		this.clock = clock;
		this.lasts = lasts;
	}

	/** Opens the case (not its health information) for {@code tandem.break-glass.duration}, 3 hours by default. */
	@Transactional
	public EmergencyAccess openCase(CaseId id, String reason, CurrentUser actor) {
		var hub = hubOfCaseFor(id, actor, GLASS_BROKEN);
		var file = cases.byId(id).orElseThrow();
		if (file.onTeam(actor.id()) || CaseAccess.coordinates(actor, hub)) {
			throw refused(actor, GLASS_BROKEN, id, "already-entitled", "reason",
					"You already have access to this case; emergency access is for those who do not.");
		}
		return grant(id, EmergencyAccess.Scope.CASE, reason(reason, actor, GLASS_BROKEN, id), actor, GLASS_BROKEN);
	}

	/**
	 * Opens the case's health information too: a separate step with its own reason, confirmed by a fresh code from
	 * the practitioner's authenticator, so that a left-open session is not enough.
	 */
	@Transactional
	public EmergencyAccess openHealth(CaseId id, String reason, String code, CurrentUser actor) {
		hubOfCaseFor(id, actor, HEALTH_GLASS_BROKEN);
		var stated = reason(reason, actor, HEALTH_GLASS_BROKEN, id);
		if (!stepUp.confirms(actor, code)) {
			throw refused(actor, HEALTH_GLASS_BROKEN, id, "bad-code", "code",
					"Enter the current code from your authenticator app; each code works once.");
		}
		return grant(id, EmergencyAccess.Scope.HEALTH, stated, actor, HEALTH_GLASS_BROKEN);
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
		var text = PlainText.requiredMultiLine("note", "your review", note, 2000);
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

	private List<HubId> hubsOfOfficer(CurrentUser officer) {
		return hubs.all().stream().filter(hub -> CaseAccess.dataProtectionOfficerOfTheHub(officer, hub)).map(Hub::id).toList();
	}

	private Hub hubOfCaseFor(CaseId id, CurrentUser actor, AuditAction action) {
		var hub = cases.byId(id).flatMap(file -> hubs.find(file.hub()));
		if (hub.isEmpty() || !mayBreakGlass(actor, hub.get())) {
			// the same answer whether the case does not exist or the person may not break its glass
			audit.recordRefusal(AuditEvent.denied(actor.asAuditActor(), action, AuditSubject.of("case", id), "not-of-hub"));
			throw new NotFound();
		}
		if (!cases.byId(id).orElseThrow().open()) {
			throw refused(actor, action, id, "case-closed", "reason", "The case is closed; emergency access is for open cases.");
		}
		return hub.get();
	}

	private String reason(String reason, CurrentUser actor, AuditAction action, CaseId id) {
		var text = reason == null ? "" : reason.strip();
		if (text.length() < SHORTEST_REASON) {
			throw refused(actor, action, id, "reason-too-short", "reason", "Say why in at least " + SHORTEST_REASON
					+ " characters: what is the emergency, and what do you need to know?");
		}
		return PlainText.requiredMultiLine("reason", "the reason", text, 2000);
	}

	private EmergencyAccess grant(CaseId id, EmergencyAccess.Scope scope, String reason, CurrentUser actor,
			AuditAction action) {
		var now = clock.instant();
		var grant = new EmergencyAccess(UUID.randomUUID(), id, actor.id(), actor.agencyId(), scope, reason, now,
				now.plus(lasts), null, null);
		grants.insert(grant);
		// the trace of the grant goes with the grant: there is no setting that turns this off
		audit.record(new AuditEvent(actor.asAuditActor(), action, AuditOutcome.SUCCESS, AuditSubject.of("case", id),
				"emergency", null));
		return grant;
	}

	private InvalidInput refused(CurrentUser actor, AuditAction action, CaseId id, String code, String field,
			String message) {
		audit.recordRefusal(AuditEvent.denied(actor.asAuditActor(), action, AuditSubject.of("case", id), code));
		return new InvalidInput(field, message);
	}
}
