package eu.tandem.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Puts a new authentication into the session under a new session id, so that an id seen before this
 * step (before the code, before the password change) is worth nothing afterwards. The session takes the language
 * the account's holder chose.
 */
@Component
class SessionSignIn {

	private final SecurityContextRepository contexts;
	private final AccountStore accounts;

	SessionSignIn(SecurityContextRepository contexts, AccountStore accounts) {
		this.contexts = contexts;
		this.accounts = accounts;
	}

	void replace(Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
		request.changeSessionId();
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication);
		SecurityContextHolder.setContext(context);
		contexts.saveContext(context, request, response);
		if (authentication.getPrincipal() instanceof CurrentUser user) {
			// the language chosen on another device, or before: the switch's choice in this session otherwise stands
			accounts.language(user.id()).ifPresent(language -> RequestLanguage.choose(request.getSession(), language));
		}
	}
}
