package eu.tandem.identity;

import java.util.Comparator;
import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page after sign-in: what needs this user now, and what their roles let them do. */
@Controller
class StartPageController {

	private final List<StartPageNotices> sources;

	StartPageController(List<StartPageNotices> sources) {
		this.sources = sources;
	}

	@GetMapping("/")
	String home(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("notices", sources.stream().flatMap(source -> source.noticesFor(user).stream())
			.sorted(Comparator.comparing(StartPageNotice::at).reversed())
			.toList());
		return "home";
	}
}
