package eu.tandem.identity;

import eu.tandem.web.Language;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The language switch in every page's header. Signed in, the choice holds for the session and is kept with the
 * account, so that it follows its holder to their next sign-in on any device (a form with its CSRF token). A visitor
 * who is not signed in chooses with a link, which keeps the choice in a cookie: reading a public page opens no
 * session. Either way the user goes back to the page they were on: a path on this site only, never an address from
 * elsewhere.
 */
@Controller
class LanguageController {

	private final Accounts accounts;

	LanguageController(Accounts accounts) {
		this.accounts = accounts;
	}

	@PostMapping("/language")
	String choose(@RequestParam(name = "language", required = false) @Nullable String code,
			@RequestParam(name = "back", required = false) @Nullable String back, @Nullable Authentication authentication,
			HttpServletRequest request) {
		var language = Language.ofCode(code);
		if (language.isPresent()) {
			RequestLanguage.choose(request.getSession(), language.get());
			// only a full sign-in changes the account: the password alone grants nothing but the second step
			if (authentication instanceof SignedIn signedIn && !signedIn.passwordChangeRequired()) {
				accounts.chooseLanguage(signedIn.getPrincipal(), language.get());
			}
		}
		return "redirect:" + pageOnThisSite(back);
	}

	@GetMapping("/language")
	String chooseAsVisitor(@RequestParam(name = "language", required = false) @Nullable String code,
			@RequestParam(name = "back", required = false) @Nullable String back, HttpServletResponse response) {
		Language.ofCode(code).ifPresent(language -> response.addCookie(RequestLanguage.cookie(language)));
		return "redirect:" + pageOnThisSite(back);
	}

	/** The path to go back to: one on this site, else the start page. */
	static String pageOnThisSite(@Nullable String back) {
		// braces would be read as a template variable of the redirect
		if (back == null || !back.startsWith("/") || back.startsWith("//") || back.startsWith("/\\")
				|| back.chars().anyMatch(c -> c < 0x20 || c == 0x7f || c == '{' || c == '}')) {
			return "/";
		}
		return back;
	}
}
