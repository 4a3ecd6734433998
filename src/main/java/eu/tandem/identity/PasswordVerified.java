package eu.tandem.identity;

import java.time.Instant;
import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Half-way through sign-in: the password was right, the one-time code is still to come. It grants nothing
 * but the second step's pages.
 */
final class PasswordVerified extends AbstractAuthenticationToken {

	static final String AUTHORITY = "MFA_PENDING";

	private final CurrentUser user;
	private final Instant verifiedAt;

	PasswordVerified(CurrentUser user, Instant verifiedAt) {
		super(List.of(new SimpleGrantedAuthority(AUTHORITY)));
		this.user = user;
		this.verifiedAt = verifiedAt;
		setAuthenticated(true);
	}

	@Override
	public Object getCredentials() {
		return "";
	}

	@Override
	public CurrentUser getPrincipal() {
		return user;
	}

	Instant verifiedAt() {
		return verifiedAt;
	}
}
