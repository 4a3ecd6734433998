package eu.tandem.identity;

import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page. Spring Security handles the post; this shows the form and what went wrong. */
@Controller
class SignInController {

	/** An old bookmark or a habit from other systems: the sign-in page, or the start page once signed in. */
	@GetMapping("/login")
	String login(Authentication authentication) {
		return authentication instanceof SignedIn ? "redirect:/" : "redirect:/sign-in";
	}

	@GetMapping("/sign-in")
	String signIn(HttpSession session, Model model, Authentication authentication) {
		if (authentication instanceof SignedIn) {
			return "redirect:/";
		}
		var typed = session.getAttribute(PasswordStepHandlers.TYPED_USERNAME);
		var refusal = session.getAttribute(PasswordStepHandlers.REFUSAL);
		session.removeAttribute(PasswordStepHandlers.TYPED_USERNAME);
		session.removeAttribute(PasswordStepHandlers.REFUSAL);
		model.addAttribute("username", typed == null ? "" : typed);
		model.addAttribute("refusal", refusal instanceof PasswordStepHandlers.SignInRefusal refused ? refused.words() : null);
		return "identity/sign-in";
	}
}
