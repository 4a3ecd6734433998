package eu.tandem.sharing;

import eu.tandem.identity.CurrentUser;
import eu.tandem.kernel.EditConflict;
import eu.tandem.kernel.InvalidInput;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Decisions about the withheld entries of a subject access request: the recording agency's page, which shows its
 * staff their own agency's withheld entries and nothing else of the request, and the release and withholding that
 * both it and the officer's review page send. Not a role's page: who may decide is the record's rule
 * ({@link SubjectAccessRules}), and for anyone else the request does not exist.
 */
@Controller
class SubjectAccessDecisionController {

	private final SubjectAccess subjectAccess;

	SubjectAccessDecisionController(SubjectAccess subjectAccess) {
		this.subjectAccess = subjectAccess;
	}

	@GetMapping("/subject-access/{request}/release")
	String release(@PathVariable String request, @AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("release", subjectAccess.forRelease(SubjectAccessController.id(request), user));
		return "sharing/subject-access-release";
	}

	@PostMapping("/subject-access/{request}/entries/{entry}/release")
	String release(@PathVariable String request, @PathVariable String entry, @RequestParam(defaultValue = "") String ground,
			@RequestParam(defaultValue = "-1") long version, @RequestParam(defaultValue = "") String from,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		var id = SubjectAccessController.id(request);
		try {
			var decider = subjectAccess.release(id, position(entry), ground, version, user);
			redirect.addFlashAttribute("notice", "Released: the entry goes into the answer.");
			return back(decider, id, entry);
		}
		catch (InvalidInput | EditConflict refused) {
			return refused(refused, "release", entry, ground, null, from, id, redirect);
		}
	}

	@PostMapping("/subject-access/{request}/entries/{entry}/withhold")
	String withhold(@PathVariable String request, @PathVariable String entry, @RequestParam(defaultValue = "") String ground,
			@RequestParam(defaultValue = "") String tell, @RequestParam(defaultValue = "-1") long version,
			@RequestParam(defaultValue = "") String from, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		var id = SubjectAccessController.id(request);
		var telling = switch (tell) {
			case "yes" -> Boolean.TRUE;
			case "no" -> Boolean.FALSE;
			default -> null;
		};
		try {
			var decider = subjectAccess.withhold(id, position(entry), ground, telling, version, user);
			redirect.addFlashAttribute("notice", Boolean.TRUE.equals(telling)
					? "Withheld. The answer says that it was withheld and under which ground."
					: "Withheld. The answer says nothing about it.");
			return back(decider, id, entry);
		}
		catch (InvalidInput | EditConflict refused) {
			return refused(refused, "withhold", entry, ground, tell, from, id, redirect);
		}
	}

	private static int position(String entry) {
		try {
			return Integer.parseInt(entry);
		}
		catch (NumberFormatException notAPlace) {
			throw new eu.tandem.kernel.NotFound();
		}
	}

	private static String back(SubjectAccessRules.Decider decider, java.util.UUID id, String entry) {
		// the entry's place in the request, never a record's identifier, goes into the address
		return decider == SubjectAccessRules.Decider.HUB_OFFICER ? "redirect:/dpo/subject-access/" + id + "#entry-" + entry
				: "redirect:/subject-access/" + id + "/release#entry-" + entry;
	}

	/** Back to the page the form was on, with every problem next to its field and what was typed kept. */
	private static String refused(RuntimeException refused, String form, String entry, String ground, String tell, String from,
			java.util.UUID id, RedirectAttributes redirect) {
		var problems = new java.util.LinkedHashMap<String, String>();
		var each = refused instanceof InvalidInput invalid ? invalid.each() : java.util.List.of(new InvalidInput("ground", refused.getMessage()));
		// the fields' ids name the form and the entry's place, so each message lands next to the field of the form that was sent
		each.forEach(problem -> problems.putIfAbsent(form + ("tell".equals(problem.field()) ? "-tell-" : "-ground-") + entry,
				problem.getMessage()));
		redirect.addFlashAttribute("problems", problems);
		redirect.addFlashAttribute("problemEntry", position(entry));
		redirect.addFlashAttribute("problemForm", form);
		redirect.addFlashAttribute("typedGround", ground);
		redirect.addFlashAttribute("typedTell", tell);
		return "review".equals(from) ? "redirect:/dpo/subject-access/" + id : "redirect:/subject-access/" + id + "/release";
	}
}
