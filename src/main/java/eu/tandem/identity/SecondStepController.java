package eu.tandem.identity;

import eu.tandem.web.Words;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The second factor: a one-time code from an authenticator app, and on first sign-in the enrolment of
 * that app with a QR code and the secret as text.
 */
@Controller
class SecondStepController {

	static final String ENROL_SECRET = "tandem.enrol.secret";
	private static final String ISSUER = "Tandem";

	private final SignIns signIns;
	private final SessionSignIn sessions;
	private final RequestCache requestCache;
	private final Words words;

	SecondStepController(SignIns signIns, SessionSignIn sessions, RequestCache requestCache, Words words) {
		this.signIns = signIns;
		this.sessions = sessions;
		this.requestCache = requestCache;
		this.words = words;
	}

	@GetMapping("/sign-in/code")
	String codeForm(@AuthenticationPrincipal CurrentUser user) {
		return signIns.isEnrolled(user.id()) ? "identity/code" : "redirect:/sign-in/enrol";
	}

	@PostMapping("/sign-in/code")
	String submitCode(@RequestParam(defaultValue = "") String code, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		var pending = (PasswordVerified) SecurityContextHolder.getContext().getAuthentication();
		return finish(signIns.checkCode(pending, code), "identity/code", model, request, response);
	}

	@GetMapping("/sign-in/enrol")
	String enrolForm(@AuthenticationPrincipal CurrentUser user, HttpSession session, Model model) {
		if (signIns.isEnrolled(user.id())) {
			return "redirect:/sign-in/code";
		}
		addEnrolment(user, session, model);
		return "identity/enrol";
	}

	@PostMapping("/sign-in/enrol")
	String submitEnrolment(@RequestParam(defaultValue = "") String code, @AuthenticationPrincipal CurrentUser user,
			HttpSession session, Model model, HttpServletRequest request, HttpServletResponse response) {
		var pending = (PasswordVerified) SecurityContextHolder.getContext().getAuthentication();
		var secret = addEnrolment(user, session, model);
		return finish(signIns.enrol(pending, secret, code), "identity/enrol", model, request, response);
	}

	/** One secret per enrolment attempt, kept in the session until a code proves the app has it. */
	private TotpSecret addEnrolment(CurrentUser user, HttpSession session, Model model) {
		var kept = (String) session.getAttribute(ENROL_SECRET);
		var secret = kept == null ? TotpSecret.generate() : new TotpSecret(kept);
		session.setAttribute(ENROL_SECRET, secret.base32());
		model.addAttribute("secret", secret.grouped());
		model.addAttribute("qrCode", QrCode.svg(Totp.provisioningUri(ISSUER, user.username(), secret),
				words.in(Words.of("identity.enrol.qrCode"))));
		return secret;
	}

	private String finish(SignIns.Outcome outcome, String form, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		return switch (outcome) {
			case SignIns.Accepted accepted -> complete(accepted.authentication(), request, response);
			case SignIns.Refused refused when refused.reason() == Refusal.SECOND_STEP_EXPIRED -> {
				SecurityContextHolder.clearContext();
				request.getSession().invalidate();
				yield "redirect:/sign-in?ended";
			}
			case SignIns.Refused refused -> {
				model.addAttribute("codeError", message(refused));
				yield form;
			}
			case SignIns.PasswordAccepted unexpected -> throw new IllegalStateException("Not a second-step outcome");
		};
	}

	private String complete(SignedIn authentication, HttpServletRequest request, HttpServletResponse response) {
		sessions.replace(authentication, request, response);
		request.getSession().removeAttribute(ENROL_SECRET);
		if (authentication.passwordChangeRequired()) {
			return "redirect:/account/password";
		}
		var saved = requestCache.getRequest(request, response);
		requestCache.removeRequest(request, response);
		if (saved != null && "GET".equals(saved.getMethod())) {
			return "redirect:" + saved.getRedirectUrl();
		}
		return "redirect:/";
	}

	private static MessageSourceResolvable message(SignIns.Refused refused) {
		return switch (refused.reason()) {
			case PAUSED -> PasswordStepHandlers.paused(refused.pausedUntil().orElseThrow());
			case REPLAYED_CODE -> Words.of("identity.code.replayed");
			case ALREADY_ENROLLED -> Words.of("identity.code.alreadyEnrolled");
			default -> Words.of("identity.code.notRight");
		};
	}
}
