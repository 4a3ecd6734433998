package eu.tandem.hub;

import java.util.Map;

import eu.tandem.audit.ActionWords;
import eu.tandem.audit.AuditAction;
import org.springframework.stereotype.Component;

/** Words for what the hub module writes to the trail: hubs, their members and their agreements. */
@Component
class HubActionWords implements ActionWords {

	@Override
	public Map<AuditAction, Phrase> phrases() {
		return Map.ofEntries(
				Map.entry(HubAudit.CREATED, Phrase.of(Kind.NETWORK, "created {record}", "create {record}")),
				Map.entry(HubAudit.UPDATED, Phrase.of(Kind.NETWORK, "changed the description of {record}", "change the description of {record}")),
				Map.entry(HubAudit.AGENCY_ADDED, Phrase.of(Kind.NETWORK, "added an agency to {record}", "add an agency to {record}")),
				Map.entry(HubAudit.AGENCY_REMOVED, Phrase.of(Kind.NETWORK, "removed an agency from {record}", "remove an agency from {record}")),
				Map.entry(HubAudit.MEMBER_APPOINTED, Phrase.of(Kind.NETWORK, "appointed someone to {record}", "appoint someone to {record}")),
				Map.entry(HubAudit.MEMBER_DISMISSED, Phrase.of(Kind.NETWORK, "dismissed someone from {record}", "dismiss someone from {record}")),
				Map.entry(HubAudit.PUBLISHED, Phrase.of(Kind.NETWORK, "published the public page of {record}", "publish the public page of {record}")),
				Map.entry(HubAudit.UNPUBLISHED, Phrase.of(Kind.NETWORK, "took down the public page of {record}",
						"take down the public page of {record}")),
				Map.entry(HubAudit.AGREEMENT_VERSION_MADE, Phrase.of(Kind.NETWORK, "made a new version of {record}",
						"make a new version of {record}")),
				Map.entry(HubAudit.AGREEMENT_SIGNED, Phrase.of(Kind.NETWORK, "signed {record}", "sign {record}")));
	}
}
