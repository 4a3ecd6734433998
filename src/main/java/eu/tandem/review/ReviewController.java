package eu.tandem.review;

import java.util.UUID;

import eu.tandem.casework.CaseId;
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
 * The case's review page over {@link Reviews}: its reviews and follow-ups, when the next review is due, and the forms
 * to record a review and a follow-up. A refused form comes back with every problem next to its field and what was
 * typed kept.
 */
@Controller
class ReviewController {

	private final Reviews reviews;
	private final FollowUps followUps;

	ReviewController(Reviews reviews, FollowUps followUps) {
		this.reviews = reviews;
		this.followUps = followUps;
	}

	@GetMapping("/cases/{id}/reviews")
	String show(@PathVariable String id, @AuthenticationPrincipal CurrentUser user, Model model) {
		return page(caseId(id), user, model, null);
	}

	private String page(CaseId caseId, CurrentUser user, Model model, ReviewForm typed) {
		var sight = reviews.read(caseId, user);
		model.addAttribute("sight", sight);
		model.addAttribute("file", sight.standing().file());
		model.addAttribute("decisions", Decision.values());
		model.addAttribute("outcomes", Outcome.values());
		model.addAttribute("reviewForm", typed == null ? ReviewForm.blank(sight.measures().size()) : typed);
		return "review/reviews";
	}

	@PostMapping("/cases/{id}/reviews")
	String record(@PathVariable String id, @ModelAttribute("reviewForm") ReviewForm form, BindingResult errors,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		var caseId = caseId(id);
		try {
			reviews.record(caseId, form.toInput(), user);
		}
		catch (InvalidInput refused) {
			var sight = reviews.read(caseId, user);
			form.fit(sight.measures().size());
			FormErrors.reject(errors, refused);
			// refused because the case is no longer under review, the form still comes back with the reason next to its field
			model.addAttribute("refused", Boolean.TRUE);
			return page(caseId, user, model, form);
		}
		redirect.addFlashAttribute("notice", Words.of("review.notice.recorded." + form.getDecision()));
		return "redirect:/cases/" + caseId + "/reviews";
	}

	@GetMapping("/cases/{id}/follow-ups/{followUp}")
	String followUp(@PathVariable String id, @PathVariable String followUp, @AuthenticationPrincipal CurrentUser user, Model model) {
		return followUpPage(caseId(id), id(followUp), user, model, null);
	}

	private String followUpPage(CaseId caseId, UUID followUpId, CurrentUser user, Model model, FollowUpForm typed) {
		var sight = reviews.read(caseId, user);
		var check = sight.followUps().stream().filter(found -> found.id().equals(followUpId)).findFirst().orElseThrow(NotFound::new);
		model.addAttribute("sight", sight);
		model.addAttribute("file", sight.standing().file());
		model.addAttribute("check", check);
		model.addAttribute("hub", followUps.hubOf(check));
		model.addAttribute("followUpForm", typed == null ? FollowUpForm.blank(sight.measures().size()) : typed);
		return "review/follow-up";
	}

	@PostMapping("/cases/{id}/follow-ups/{followUp}")
	String recordFollowUp(@PathVariable String id, @PathVariable String followUp, @ModelAttribute("followUpForm") FollowUpForm form,
			BindingResult errors, @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		var caseId = caseId(id);
		var followUpId = id(followUp);
		try {
			followUps.record(caseId, followUpId, form.toInput(), user);
		}
		catch (InvalidInput refused) {
			form.fit(reviews.read(caseId, user).measures().size());
			FormErrors.reject(errors, refused);
			return followUpPage(caseId, followUpId, user, model, form);
		}
		redirect.addFlashAttribute("notice", Words.of("review.notice.followUpRecorded"));
		return "redirect:/cases/" + caseId + "/follow-ups/" + followUpId;
	}

	private static CaseId caseId(String id) {
		return CaseId.parse(id).orElseThrow(NotFound::new);
	}

	private static UUID id(String text) {
		try {
			return UUID.fromString(text);
		}
		catch (IllegalArgumentException notAnId) {
			throw new NotFound();
		}
	}
}
