package eu.tandem.identity;

import java.time.Instant;
import java.util.ArrayList;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** Fully signed in, with both factors: the roles apply, until the session ends. */
final class SignedIn extends AbstractAuthenticationToken {

	static final String AUTHORITY = "SIGNED_IN";

	private final CurrentUser user;
	private final Instant signedInAt;

	SignedIn(CurrentUser user, Instant signedInAt) {
		super(authorities(user));
		this.user = user;
		this.signedInAt = signedInAt;
		setAuthenticated(true);
	}

	private static ArrayList<GrantedAuthority> authorities(CurrentUser user) {
		var authorities = new ArrayList<GrantedAuthority>();
		authorities.add(new SimpleGrantedAuthority(AUTHORITY));
		user.roles().forEach(role -> authorities.add(new SimpleGrantedAuthority(role.authority())));
		return authorities;
	}

	@Override
	public Object getCredentials() {
		return "";
	}

	@Override
	public CurrentUser getPrincipal() {
		return user;
	}

	Instant signedInAt() {
		return signedInAt;
	}
}
