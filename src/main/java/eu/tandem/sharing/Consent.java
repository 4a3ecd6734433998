package eu.tandem.sharing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import eu.tandem.casework.CaseId;
import eu.tandem.hub.DataCategory;
import eu.tandem.hub.SharingPurpose;
import eu.tandem.identity.AgencyId;
import eu.tandem.identity.UserId;
import org.jspecify.annotations.Nullable;

/**
 * A decision of the person, or for a minor the guardian, about sharing: given, refused, or the withdrawal of an
 * earlier consent. An empty set of agencies means every member agency of the hub.
 */
public record Consent(UUID id, CaseId caseId, Decision decision, DecidedBy decidedBy, Set<AgencyId> agencies,
		Set<DataCategory> categories, Set<SharingPurpose> purposes, LocalDate decidedOn, Obtained obtained,
		@Nullable String documentReference, @Nullable String capacityNote, @Nullable UUID withdraws, UserId recordedBy,
		Instant recordedAt) {

	/** In words: {@code sharing.decision.GIVEN}. */
	public enum Decision {
		GIVEN, REFUSED, WITHDRAWN
	}

	/**
	 * Who decided: only the person, or the guardian of a minor, decides about their data. In words:
	 * {@code sharing.decidedby.PERSON}.
	 */
	public enum DecidedBy {
		PERSON, GUARDIAN
	}

	/**
	 * How the decision was obtained: in writing, orally (noted by the practitioner) or electronically. In words:
	 * {@code sharing.obtained.WRITTEN}.
	 */
	public enum Obtained {
		WRITTEN, ORAL, ELECTRONIC
	}

	public Consent {
		agencies = Set.copyOf(agencies);
		categories = Set.copyOf(categories);
		purposes = Set.copyOf(purposes);
	}

	/** Whether this consent, not withdrawn, covers a flow of this category to this agency for this purpose. */
	boolean covers(DataCategory category, AgencyId to, SharingPurpose purpose) {
		return decision == Decision.GIVEN && categories.contains(category) && purposes.contains(purpose)
				&& (agencies.isEmpty() || agencies.contains(to));
	}
}
