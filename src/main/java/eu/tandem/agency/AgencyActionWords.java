package eu.tandem.agency;

import java.util.Map;

import eu.tandem.audit.ActionWords;
import eu.tandem.audit.AuditAction;
import org.springframework.stereotype.Component;

/** What the agency module writes to the trail; the words are in its bundle. */
@Component
class AgencyActionWords implements ActionWords {

	@Override
	public Map<AuditAction, Kind> kinds() {
		return Map.of(
				Agencies.CREATED, Kind.NETWORK,
				Agencies.UPDATED, Kind.NETWORK,
				Agencies.PROFILE_UPDATED, Kind.NETWORK);
	}
}
