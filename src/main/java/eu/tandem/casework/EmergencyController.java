package eu.tandem.casework;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import eu.tandem.agency.Agencies;
import eu.tandem.identity.Accounts;
import eu.tandem.identity.CurrentUser;
import eu.tandem.identity.StaffCard;
import eu.tandem.web.InvalidInput;
import eu.tandem.web.NotFound;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Break the glass: the practitioner's form, and the data protection officer's review queue. */
@Controller
class EmergencyController {

	static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm").withZone(ZoneOffset.UTC);

	private final BreakGlass breakGlass;
	private final CaseFiles cases;
	private final Accounts accounts;
	private final Agencies agencies;

	EmergencyController(BreakGlass breakGlass, CaseFiles cases, Accounts accounts, Agencies agencies) {
		this.cases = cases;
		this.breakGlass = breakGlass;
		this.accounts = accounts;
		this.agencies = agencies;
	}

	@GetMapping("/cases/emergency")
	@PreAuthorize("hasRole('PRACTITIONER')")
	String form() {
		return "casework/emergency";
	}

	@PostMapping("/cases/emergency")
	@PreAuthorize("hasRole('PRACTITIONER')")
	String open(@RequestParam(defaultValue = "") String reference, @RequestParam(defaultValue = "") String reason,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		var id = cases.named(reference);
		if (id.isEmpty()) {
			return again(model, reference, reason, "reference", "Enter the case reference as the case owner or the hub gave it to you.");
		}
		try {
			var grant = breakGlass.openCase(id.get(), reason, user);
			redirect.addFlashAttribute("notice", "Emergency access until " + TIME.format(grant.expiresAt())
					+ " (UTC). Everything you open is recorded; the case owner and the data protection officer are told.");
			return "redirect:/cases/" + id.get();
		}
		catch (NotFound unknown) {
			return again(model, reference, reason, "reference",
					"There is no open case with this reference in a hub your agency belongs to.");
		}
		catch (InvalidInput refused) {
			return again(model, reference, reason, refused.field(), refused.getMessage());
		}
	}

	private static String again(Model model, String reference, String reason, String field, String problem) {
		model.addAttribute("reference", reference);
		model.addAttribute("reason", reason);
		model.addAttribute("field", field);
		model.addAttribute("problem", problem);
		return "casework/emergency";
	}

	/** A grant in the officer's queue: who, from which agency, on which case. */
	record QueueLine(EmergencyAccess grant, String who, String agency) {
	}

	@GetMapping("/dpo/emergency-access")
	@PreAuthorize("hasRole('DATA_PROTECTION_OFFICER')")
	String queue(@AuthenticationPrincipal CurrentUser user, Model model) {
		var queue = breakGlass.reviewQueue(user);
		model.addAttribute("lines", queue.stream()
			.map(grant -> new QueueLine(grant, accounts.card(grant.user()).map(StaffCard::displayName).orElse("(account removed)"),
					agencies.nameOf(grant.agency())))
			.toList());
		model.addAttribute("references", cases.referencesOf(queue.stream().map(EmergencyAccess::caseId).toList()));
		return "casework/emergency-queue";
	}

	@PostMapping("/dpo/emergency-access/{grant}")
	@PreAuthorize("hasRole('DATA_PROTECTION_OFFICER')")
	String review(@PathVariable String grant, @RequestParam(defaultValue = "") String note,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		UUID id;
		try {
			id = UUID.fromString(grant);
		}
		catch (IllegalArgumentException notAnId) {
			throw new NotFound();
		}
		try {
			breakGlass.review(id, note, user);
			redirect.addFlashAttribute("notice", "Review recorded.");
		}
		catch (InvalidInput refused) {
			redirect.addFlashAttribute("problem", refused.getMessage());
		}
		return "redirect:/dpo/emergency-access";
	}
}
