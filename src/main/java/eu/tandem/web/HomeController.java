package eu.tandem.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page after sign-in: what this user's roles let them do. */
@Controller
class HomeController {

	@GetMapping("/")
	String home() {
		return "home";
	}
}
