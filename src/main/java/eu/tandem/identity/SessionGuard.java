package eu.tandem.identity;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session at the next request once it may no longer be used: the absolute lifetime has passed,
 * the second step was not completed in time, or the account was deactivated, had its roles changed or its
 * authenticator reset since sign-in. Checked against the database on every request, so it holds across nodes.
 */
class SessionGuard extends OncePerRequestFilter {

	private final AccountStore accounts;
	private final SignIns signIns;
	private final Clock clock;
	private final Duration absoluteLifetime;

	SessionGuard(AccountStore accounts, SignIns signIns, Clock clock, Duration absoluteLifetime) {
		this.accounts = accounts;
		this.signIns = signIns;
		this.clock = clock;
		this.absoluteLifetime = absoluteLifetime;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		var path = request.getRequestURI().substring(request.getContextPath().length());
		return path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/webjars/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		var reason = switch (SecurityContextHolder.getContext().getAuthentication()) {
			case SignedIn signedIn -> reasonToEnd(signedIn);
			case PasswordVerified pending when pending.verifiedAt().plus(SignIns.SECOND_STEP_WINDOW).isBefore(clock.instant()) ->
				"second-step-expired";
			case null, default -> null;
		};
		if (reason == null) {
			chain.doFilter(request, response);
			return;
		}
		var user = (CurrentUser) SecurityContextHolder.getContext().getAuthentication().getPrincipal();
		signIns.sessionEnded(user, reason);
		SecurityContextHolder.clearContext();
		var session = request.getSession(false);
		if (session != null) {
			session.invalidate();
		}
		var target = request.getContextPath() + "/sign-in?ended";
		if (PasswordStepHandlers.isHtmx(request)) {
			response.setHeader("HX-Redirect", target);
			response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
		}
		else {
			response.sendRedirect(target);
		}
	}

	private String reasonToEnd(SignedIn signedIn) {
		if (signedIn.signedInAt().plus(absoluteLifetime).isBefore(clock.instant())) {
			return "lifetime-exceeded";
		}
		var user = signedIn.getPrincipal();
		var state = accounts.sessionState(user.id());
		if (state.isEmpty()) {
			return "account-missing";
		}
		if (!state.get().active()) {
			return "account-deactivated";
		}
		return state.get().epoch() == user.sessionEpoch() ? null : "account-changed";
	}
}
