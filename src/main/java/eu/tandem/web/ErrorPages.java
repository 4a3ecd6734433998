package eu.tandem.web;

import eu.tandem.kernel.NotFound;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The pages for what went wrong: not found (also for what the user may not know exists), refused, a form
 * that came back without a valid CSRF token, and an address or form that could not be read. Never a stack trace.
 */
@Controller
@ControllerAdvice
class ErrorPages {

	@ExceptionHandler(NotFound.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound() {
		return "error/404";
	}

	/** Characters that cannot be read in the address or a form (see {@link ReadableRequests}). */
	@RequestMapping(ReadableRequests.REFUSAL)
	String unreadable(HttpServletResponse response, Model model) {
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		model.addAttribute("unreadable", true);
		return "error/400";
	}

	@RequestMapping("/access-denied")
	String accessDenied(HttpServletRequest request, HttpServletResponse response, Model model) {
		response.setStatus(HttpServletResponse.SC_FORBIDDEN);
		var cause = request.getAttribute(WebAttributes.ACCESS_DENIED_403);
		model.addAttribute("csrf", cause instanceof CsrfException);
		return "error/403";
	}
}
