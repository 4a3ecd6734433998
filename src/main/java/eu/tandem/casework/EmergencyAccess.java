package eu.tandem.casework;

import java.time.Instant;
import java.util.UUID;

import eu.tandem.hub.DataCategory;
import eu.tandem.identity.AgencyId;
import eu.tandem.identity.UserId;
import org.jspecify.annotations.Nullable;

/** One break-the-glass grant, as the case owner and the data protection officer see it. */
public record EmergencyAccess(UUID id, CaseId caseId, UserId user, AgencyId agency, Scope scope, String reason,
		Instant openedAt, Instant expiresAt, @Nullable Instant reviewedAt, @Nullable String reviewNote) {

	/**
	 * What a grant opens: the case, or one of the categories that need a second step inside a case-level grant. Screens
	 * write it as {@code casework.scope.<NAME>} ("health information"), the subject access answer as
	 * {@code casework.held.grant.scope.<NAME>}.
	 */
	public enum Scope {
		CASE(null),
		HEALTH(DataCategory.HEALTH),
		SECURITY(DataCategory.SECURITY),
		JUSTICE(DataCategory.JUSTICE);

		private final @Nullable DataCategory category;

		Scope(@Nullable DataCategory category) {
			this.category = category;
		}

		/** As it appears in the address of its step: {@code health}. */
		public String key() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}

		/** The second steps, in the order the screens offer them. */
		public static java.util.List<Scope> steps() {
			return java.util.List.of(HEALTH, SECURITY, JUSTICE);
		}

		/** The category a second step opens; empty for the case-level grant. */
		public java.util.Optional<DataCategory> category() {
			return java.util.Optional.ofNullable(category);
		}

		/** The second step that opens this category, if it needs one. */
		public static java.util.Optional<Scope> stepFor(DataCategory category) {
			return java.util.Arrays.stream(values()).filter(scope -> scope.category == category).findFirst();
		}
	}

	public boolean activeAt(Instant now) {
		return !now.isBefore(openedAt) && now.isBefore(expiresAt);
	}

	public boolean reviewed() {
		return reviewedAt != null;
	}
}
