package eu.tandem.sharing;

import java.time.Clock;
import java.time.Duration;

import eu.tandem.audit.AccessPatterns;
import eu.tandem.casework.CaseId;
import eu.tandem.identity.CurrentUser;
import eu.tandem.web.NotFound;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The data protection officer's oversight: a person's access history ("who has seen this person's data, when,
 * why") and unusual patterns among their agency's staff (many different records read in a short time).
 */
@Controller
@PreAuthorize("hasRole('DATA_PROTECTION_OFFICER')")
class OversightController {

	/** Twenty different records within ten minutes is more than case work needs; tune with experience. */
	static final Duration WINDOW = Duration.ofMinutes(10);
	static final int THRESHOLD = 20;

	private final SubjectAccess subjectAccess;
	private final AccessPatterns patterns;
	private final Clock clock;

	OversightController(SubjectAccess subjectAccess, AccessPatterns patterns, Clock clock) {
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
		return "sharing/access-history";
	}

	@PostMapping("/dpo/access-history")
	String history(@RequestParam(defaultValue = "") String reference, @AuthenticationPrincipal CurrentUser officer, Model model) {
		var caseId = CaseId.parse(reference.strip());
		try {
			model.addAttribute("history", subjectAccess.accessHistory(caseId.orElseThrow(NotFound::new), officer));
			model.addAttribute("reference", reference.strip());
		}
		catch (NotFound unknown) {
			model.addAttribute("problem", "There is no case about an identified person with this reference in a hub your agency belongs to.");
			model.addAttribute("reference", reference);
		}
		return form(officer, model);
	}
}
