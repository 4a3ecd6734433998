package eu.tandem.sharing;

import java.time.Clock;
import java.time.Duration;

import eu.tandem.audit.AccessPatterns;
import eu.tandem.audit.ActionWords;
import eu.tandem.casework.CaseFiles;
import eu.tandem.casework.CaseId;
import eu.tandem.identity.CurrentUser;
import eu.tandem.kernel.NotFound;
import eu.tandem.web.Dates;
import eu.tandem.web.FormErrors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The data protection officer's oversight: a person's access history ("who has seen this person's data, when, why"),
 * in words, grouped, filtered and a page at a time — posted, so that the case reference stays out of addresses and
 * logs — and unusual patterns among their agency's staff (many different records read in a short time).
 */
@Controller
@PreAuthorize("hasRole('DATA_PROTECTION_OFFICER')")
class OversightController {

	/** Twenty different records within ten minutes is more than case work needs; tune with experience. */
	static final Duration WINDOW = Duration.ofMinutes(10);
	static final int THRESHOLD = 20;

	private final SubjectAccess subjectAccess;
	private final CaseFiles cases;
	private final AccessPatterns patterns;
	private final Clock clock;

	OversightController(SubjectAccess subjectAccess, CaseFiles cases, AccessPatterns patterns, Clock clock) {
		this.cases = cases;
		this.subjectAccess = subjectAccess;
		this.patterns = patterns;
		this.clock = clock;
	}

	@GetMapping("/dpo/access-history")
	String form(@AuthenticationPrincipal CurrentUser officer, Model model) {
		model.addAttribute("patterns", patterns.manyReads(officer.agencyId().value(), clock.instant().minus(Duration.ofDays(7)), WINDOW,
				THRESHOLD));
		model.addAttribute("window", WINDOW.toMinutes());
		model.addAttribute("threshold", THRESHOLD);
		model.addAttribute("kinds", ActionWords.Kind.values());
		if (!model.containsAttribute("search")) {
			model.addAttribute("search", new AccessHistoryForm());
		}
		return "sharing/access-history";
	}

	/** The history a page at a time, or every problem with what was typed at once, each next to its field. */
	@PostMapping("/dpo/access-history")
	String history(@ModelAttribute("search") AccessHistoryForm form, BindingResult errors, @AuthenticationPrincipal CurrentUser officer,
			Model model) {
		var caseId = cases.named(form.getReference());
		if (form.getReference().isBlank()) {
			errors.rejectValue("reference", "sharing.error.noReference");
		}
		else if (caseId.isEmpty()) {
			errors.rejectValue("reference", "sharing.error.noSuchCase");
		}
		var fromDay = FormErrors.capture(errors, () -> Typed.day("from", form.getFrom()));
		var toDay = FormErrors.capture(errors, () -> Typed.day("to", form.getTo()));
		if (fromDay != null && toDay != null && toDay.isBefore(fromDay)) {
			errors.rejectValue("to", "sharing.error.periodBackwards");
		}
		if (!errors.hasErrors()) {
			try {
				model.addAttribute("history", subjectAccess.accessHistory(caseId.orElseThrow(),
						new AccessFilter(form.getWho(), form.getKind(), fromDay, toDay, Dates.zone()), form.pageNumber(), officer));
			}
			catch (NotFound unknown) {
				errors.rejectValue("reference", "sharing.error.noSuchCase");
			}
		}
		return form(officer, model);
	}
}
