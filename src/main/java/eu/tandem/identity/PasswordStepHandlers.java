package eu.tandem.identity;

import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import eu.tandem.web.Dates;
import eu.tandem.web.Words;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutHandler;

/** What happens around the password step: where to go next, what to say, what to trace. */
final class PasswordStepHandlers {

	/** Session attributes that carry the sign-in form's state across the redirect after a refusal. */
	static final String TYPED_USERNAME = "tandem.sign-in.username";
	static final String REFUSAL = "tandem.sign-in.refusal";

	private PasswordStepHandlers() {
	}

	static boolean isHtmx(HttpServletRequest request) {
		return "true".equals(request.getHeader("HX-Request"));
	}

	/** The password was right: on to the code, or to enrolling an authenticator on first sign-in. */
	record Accepted(SignIns signIns) implements AuthenticationSuccessHandler {

		@Override
		public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
				Authentication authentication) throws IOException {
			var user = ((PasswordVerified) authentication).getPrincipal();
			var next = signIns.isEnrolled(user.id()) ? "/sign-in/code" : "/sign-in/enrol";
			response.sendRedirect(request.getContextPath() + next);
		}
	}

	/**
	 * The same words whether the username exists or not, whether the password or the account was wrong. The refusal
	 * is kept for the sign-in page, which words it in the reader's language and time zone.
	 */
	static final class Refused implements AuthenticationFailureHandler {

		@Override
		public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
				AuthenticationException exception) throws IOException {
			var session = request.getSession();
			var typed = request.getParameter("username");
			session.setAttribute(TYPED_USERNAME, typed == null ? "" : typed.substring(0, Math.min(typed.length(), 64)));
			session.setAttribute(REFUSAL, new SignInRefusal(exception instanceof PasswordStep.Paused paused ? paused.until() : null));
			response.sendRedirect(request.getContextPath() + "/sign-in?refused");
		}
	}

	/** A refused password step, kept in the session across the redirect: paused until a moment, or simply not right. */
	record SignInRefusal(@Nullable Instant pausedUntil) implements Serializable {

		MessageSourceResolvable words() {
			return pausedUntil == null ? Words.of("identity.signIn.notRight") : paused(pausedUntil);
		}
	}

	static MessageSourceResolvable paused(Instant until) {
		return Words.of("identity.signIn.paused", clockTime(until));
	}

	/**
	 * The time of day to the second ("14:05:03"), in the reader's time zone: a pause can be as short as a second, so
	 * the minute alone would not say when to try again.
	 */
	static String clockTime(Instant moment) {
		return DateTimeFormatter.ofLocalizedTime(FormatStyle.MEDIUM).withLocale(LocaleContextHolder.getLocale()).withZone(Dates.zone())
			.format(moment);
	}

	/**
	 * Someone half-way through sign-in who asks for a page is sent back to the second step; someone who must
	 * replace the first password, to the password page. Everyone else is refused.
	 */
	record Denied(AccessDeniedHandler fallback) implements AccessDeniedHandler {

		@Override
		public void handle(HttpServletRequest request, HttpServletResponse response,
				AccessDeniedException denied) throws IOException, ServletException {
			var authentication = SecurityContextHolder.getContext().getAuthentication();
			var path = request.getRequestURI().substring(request.getContextPath().length());
			if (authentication instanceof PasswordVerified && !path.startsWith("/sign-in/")) {
				response.sendRedirect(request.getContextPath() + "/sign-in/code");
				return;
			}
			if (authentication instanceof SignedIn signedIn && signedIn.passwordChangeRequired()
					&& !path.equals("/account/password")) {
				response.sendRedirect(request.getContextPath() + "/account/password");
				return;
			}
			fallback.handle(request, response, denied);
		}
	}

	/** An htmx request whose session ended: tell htmx to load the sign-in page instead of a fragment. */
	static AuthenticationEntryPoint htmxEntryPoint() {
		return (request, response, exception) -> {
			response.setHeader("HX-Redirect", request.getContextPath() + "/sign-in");
			response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
		};
	}

	record SignOutTrace(SignIns signIns) implements LogoutHandler {

		@Override
		public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
			if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) {
				signIns.signedOut(user);
			}
		}
	}
}
