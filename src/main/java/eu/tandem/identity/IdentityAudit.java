package eu.tandem.identity;

import java.util.Locale;

import eu.tandem.audit.AuditAction;
import eu.tandem.audit.AuditSubject;

/** The actions the identity module writes to the audit trail. */
final class IdentityAudit {

	static final AuditAction SIGN_IN = AuditAction.of("identity.sign-in");
	static final AuditAction SIGN_OUT = AuditAction.of("identity.sign-out");
	static final AuditAction SESSION_ENDED = AuditAction.of("identity.session-ended");
	static final AuditAction MFA_ENROLLED = AuditAction.of("identity.mfa-enrolled");
	static final AuditAction MFA_RESET = AuditAction.of("identity.mfa-reset");
	static final AuditAction ACCOUNT_CREATED = AuditAction.of("identity.account-created");
	static final AuditAction ACCOUNT_UPDATED = AuditAction.of("identity.account-updated");
	static final AuditAction ACCOUNT_DEACTIVATED = AuditAction.of("identity.account-deactivated");
	static final AuditAction ACCOUNT_REACTIVATED = AuditAction.of("identity.account-reactivated");
	static final AuditAction PASSWORD_CHANGED = AuditAction.of("identity.password-changed");
	static final AuditAction ROLE_GRANTED = AuditAction.of("identity.role-granted");
	static final AuditAction ROLE_REVOKED = AuditAction.of("identity.role-revoked");
	static final AuditAction LANGUAGE_CHOSEN = AuditAction.of("identity.language-chosen");

	private IdentityAudit() {
	}

	/** A role as an audit reason code: AGENCY_ADMINISTRATOR becomes agency-administrator. */
	static String code(Role role) {
		return role.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	static AuditSubject user(UserId id) {
		return AuditSubject.of("user", id);
	}
}
