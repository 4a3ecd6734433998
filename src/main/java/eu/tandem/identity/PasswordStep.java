package eu.tandem.identity;

import java.time.Instant;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;

/** The first factor, plugged into Spring Security's form sign-in. */
@Component
class PasswordStep implements AuthenticationProvider {

	/** Refused because of earlier failures; carries when the next attempt may be made. */
	static final class Paused extends AuthenticationException {

		private final transient Instant until;

		Paused(Instant until) {
			super("Sign-in paused");
			this.until = until;
		}

		Instant until() {
			return until;
		}
	}

	private final SignIns signIns;

	PasswordStep(SignIns signIns) {
		this.signIns = signIns;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		var password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
		return switch (signIns.checkPassword(authentication.getName(), password)) {
			case SignIns.PasswordAccepted accepted -> accepted.authentication();
			case SignIns.Refused refused when refused.reason() == Refusal.PAUSED ->
				throw new Paused(refused.pausedUntil().orElseThrow());
			case SignIns.Refused refused -> throw new BadCredentialsException("Bad credentials");
			case SignIns.Accepted accepted -> throw new IllegalStateException("A password alone never completes sign-in");
		};
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}
}
