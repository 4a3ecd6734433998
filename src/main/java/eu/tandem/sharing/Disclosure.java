package eu.tandem.sharing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import eu.tandem.casework.CaseId;
import eu.tandem.hub.SharingPurpose;
import eu.tandem.identity.AgencyId;
import eu.tandem.identity.UserId;
import org.jspecify.annotations.Nullable;

/**
 * One entry of the disclosure ledger: which items, from which agency and practitioner, to which agencies, when,
 * for what purpose, on which legal basis and ground, until when — never the content itself.
 */
public record Disclosure(UUID id, CaseId caseId, AgencyId from, UserId disclosedBy, boolean toCaseTeam, Set<AgencyId> to,
		List<ItemId> items, SharingPurpose purpose, String legalBasis, Ground ground, @Nullable UUID consent,
		@Nullable String statute, String agreementCitation, Instant disclosedAt, @Nullable LocalDate expiresOn,
		@Nullable Instant revokedAt, @Nullable Instant reviewFlaggedAt) {

	/**
	 * The ground a disclosure rests on: the person's consent, vital interests (GDPR Art. 6(1)(d), 9(2)(c)), a legal
	 * obligation (Art. 6(1)(c)) or a public task (Art. 6(1)(e)), the last two under a named statute. In words:
	 * {@code sharing.ground.CONSENT}.
	 */
	public enum Ground {
		CONSENT, VITAL_INTERESTS, LEGAL_OBLIGATION, PUBLIC_TASK;

		boolean needsStatute() {
			return this == LEGAL_OBLIGATION || this == PUBLIC_TASK;
		}
	}

	public Disclosure {
		to = Set.copyOf(to);
		items = List.copyOf(items);
	}

	public boolean activeOn(Instant now, LocalDate today) {
		return revokedAt == null && (expiresOn == null || !today.isAfter(expiresOn));
	}
}
