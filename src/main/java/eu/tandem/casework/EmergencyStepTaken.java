package eu.tandem.casework;

import java.time.Instant;
import java.util.UUID;

import eu.tandem.hub.DataCategory;
import eu.tandem.hub.HubId;
import eu.tandem.identity.AgencyId;
import eu.tandem.identity.UserId;

/**
 * A practitioner with emergency access opened a case's health, security or justice information with the second step.
 * Published in the grant's transaction, so that those who must be told are told with the grant or not at all. It
 * carries no reason: the reason stays with the grant.
 */
public record EmergencyStepTaken(UUID grant, CaseId caseId, HubId hub, DataCategory category, UserId openedBy,
		AgencyId openedByAgency, Instant openedAt) {
}
