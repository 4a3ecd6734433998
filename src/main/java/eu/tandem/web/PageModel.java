package eu.tandem.web;

import java.util.List;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UrlPathHelper;

/**
 * What the layout of every page needs besides the page's own model: the languages for the header's switch, and
 * the path of the page (without its query) for the switch to return to.
 */
@ControllerAdvice
class PageModel {

	private static final UrlPathHelper URL_PATHS = new UrlPathHelper();

	@ModelAttribute("languages")
	List<Language> languages() {
		return List.of(Language.values());
	}

	/** The page the user asked for, also on an error page, which Tomcat and Spring Security show from another path. */
	@ModelAttribute("currentPath")
	String currentPath(HttpServletRequest request) {
		var asked = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String failed ? failed
				: URL_PATHS.getOriginatingRequestUri(request);
		var context = request.getContextPath();
		return asked.startsWith(context) ? asked.substring(context.length()) : asked;
	}
}
