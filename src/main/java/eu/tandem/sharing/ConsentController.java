package eu.tandem.sharing;

import java.time.Clock;
import java.util.Objects;
import java.util.stream.Collectors;

import eu.tandem.casework.CaseFiles;
import eu.tandem.casework.CaseId;
import eu.tandem.hub.DataCategory;
import eu.tandem.hub.Hub;
import eu.tandem.hub.Hubs;
import eu.tandem.hub.SharingPurpose;
import eu.tandem.identity.CurrentUser;
import eu.tandem.kernel.InvalidInput;
import eu.tandem.kernel.NotFound;
import eu.tandem.web.FormErrors;
import eu.tandem.web.Words;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A case's consent decisions: the list, the form to record one and, next to each consent in force, the form to record
 * its withdrawal. A refused form comes back on the page with every problem next to its field and what was typed kept.
 */
@Controller
class ConsentController {

	private final Disclosures disclosures;
	private final CaseFiles cases;
	private final Hubs hubs;
	private final InformationPages pages;
	private final Clock clock;

	ConsentController(Disclosures disclosures, CaseFiles cases, Hubs hubs, InformationPages pages, Clock clock) {
		this.disclosures = disclosures;
		this.cases = cases;
		this.hubs = hubs;
		this.pages = pages;
		this.clock = clock;
	}

	@GetMapping("/cases/{id}/consent")
	String consent(@PathVariable String id, @AuthenticationPrincipal CurrentUser user, Model model) {
		return page(caseId(id), user, model);
	}

	@PostMapping("/cases/{id}/consent")
	String record(@PathVariable String id, @ModelAttribute("consentForm") ConsentForm form, BindingResult errors,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		var caseId = caseId(id);
		var request = form.toRequest(errors);
		if (request == null) {
			return page(caseId, user, model);
		}
		try {
			disclosures.recordConsent(caseId, request, user);
		}
		catch (InvalidInput refused) {
			FormErrors.reject(errors, refused);
			return page(caseId, user, model);
		}
		redirect.addFlashAttribute("notice", Words.of("sharing.notice.consentRecorded"));
		return "redirect:/cases/" + caseId + "/consent";
	}

	@PostMapping("/cases/{id}/consent/{consent}/withdraw")
	String withdraw(@PathVariable String id, @PathVariable String consent, @ModelAttribute("withdrawalForm") WithdrawalForm form,
			BindingResult errors, @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		var caseId = caseId(id);
		var consentId = Typed.id(consent).orElseThrow(NotFound::new);
		form.setConsent(consentId.toString());
		if (!form.readable(errors)) {
			return page(caseId, user, model);
		}
		int flagged;
		try {
			flagged = disclosures.withdraw(consentId, form.by(), form.on(), form.how(), form.getDocumentReference(), form.getNote(), user);
		}
		catch (InvalidInput refused) {
			FormErrors.reject(errors, refused);
			return page(caseId, user, model);
		}
		redirect.addFlashAttribute("notice", Words.of("sharing.notice.withdrawn", flagged));
		return "redirect:/cases/" + caseId + "/consent";
	}

	/** The page with its forms: as typed where one was refused, empty and dated today otherwise. */
	private String page(CaseId caseId, CurrentUser user, Model model) {
		var all = disclosures.consents(caseId, user);
		var hub = hubs.find(cases.standing(caseId, user).orElseThrow(NotFound::new).file().hub()).orElseThrow();
		// a decision is dated by the hub's calendar, whose day does not end at one in the morning
		var today = hub.today(clock);
		model.addAttribute("caseId", caseId);
		model.addAttribute("consents", all);
		var withdrawn = all.stream().map(Consent::withdraws).filter(Objects::nonNull).collect(Collectors.toSet());
		model.addAttribute("withdrawn", withdrawn);
		model.addAttribute("withdrawable", all.stream()
			.filter(consent -> consent.decision() == Consent.Decision.GIVEN && !withdrawn.contains(consent.id()))
			.map(consent -> consent.id().toString()).collect(Collectors.toSet()));
		model.addAttribute("agencyNames", pages.memberNames(hub));
		model.addAttribute("hubAgencies", hub.agencies().stream().map(Hub.MemberAgency::agency).toList());
		model.addAttribute("categories", DataCategory.values());
		model.addAttribute("purposes", SharingPurpose.values());
		model.addAttribute("obtainedWays", Consent.Obtained.values());
		model.addAttribute("deciders", Consent.DecidedBy.values());
		if (!model.containsAttribute("consentForm")) {
			model.addAttribute("consentForm", ConsentForm.decidedOn(today));
		}
		if (!model.containsAttribute("withdrawalForm")) {
			model.addAttribute("withdrawalForm", WithdrawalForm.decidedOn(today));
		}
		model.addAttribute("today", today);
		return "sharing/consent";
	}

	private static CaseId caseId(String id) {
		return CaseId.parse(id).orElseThrow(NotFound::new);
	}
}
