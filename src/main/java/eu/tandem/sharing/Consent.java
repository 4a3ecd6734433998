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

	public enum Decision {
		GIVEN("Given"), REFUSED("Refused"), WITHDRAWN("Withdrawn");

		private final String label;

		Decision(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}

	/** Who decided: only the person, or the guardian of a minor, decides about their data. */
	public enum DecidedBy {
		PERSON("The person"), GUARDIAN("The guardian (for a minor)");

		private final String label;

		DecidedBy(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}

	public enum Obtained {
		WRITTEN("In writing"), ORAL("Orally, noted by the practitioner"), ELECTRONIC("Electronically");

		private final String label;

		Obtained(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
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
