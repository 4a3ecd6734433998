package eu.tandem.casework;

import java.time.Instant;
import java.util.UUID;

import eu.tandem.identity.AgencyId;
import eu.tandem.identity.UserId;
import org.jspecify.annotations.Nullable;

/** One break-the-glass grant, as the case owner and the data protection officer see it. */
public record EmergencyAccess(UUID id, CaseId caseId, UserId user, AgencyId agency, Scope scope, String reason,
		Instant openedAt, Instant expiresAt, @Nullable Instant reviewedAt, @Nullable String reviewNote) {

	public enum Scope {
		CASE, HEALTH
	}

	public boolean activeAt(Instant now) {
		return !now.isBefore(openedAt) && now.isBefore(expiresAt);
	}

	public boolean reviewed() {
		return reviewedAt != null;
	}
}
