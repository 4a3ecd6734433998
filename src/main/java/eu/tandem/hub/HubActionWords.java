package eu.tandem.hub;

import java.util.Map;

import eu.tandem.audit.ActionWords;
import eu.tandem.audit.AuditAction;
import org.springframework.stereotype.Component;

/** What the hub module writes to the trail: hubs, their members, their agreements and their interventions; the words are in its bundle. */
@Component
class HubActionWords implements ActionWords {

	@Override
	public Map<AuditAction, Kind> kinds() {
		return Map.ofEntries(
				Map.entry(HubAudit.CREATED, Kind.NETWORK),
				Map.entry(HubAudit.UPDATED, Kind.NETWORK),
				Map.entry(HubAudit.AGENCY_ADDED, Kind.NETWORK),
				Map.entry(HubAudit.AGENCY_REMOVED, Kind.NETWORK),
				Map.entry(HubAudit.MEMBER_APPOINTED, Kind.NETWORK),
				Map.entry(HubAudit.MEMBER_DISMISSED, Kind.NETWORK),
				Map.entry(HubAudit.PUBLISHED, Kind.NETWORK),
				Map.entry(HubAudit.UNPUBLISHED, Kind.NETWORK),
				Map.entry(HubAudit.AGREEMENT_VERSION_MADE, Kind.NETWORK),
				Map.entry(HubAudit.AGREEMENT_SIGNED, Kind.NETWORK),
				Map.entry(HubAudit.INTERVENTION_ADDED, Kind.NETWORK),
				Map.entry(HubAudit.INTERVENTION_REVISED, Kind.NETWORK),
				Map.entry(HubAudit.INTERVENTION_RETIRED, Kind.NETWORK));
	}
}
