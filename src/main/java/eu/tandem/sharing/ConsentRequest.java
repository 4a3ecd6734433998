package eu.tandem.sharing;

import java.time.LocalDate;
import java.util.Set;

import eu.tandem.hub.DataCategory;
import eu.tandem.hub.SharingPurpose;
import eu.tandem.identity.AgencyId;
import org.jspecify.annotations.Nullable;

/** A consent decision as a practitioner records it; checked by {@link Disclosures#recordConsent}. */
public record ConsentRequest(Consent.@Nullable Decision decision, Consent.@Nullable DecidedBy decidedBy,
		Set<AgencyId> agencies, Set<DataCategory> categories, Set<SharingPurpose> purposes, @Nullable LocalDate decidedOn,
		Consent.@Nullable Obtained obtained, @Nullable String documentReference, @Nullable String capacityNote) {

	public ConsentRequest {
		agencies = Set.copyOf(agencies);
		categories = Set.copyOf(categories);
		purposes = Set.copyOf(purposes);
	}
}
