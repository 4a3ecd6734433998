package eu.tandem.identity;

import java.util.Map;

import eu.tandem.audit.ActionWords;
import eu.tandem.audit.AuditAction;
import org.springframework.stereotype.Component;

/** Words for what the identity module writes to the trail: sign-ins and staff accounts. */
@Component
class IdentityActionWords implements ActionWords {

	@Override
	public Map<AuditAction, Phrase> phrases() {
		return Map.ofEntries(
				Map.entry(IdentityAudit.SIGN_IN, Phrase.of(Kind.ACCOUNT, "signed in", "sign in")),
				Map.entry(IdentityAudit.SIGN_OUT, Phrase.of(Kind.ACCOUNT, "signed out", "sign out")),
				Map.entry(IdentityAudit.SESSION_ENDED, Phrase.of(Kind.ACCOUNT, "had their session ended", "continue a session")),
				Map.entry(IdentityAudit.MFA_ENROLLED, Phrase.of(Kind.ACCOUNT, "set up an authenticator", "set up an authenticator")),
				Map.entry(IdentityAudit.MFA_RESET, Phrase.of(Kind.ACCOUNT, "reset the authenticator of {record}",
						"reset the authenticator of {record}")),
				Map.entry(IdentityAudit.ACCOUNT_CREATED, Phrase.of(Kind.ACCOUNT, "created {record}", "create {record}")),
				Map.entry(IdentityAudit.ACCOUNT_UPDATED, Phrase.of(Kind.ACCOUNT, "changed {record}", "change {record}")),
				Map.entry(IdentityAudit.ACCOUNT_DEACTIVATED, Phrase.of(Kind.ACCOUNT, "deactivated {record}", "deactivate {record}")),
				Map.entry(IdentityAudit.ACCOUNT_REACTIVATED, Phrase.of(Kind.ACCOUNT, "reactivated {record}", "reactivate {record}")),
				Map.entry(IdentityAudit.PASSWORD_CHANGED, Phrase.of(Kind.ACCOUNT, "changed their password", "change their password")),
				Map.entry(IdentityAudit.ROLE_GRANTED, Phrase.of(Kind.ACCOUNT, "gave a role to {record}", "give a role to {record}")),
				Map.entry(IdentityAudit.ROLE_REVOKED, Phrase.of(Kind.ACCOUNT, "took a role from {record}", "take a role from {record}")),
				Map.entry(IdentityAudit.LANGUAGE_CHOSEN, Phrase.of(Kind.ACCOUNT, "chose the language of their screens",
						"choose the language of their screens")));
	}
}
