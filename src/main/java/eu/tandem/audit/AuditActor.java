package eu.tandem.audit;

import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Who acted, as they were at that moment: their account, agency and roles. Unknown for a sign-in
 * attempt with a username that matches no account, so that the trail never stores what may be a
 * mistyped password.
 */
public record AuditActor(@Nullable UUID userId, @Nullable String username, @Nullable UUID agencyId,
		Set<String> roles) {

	private static final AuditActor UNKNOWN = new AuditActor(null, null, null, Set.of());

	public AuditActor {
		roles = Set.copyOf(roles);
	}

	public static AuditActor unknown() {
		return UNKNOWN;
	}

	public boolean isKnown() {
		return userId != null;
	}
}
