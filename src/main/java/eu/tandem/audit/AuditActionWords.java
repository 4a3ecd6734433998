package eu.tandem.audit;

import java.util.Map;

import org.springframework.stereotype.Component;

/** Words for the audit trail's own actions. */
@Component
class AuditActionWords implements ActionWords {

	@Override
	public Map<AuditAction, Phrase> phrases() {
		return Map.of(AuditChain.VERIFIED, Phrase.same(Kind.OVERSIGHT, "verified the audit trail"));
	}
}
