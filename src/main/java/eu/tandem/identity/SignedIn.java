package eu.tandem.identity;

import java.time.Instant;
import java.util.ArrayList;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Signed in with both factors: the roles apply until the session ends. Someone still holding the first
 * password an administrator gave them may only replace it.
 */
final class SignedIn extends AbstractAuthenticationToken {

	static final String AUTHORITY = "SIGNED_IN";
	static final String PASSWORD_CHANGE_REQUIRED = "PASSWORD_CHANGE_REQUIRED";

	private final CurrentUser user;
	private final Instant signedInAt;
	private final boolean passwordChangeRequired;

	SignedIn(CurrentUser user, Instant signedInAt, boolean passwordChangeRequired) {
		super(authorities(user, passwordChangeRequired));
		this.user = user;
		this.signedInAt = signedInAt;
		this.passwordChangeRequired = passwordChangeRequired;
		setAuthenticated(true);
	}

	private static ArrayList<GrantedAuthority> authorities(CurrentUser user, boolean passwordChangeRequired) {
		var authorities = new ArrayList<GrantedAuthority>();
		if (passwordChangeRequired) {
			authorities.add(new SimpleGrantedAuthority(PASSWORD_CHANGE_REQUIRED));
			return authorities;
		}
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

	boolean passwordChangeRequired() {
		return passwordChangeRequired;
	}

	/** The same sign-in after the password was changed: the same lifetime, the account's new epoch. */
	SignedIn withNewPassword(int sessionEpoch) {
		var renewed = new CurrentUser(user.id(), user.username(), user.displayName(), user.agencyId(), user.profession(),
				user.roles(), sessionEpoch);
		return new SignedIn(renewed, signedInAt, false);
	}
}
