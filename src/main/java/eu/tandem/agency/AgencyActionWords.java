package eu.tandem.agency;

import java.util.Map;

import eu.tandem.audit.ActionWords;
import eu.tandem.audit.AuditAction;
import org.springframework.stereotype.Component;

/** Words for what the agency module writes to the trail. */
@Component
class AgencyActionWords implements ActionWords {

	@Override
	public Map<AuditAction, Phrase> phrases() {
		return Map.of(
				Agencies.CREATED, Phrase.of(Kind.NETWORK, "added {record} to the network", "add {record} to the network"),
				Agencies.UPDATED, Phrase.of(Kind.NETWORK, "changed the details of {record}", "change the details of {record}"),
				Agencies.PROFILE_UPDATED, Phrase.of(Kind.NETWORK, "changed the profile of {record}", "change the profile of {record}"));
	}
}
