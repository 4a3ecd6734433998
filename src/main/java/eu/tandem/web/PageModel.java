package eu.tandem.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the layout of every page needs besides the page's own model: the languages for the header's switch, and
 * the path of the page (without its query) for the switch to return to.
 */
@ControllerAdvice
class PageModel {

	@ModelAttribute("languages")
	List<Language> languages() {
		return List.of(Language.values());
	}

	@ModelAttribute("currentPath")
	String currentPath(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}
}
