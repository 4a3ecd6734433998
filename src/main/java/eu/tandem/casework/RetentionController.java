package eu.tandem.casework;

import eu.tandem.identity.CurrentUser;
import eu.tandem.web.InvalidInput;
import eu.tandem.web.NotFound;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The data protection officer's retention screen: what the job did, run it now, legal holds. */
@Controller
@PreAuthorize("hasRole('DATA_PROTECTION_OFFICER')")
class RetentionController {

	private final Retention retention;
	private final CaseFiles cases;

	RetentionController(Retention retention, CaseFiles cases) {
		this.cases = cases;
		this.retention = retention;
	}

	@GetMapping("/dpo/retention")
	String show(Model model) {
		model.addAttribute("runs", retention.runs(20));
		return "casework/retention";
	}

	@PostMapping("/dpo/retention/run")
	String run(@AuthenticationPrincipal CurrentUser officer, RedirectAttributes redirect) {
		redirect.addFlashAttribute("notice", retention.sweep(officer).map(run -> "Retention ran: " + run.summary())
			.orElse("Retention is running already (the nightly job or another officer's run); its result is listed here when it ends."));
		return "redirect:/dpo/retention";
	}

	@PostMapping("/dpo/retention/hold")
	String hold(@RequestParam(defaultValue = "") String reference, @RequestParam(defaultValue = "") String reason,
			@RequestParam(defaultValue = "set") String action, @AuthenticationPrincipal CurrentUser officer, RedirectAttributes redirect) {
		try {
			var id = cases.named(reference).orElseThrow(NotFound::new);
			if ("lift".equals(action)) {
				retention.lift(id, officer);
				redirect.addFlashAttribute("notice", "Legal hold lifted. The case is erased when its retention has ended.");
			}
			else {
				retention.hold(id, reason, officer);
				redirect.addFlashAttribute("notice", "Legal hold set. The case is not erased until you lift it.");
			}
		}
		catch (NotFound unknown) {
			redirect.addFlashAttribute("problem", "There is no case with this reference in a hub your agency belongs to.");
		}
		catch (InvalidInput refused) {
			redirect.addFlashAttribute("problem", refused.getMessage());
		}
		return "redirect:/dpo/retention";
	}
}
