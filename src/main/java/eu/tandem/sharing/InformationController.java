package eu.tandem.sharing;

import eu.tandem.casework.CaseId;
import eu.tandem.hub.DataCategory;
import eu.tandem.identity.CurrentUser;
import eu.tandem.kernel.EditConflict;
import eu.tandem.kernel.InvalidInput;
import eu.tandem.kernel.NotFound;
import eu.tandem.web.FormErrors;
import eu.tandem.web.Words;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
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
 * A case's information, an item with its corrections, and the disclosure ledger: the screens over {@link CaseInformation}
 * and {@link Disclosures}, each read in one transaction by {@link InformationPages}. A refused form comes back on its
 * page with every problem next to its field and what was typed kept.
 */
@Controller
class InformationController {

	private final InformationPages pages;
	private final CaseInformation information;
	private final Disclosures disclosures;

	InformationController(InformationPages pages, CaseInformation information, Disclosures disclosures) {
		this.pages = pages;
		this.information = information;
		this.disclosures = disclosures;
	}

	@GetMapping("/cases/{id}/information")
	String show(@PathVariable String id, @AuthenticationPrincipal CurrentUser user, Model model) {
		return page(caseId(id), user, model);
	}

	/** The information page with its two forms: as typed where one was refused, empty otherwise. */
	private String page(CaseId caseId, CurrentUser user, Model model) {
		model.addAttribute("page", pages.information(caseId, user));
		if (!model.containsAttribute("recordForm")) {
			model.addAttribute("recordForm", new RecordForm());
		}
		if (!model.containsAttribute("disclosureForm")) {
			model.addAttribute("disclosureForm", new DisclosureForm());
		}
		return "sharing/information";
	}

	@PostMapping("/cases/{id}/information")
	String record(@PathVariable String id, @ModelAttribute("recordForm") RecordForm form, BindingResult errors,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		var caseId = caseId(id);
		var category = form.category();
		try {
			information.record(caseId, category, form.kind(), form.getText(), form.language(), user, form.wording());
		}
		catch (InvalidInput refused) {
			FormErrors.reject(errors, refused);
			return page(caseId, user, model);
		}
		catch (WordsToReconsider found) {
			model.addAttribute("wording", WordingPrompt.about(found));
			return page(caseId, user, model);
		}
		redirect.addFlashAttribute("notice", who(category));
		return "redirect:/cases/" + caseId + "/information";
	}

	@GetMapping("/cases/{id}/information/{item}")
	String item(@PathVariable String id, @PathVariable String item, @AuthenticationPrincipal CurrentUser user, Model model) {
		var itemId = ItemId.parse(item).orElseThrow(NotFound::new);
		return itemPage(pages.item(caseId(id), itemId, user), model);
	}

	/**
	 * A correction refused for what was typed comes back with the problems next to their fields; one refused because
	 * someone corrected the item meanwhile comes back with their wording beside the user's, which is kept, so that the
	 * user merges the two and nothing is overwritten unseen.
	 */
	@PostMapping("/cases/{id}/information/{item}/rectify")
	String rectify(@PathVariable String id, @PathVariable String item, @ModelAttribute("correction") CorrectionForm form,
			BindingResult errors, @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		var caseId = caseId(id);
		var itemId = ItemId.parse(item).orElseThrow(NotFound::new);
		try {
			information.rectify(itemId, form.getText(), form.getReason(), form.typedAgainst(), user, form.wording());
		}
		catch (InvalidInput refused) {
			FormErrors.reject(errors, refused);
			return itemPage(pages.item(caseId, itemId, user), model);
		}
		catch (WordsToReconsider found) {
			model.addAttribute("wording", WordingPrompt.about(found));
			return itemPage(pages.item(caseId, itemId, user), model);
		}
		catch (EditConflict conflict) {
			model.addAttribute("conflict", conflict);
			var page = pages.item(caseId, itemId, user);
			form.seen(page.item());
			return itemPage(page, model);
		}
		redirect.addFlashAttribute("notice", Words.of("sharing.notice.corrected"));
		return "redirect:/cases/" + caseId + "/information";
	}

	private static String itemPage(ItemPage page, Model model) {
		model.addAttribute("page", page);
		if (!model.containsAttribute("correction")) {
			model.addAttribute("correction", CorrectionForm.of(page.item()));
		}
		return "sharing/item";
	}

	@PostMapping("/cases/{id}/disclosures")
	String disclose(@PathVariable String id, @ModelAttribute("disclosureForm") DisclosureForm form, BindingResult errors,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		var caseId = caseId(id);
		var request = form.toRequest(errors);
		if (request == null) {
			return page(caseId, user, model);
		}
		try {
			disclosures.disclose(caseId, request, user);
		}
		catch (InvalidInput refused) {
			FormErrors.reject(errors, refused);
			return page(caseId, user, model);
		}
		redirect.addFlashAttribute("notice", Words.of("sharing.notice.disclosed"));
		return "redirect:/cases/" + caseId + "/information";
	}

	@GetMapping("/cases/{id}/disclosures")
	String ledger(@PathVariable String id, @AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("page", pages.ledger(caseId(id), user));
		return "sharing/ledger";
	}

	@PostMapping("/cases/{id}/disclosures/{disclosure}/revoke")
	String revoke(@PathVariable String id, @PathVariable String disclosure, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		var caseId = caseId(id);
		var disclosureId = Typed.id(disclosure).orElseThrow(NotFound::new);
		try {
			disclosures.revoke(disclosureId, user);
			redirect.addFlashAttribute("notice", Words.of("sharing.notice.revoked"));
		}
		catch (InvalidInput refused) {
			// a copy: the flash attribute is kept in the session, which stores words, not an exception
			redirect.addFlashAttribute("problem", new DefaultMessageSourceResolvable(refused));
		}
		return "redirect:/cases/" + caseId + "/information";
	}

	/** "Recorded." and who sees it now. */
	static MessageSourceResolvable who(DataCategory category) {
		return switch (category) {
			case HEALTH -> Words.of("sharing.notice.recorded.health");
			case SECURITY, JUSTICE -> Words.of("sharing.notice.recorded.agency");
			case IDENTITY, SOCIAL, EDUCATION -> Words.of("sharing.notice.recorded.agreement");
		};
	}

	private static CaseId caseId(String id) {
		return CaseId.parse(id).orElseThrow(NotFound::new);
	}
}
