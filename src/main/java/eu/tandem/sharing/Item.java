package eu.tandem.sharing;

import java.time.Instant;

import eu.tandem.casework.CaseId;
import eu.tandem.hub.DataCategory;
import eu.tandem.identity.AgencyId;
import eu.tandem.identity.UserId;

/**
 * An item as one viewer may see it, with the rule that let them and whether a disclosure it reached them by
 * rests on a consent since withdrawn.
 */
public record Item(ItemId id, CaseId caseId, DataCategory category, ItemKind kind, AgencyId sourceAgency, UserId author,
		Instant recordedAt, int revision, Instant changedAt, long version, String text, NeedToKnow.Rule shownBecause,
		boolean consentWithdrawn) {

	public boolean rectified() {
		return revision > 1;
	}
}
