package eu.tandem.sharing;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import eu.tandem.audit.AccessPatterns;
import eu.tandem.audit.ActionWords;
import eu.tandem.casework.CaseFiles;
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
		if (!model.containsAttribute("filter")) {
			model.addAttribute("filter", AccessFilter.none());
		}
		return "sharing/access-history";
	}

	@PostMapping("/dpo/access-history")
	String history(@RequestParam(defaultValue = "") String reference, @RequestParam(defaultValue = "") String who,
			@RequestParam(defaultValue = "") String kind, @RequestParam(defaultValue = "") String from,
			@RequestParam(defaultValue = "") String to, @RequestParam(defaultValue = "1") int page,
			@AuthenticationPrincipal CurrentUser officer, Model model) {
		model.addAttribute("reference", reference.strip());
		var fromDay = day(from);
		var toDay = day(to);
		model.addAttribute("filter", new AccessFilter(who, kind, fromDay, toDay));
		model.addAttribute("fromText", from);
		model.addAttribute("toText", to);
		if (fromDay == null && !from.isBlank() || toDay == null && !to.isBlank()) {
			model.addAttribute("problem", "Enter the dates of the period as day, month and year, e.g. 2026-12-02.");
			model.addAttribute("problemField", fromDay == null && !from.isBlank() ? "from" : "to");
			return form(officer, model);
		}
		if (fromDay != null && toDay != null && toDay.isBefore(fromDay)) {
			model.addAttribute("problem", "The period ends before it starts. Check the dates.");
			model.addAttribute("problemField", "to");
			return form(officer, model);
		}
		try {
			var caseId = cases.named(reference).orElseThrow(NotFound::new);
			model.addAttribute("history", subjectAccess.accessHistory(caseId, new AccessFilter(who, kind, fromDay, toDay), page, officer));
		}
		catch (NotFound unknown) {
			model.addAttribute("problem", SubjectAccessController.NO_SUCH_CASE);
			model.addAttribute("problemField", "reference");
		}
		return form(officer, model);
	}

	private static LocalDate day(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException notADate) {
			return null;
		}
	}
}
