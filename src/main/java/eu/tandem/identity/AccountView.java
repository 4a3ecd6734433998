package eu.tandem.identity;

import java.time.Instant;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/** A staff account as administrators see it. Never the password hash or the authenticator secret. */
public record AccountView(UserId id, String username, String displayName, AgencyId agencyId, Profession profession,
		Set<Role> roles, boolean active, boolean mfaEnrolled, @Nullable Instant lastSignInAt, long version) {

	public AccountView {
		roles = Roles.ordered(roles);
	}
}
