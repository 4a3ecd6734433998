package eu.tandem.hub;

import eu.tandem.audit.AuditAction;
import eu.tandem.audit.AuditSubject;

/** The actions the hub module writes to the audit trail. */
final class HubAudit {

	static final AuditAction CREATED = AuditAction.of("hub.created");
	static final AuditAction UPDATED = AuditAction.of("hub.updated");
	static final AuditAction AGENCY_ADDED = AuditAction.of("hub.agency-added");
	static final AuditAction AGENCY_REMOVED = AuditAction.of("hub.agency-removed");
	static final AuditAction MEMBER_APPOINTED = AuditAction.of("hub.member-appointed");
	static final AuditAction MEMBER_DISMISSED = AuditAction.of("hub.member-dismissed");
	static final AuditAction PUBLISHED = AuditAction.of("hub.published");
	static final AuditAction UNPUBLISHED = AuditAction.of("hub.unpublished");
	static final AuditAction AGREEMENT_VERSION_MADE = AuditAction.of("hub.agreement-version-made");
	static final AuditAction AGREEMENT_SIGNED = AuditAction.of("hub.agreement-signed");
	static final AuditAction INTERVENTION_ADDED = AuditAction.of("hub.intervention-added");
	static final AuditAction INTERVENTION_REVISED = AuditAction.of("hub.intervention-revised");
	static final AuditAction INTERVENTION_RETIRED = AuditAction.of("hub.intervention-retired");

	private HubAudit() {
	}

	static AuditSubject hub(HubId id) {
		return AuditSubject.of("hub", id);
	}

	static AuditSubject agreement(AgreementId id) {
		return AuditSubject.of("agreement", id);
	}
}
