package eu.tandem.casework;

import java.util.UUID;

import eu.tandem.agency.Agencies;
import eu.tandem.identity.Accounts;
import eu.tandem.identity.CurrentUser;
import eu.tandem.identity.StaffCard;
import eu.tandem.kernel.InvalidInput;
import eu.tandem.kernel.NotFound;
import eu.tandem.web.Dates;
import eu.tandem.web.FormErrors;
import eu.tandem.web.Words;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Break the glass: the practitioner's form, and the data protection officer's review queue. */
@Controller
class EmergencyController {

	private final BreakGlass breakGlass;
	private final CaseFiles cases;
	private final Accounts accounts;
	private final Agencies agencies;
	private final Dates dates;

	EmergencyController(BreakGlass breakGlass, CaseFiles cases, Accounts accounts, Agencies agencies, Dates dates) {
		this.dates = dates;
		this.cases = cases;
		this.breakGlass = breakGlass;
		this.accounts = accounts;
		this.agencies = agencies;
	}

	@GetMapping("/cases/emergency")
	@PreAuthorize("hasRole('PRACTITIONER')")
	String form(Model model) {
		model.addAttribute("emergency", new EmergencyForm());
		return "casework/emergency";
	}

	/**
	 * Opens the case, or comes back with every problem next to its field: an unknown reference and a short reason
	 * together. The reason is checked by itself only where there is no case to ask {@link BreakGlass} about.
	 */
	@PostMapping("/cases/emergency")
	@PreAuthorize("hasRole('PRACTITIONER')")
	String open(@ModelAttribute("emergency") EmergencyForm form, BindingResult errors, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		var id = cases.named(form.getReference());
		if (id.isEmpty()) {
			errors.rejectValue("reference", "casework.error.referenceNotACase");
		}
		else {
			try {
				var grant = breakGlass.openCase(id.get(), form.getReason(), user);
				redirect.addFlashAttribute("notice", Words.of("casework.notice.emergencyOpened",
						dates.shortDayAndTime(grant.expiresAt())));
				return "redirect:/cases/" + id.get();
			}
			catch (NotFound unknown) {
				errors.rejectValue("reference", "casework.error.noOpenCaseOfYourHubs");
			}
			catch (InvalidInput refused) {
				FormErrors.reject(errors, refused);
			}
		}
		if (errors.hasFieldErrors("reference")) {
			FormErrors.capture(errors, () -> BreakGlass.statedReason(form.getReason()));
		}
		return "casework/emergency";
	}

	/** A grant in the officer's queue: who (none for an account removed), from which agency, on which case. */
	record QueueLine(EmergencyAccess grant, @Nullable String who, String agency) {
	}

	@GetMapping("/dpo/emergency-access")
	@PreAuthorize("hasRole('DATA_PROTECTION_OFFICER')")
	String queue(@AuthenticationPrincipal CurrentUser user, Model model) {
		if (!model.containsAttribute("reviewForm")) {
			model.addAttribute("reviewForm", new ReviewForm());
		}
		var queue = breakGlass.reviewQueue(user);
		model.addAttribute("lines", queue.stream()
			.map(grant -> new QueueLine(grant, accounts.card(grant.user()).map(StaffCard::displayName).orElse(null),
					agencies.nameOf(grant.agency())))
			.toList());
		model.addAttribute("references", cases.referencesOf(queue.stream().map(EmergencyAccess::caseId).toList()));
		return "casework/emergency-queue";
	}

	@PostMapping("/dpo/emergency-access/{grant}")
	@PreAuthorize("hasRole('DATA_PROTECTION_OFFICER')")
	String review(@PathVariable String grant, @ModelAttribute("reviewForm") ReviewForm form, BindingResult errors,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		UUID id;
		try {
			id = UUID.fromString(grant);
		}
		catch (IllegalArgumentException notAnId) {
			throw new NotFound();
		}
		form.setGrant(id.toString());
		try {
			breakGlass.review(id, form.getNote(), user);
		}
		catch (InvalidInput refused) {
			FormErrors.reject(errors, refused);
			return queue(user, model);
		}
		redirect.addFlashAttribute("notice", Words.of("casework.notice.reviewed"));
		return "redirect:/dpo/emergency-access";
	}
}
