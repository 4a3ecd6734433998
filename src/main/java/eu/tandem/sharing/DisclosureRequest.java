package eu.tandem.sharing;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import eu.tandem.hub.DataCategory;
import eu.tandem.hub.SharingPurpose;
import eu.tandem.identity.AgencyId;
import org.jspecify.annotations.Nullable;

/**
 * What a practitioner asks to disclose, as typed: the items their agency holds, or a purpose-bound summary
 * written for the occasion; to the case team or to one named agency of the hub; why, on what legal basis and
 * ground, until when. Checked by {@link Disclosures#disclose}, which refuses what is missing or not covered.
 */
public record DisclosureRequest(Set<ItemId> items, @Nullable String summary, @Nullable DataCategory summaryCategory,
		boolean toCaseTeam, @Nullable AgencyId toAgency, @Nullable SharingPurpose purpose, @Nullable String legalBasis,
		Disclosure.@Nullable Ground ground, @Nullable UUID consent, @Nullable String statute, @Nullable LocalDate expiresOn) {

	public DisclosureRequest {
		items = Set.copyOf(items);
	}
}
