package eu.tandem.sharing;

import eu.tandem.casework.CaseId;
import eu.tandem.identity.CurrentUser;
import eu.tandem.kernel.InvalidInput;
import eu.tandem.kernel.NotFound;
import eu.tandem.web.FormErrors;
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
 * The contacts of a case with the person or their family, and the form to record one: a refused contact comes back
 * with every problem next to its field and everything typed kept; a note that uses a listed word comes back with a
 * gentle prompt and the note kept, and "save as written" saves it.
 */
@Controller
class ContactsController {

	private final InformationPages pages;
	private final CaseInformation information;

	ContactsController(InformationPages pages, CaseInformation information) {
		this.pages = pages;
		this.information = information;
	}

	@GetMapping("/cases/{id}/contacts")
	String show(@PathVariable String id, @AuthenticationPrincipal CurrentUser user, Model model) {
		return page(caseId(id), user, model);
	}

	private String page(CaseId caseId, CurrentUser user, Model model) {
		model.addAttribute("page", pages.contacts(caseId, user));
		if (!model.containsAttribute("contactForm")) {
			model.addAttribute("contactForm", new ContactForm());
		}
		return "sharing/contacts";
	}

	@PostMapping("/cases/{id}/contacts")
	String record(@PathVariable String id, @ModelAttribute("contactForm") ContactForm form, BindingResult errors,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		var caseId = caseId(id);
		// a day that is no date is named as such; the rule then finds the day missing, with every other problem
		var day = FormErrors.capture(errors, () -> Typed.day("day", form.getDay()));
		var contact = form.request(day);
		try {
			information.recordContact(caseId, contact, user, form.wording());
		}
		catch (InvalidInput refused) {
			FormErrors.reject(errors, refused);
			return page(caseId, user, model);
		}
		catch (WordsToReconsider found) {
			model.addAttribute("wording", WordingPrompt.about(found));
			return page(caseId, user, model);
		}
		redirect.addFlashAttribute("notice", InformationController.who(contact.category()));
		return "redirect:/cases/" + caseId + "/contacts";
	}

	private static CaseId caseId(String id) {
		return CaseId.parse(id).orElseThrow(NotFound::new);
	}
}
