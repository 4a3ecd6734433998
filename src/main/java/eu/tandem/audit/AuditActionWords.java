package eu.tandem.audit;

import java.util.Map;

import org.springframework.stereotype.Component;

/** The audit trail's own actions; the words are in the module's bundle. */
@Component
class AuditActionWords implements ActionWords {

	@Override
	public Map<AuditAction, Kind> kinds() {
		return Map.of(AuditChain.VERIFIED, Kind.OVERSIGHT);
	}
}
