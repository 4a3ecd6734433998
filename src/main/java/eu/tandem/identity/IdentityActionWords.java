package eu.tandem.identity;

import java.util.Map;

import eu.tandem.audit.ActionWords;
import eu.tandem.audit.AuditAction;
import org.springframework.stereotype.Component;

/** What the identity module writes to the trail: sign-ins and staff accounts; the words are in its bundle. */
@Component
class IdentityActionWords implements ActionWords {

	@Override
	public Map<AuditAction, Kind> kinds() {
		return Map.ofEntries(
				Map.entry(IdentityAudit.SIGN_IN, Kind.ACCOUNT),
				Map.entry(IdentityAudit.SIGN_OUT, Kind.ACCOUNT),
				Map.entry(IdentityAudit.SESSION_ENDED, Kind.ACCOUNT),
				Map.entry(IdentityAudit.MFA_ENROLLED, Kind.ACCOUNT),
				Map.entry(IdentityAudit.MFA_RESET, Kind.ACCOUNT),
				Map.entry(IdentityAudit.ACCOUNT_CREATED, Kind.ACCOUNT),
				Map.entry(IdentityAudit.ACCOUNT_UPDATED, Kind.ACCOUNT),
				Map.entry(IdentityAudit.ACCOUNT_DEACTIVATED, Kind.ACCOUNT),
				Map.entry(IdentityAudit.ACCOUNT_REACTIVATED, Kind.ACCOUNT),
				Map.entry(IdentityAudit.PASSWORD_CHANGED, Kind.ACCOUNT),
				Map.entry(IdentityAudit.ROLE_GRANTED, Kind.ACCOUNT),
				Map.entry(IdentityAudit.ROLE_REVOKED, Kind.ACCOUNT),
				Map.entry(IdentityAudit.LANGUAGE_CHOSEN, Kind.ACCOUNT));
	}
}
