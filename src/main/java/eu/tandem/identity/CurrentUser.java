package eu.tandem.identity;

import java.io.Serializable;
import java.util.Set;
import java.util.stream.Collectors;

import eu.tandem.audit.AuditActor;
import org.springframework.security.core.AuthenticatedPrincipal;

/**
 * The staff member behind the current request, as they were when they signed in. Controllers receive it
 * with {@code @AuthenticationPrincipal}; facades take it to decide what the caller may do.
 */
public record CurrentUser(UserId id, String username, String displayName, AgencyId agencyId, Profession profession,
		Set<Role> roles, int sessionEpoch) implements AuthenticatedPrincipal, Serializable {

	public CurrentUser {
		roles = Roles.ordered(roles);
	}

	public boolean has(Role role) {
		return roles.contains(role);
	}

	@Override
	public String getName() {
		return username;
	}

	/** How this user appears in the audit trail. */
	public AuditActor asAuditActor() {
		return new AuditActor(id.value(), username, agencyId.value(),
				roles.stream().map(Role::name).collect(Collectors.toSet()));
	}
}
