package eu.tandem.sharing;

import java.time.Instant;
import java.util.List;

import eu.tandem.casework.CaseId;
import eu.tandem.hub.DataCategory;
import eu.tandem.identity.AgencyId;
import eu.tandem.identity.UserId;
import eu.tandem.web.Language;
import org.jspecify.annotations.Nullable;

/**
 * An item as one viewer may see it, with the language its text is written in (none for items recorded before it was
 * asked), the rule that let them, whether a disclosure it reached them by rests on a consent since withdrawn, — for
 * the recording agency only — the team's other agencies it does not reach, and for a contact what happened at it.
 */
public record Item(ItemId id, CaseId caseId, DataCategory category, ItemKind kind, AgencyId sourceAgency, UserId author,
		Instant recordedAt, int revision, Instant changedAt, long version, String text, @Nullable Language language,
		NeedToKnow.Rule shownBecause,
		boolean consentWithdrawn, List<AgencyId> notReaching, @Nullable Contact contact) {

	public Item {
		notReaching = List.copyOf(notReaching);
	}

	public boolean rectified() {
		return revision > 1;
	}
}
