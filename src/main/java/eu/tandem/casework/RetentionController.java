package eu.tandem.casework;

import eu.tandem.identity.CurrentUser;
import eu.tandem.kernel.InvalidInput;
import eu.tandem.kernel.NotFound;
import eu.tandem.web.FormErrors;
import eu.tandem.web.Words;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
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
		if (!model.containsAttribute("hold")) {
			model.addAttribute("hold", new LegalHoldForm());
		}
		model.addAttribute("runs", retention.runs(20));
		return "casework/retention";
	}

	@PostMapping("/dpo/retention/run")
	String run(@AuthenticationPrincipal CurrentUser officer, RedirectAttributes redirect) {
		redirect.addFlashAttribute("notice", retention.sweep(officer)
			.map(run -> Words.of("casework.notice.retentionRan", run.erased(), run.held(), run.kept()))
			.orElseGet(() -> Words.of("casework.notice.retentionRunning")));
		return "redirect:/dpo/retention";
	}

	/**
	 * Sets or lifts a legal hold, or comes back with every problem next to its field: an unknown reference and a
	 * missing reason together. The reason is checked by itself only where there is no case to ask about.
	 */
	@PostMapping("/dpo/retention/hold")
	String hold(@ModelAttribute("hold") LegalHoldForm form, BindingResult errors, @RequestParam(defaultValue = "set") String action,
			@AuthenticationPrincipal CurrentUser officer, Model model, RedirectAttributes redirect) {
		var lifting = "lift".equals(action);
		var id = cases.named(form.getReference());
		if (form.getReference().isBlank()) {
			errors.rejectValue("reference", "casework.error.referenceMissing");
		}
		else if (id.isEmpty()) {
			errors.rejectValue("reference", "casework.error.noCaseOfYourHubs");
		}
		else {
			try {
				if (lifting) {
					retention.lift(id.get(), officer);
					redirect.addFlashAttribute("notice", Words.of("casework.notice.holdLifted"));
				}
				else {
					retention.hold(id.get(), form.getReason(), officer);
					redirect.addFlashAttribute("notice", Words.of("casework.notice.holdSet"));
				}
				return "redirect:/dpo/retention";
			}
			catch (NotFound unknown) {
				errors.rejectValue("reference", "casework.error.noCaseOfYourHubs");
			}
			catch (InvalidInput refused) {
				FormErrors.reject(errors, refused);
			}
		}
		if (!lifting && errors.hasFieldErrors("reference")) {
			FormErrors.capture(errors, () -> Retention.holdReason(form.getReason()));
		}
		return show(model);
	}
}
