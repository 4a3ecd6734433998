package eu.tandem.sharing;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import eu.tandem.identity.CurrentUser;
import eu.tandem.kernel.EditConflict;
import eu.tandem.kernel.InvalidInput;
import eu.tandem.kernel.NotFound;
import eu.tandem.web.FormErrors;
import eu.tandem.web.Words;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Decisions about the withheld entries of a subject access request: the recording agency's page, which shows its
 * staff their own agency's withheld entries and nothing else of the request, and the release and withholding that
 * both it and the officer's review page send. Not a role's page: who may decide is the record's rule
 * ({@link SubjectAccessRules}), and for anyone else the request does not exist. A refused decision comes back on the
 * page it was sent from, with every problem next to its field and what was typed kept.
 */
@Controller
class SubjectAccessDecisionController {

	private final SubjectAccess subjectAccess;

	SubjectAccessDecisionController(SubjectAccess subjectAccess) {
		this.subjectAccess = subjectAccess;
	}

	@GetMapping("/subject-access/{request}/release")
	String release(@PathVariable String request, @AuthenticationPrincipal CurrentUser user, Model model) {
		return releasePage(SubjectAccessController.id(request), user, model);
	}

	@PostMapping("/subject-access/{request}/entries/{entry}/release")
	String release(@PathVariable String request, @PathVariable String entry, @ModelAttribute("decisionForm") DecisionForm form,
			BindingResult errors, @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		var id = SubjectAccessController.id(request);
		var position = position(entry);
		return decide(new RefusedDecision("release", position), form, errors, id, user, model, () -> {
			var decider = subjectAccess.release(id, position, form.getGround(), form.typedAgainst(), user);
			redirect.addFlashAttribute("notice", Words.of("sharing.notice.released"));
			return back(decider, id, position);
		});
	}

	@PostMapping("/subject-access/{request}/entries/{entry}/withhold")
	String withhold(@PathVariable String request, @PathVariable String entry, @ModelAttribute("decisionForm") DecisionForm form,
			BindingResult errors, @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		var id = SubjectAccessController.id(request);
		var position = position(entry);
		return decide(new RefusedDecision("withhold", position), form, errors, id, user, model, () -> {
			var telling = form.telling();
			var decider = subjectAccess.withhold(id, position, form.getGround(), telling, form.typedAgainst(), user);
			redirect.addFlashAttribute("notice", Boolean.TRUE.equals(telling) ? Words.of("sharing.notice.withheldTold")
					: Words.of("sharing.notice.withheldUntold"));
			return back(decider, id, position);
		});
	}

	/**
	 * Makes the decision and goes back to where it is seen; refused, the form comes back on its page with each problem
	 * next to its field. A decision someone made meanwhile is told next to the ground, where the user decides again.
	 */
	private String decide(RefusedDecision ifRefused, DecisionForm form, BindingResult errors, UUID id, CurrentUser user, Model model,
			Supplier<String> decision) {
		try {
			return decision.get();
		}
		catch (InvalidInput refused) {
			FormErrors.reject(errors, refused);
		}
		catch (EditConflict conflict) {
			errors.addError(new FieldError(errors.getObjectName(), "ground", form.getGround(), false, conflict.getCodes(),
					conflict.getArguments(), conflict.getDefaultMessage()));
		}
		return refused(form, ifRefused, id, user, model);
	}

	/**
	 * The page the refused form was sent from, read afresh and traced as any reading of it; the officer's review
	 * decides for itself who may see it, as when it is opened.
	 */
	private String refused(DecisionForm form, RefusedDecision refused, UUID id, CurrentUser user, Model model) {
		model.addAttribute("refusedDecision", refused);
		if (form.fromReview()) {
			return SubjectAccessController.reviewPage(subjectAccess.review(id, user), model);
		}
		return releasePage(id, user, model);
	}

	private String releasePage(UUID id, CurrentUser user, Model model) {
		model.addAttribute("release", subjectAccess.forRelease(id, user));
		return decisionsOn("sharing/subject-access-release", model);
	}

	/** A page with decision forms: the one refused as it was typed, the others empty. */
	static String decisionsOn(String page, Model model) {
		if (!model.containsAttribute("decisionForm")) {
			model.addAttribute("decisionForm", new DecisionForm());
		}
		return page;
	}

	private static int position(String entry) {
		try {
			return Integer.parseInt(entry);
		}
		catch (NumberFormatException notAPlace) {
			throw new NotFound();
		}
	}

	private static String back(SubjectAccessRules.Decider decider, UUID id, int entry) {
		// the entry's place in the request, never a record's identifier, goes into the address
		return decider == SubjectAccessRules.Decider.HUB_OFFICER ? "redirect:/dpo/subject-access/" + id + "#entry-" + entry
				: "redirect:/subject-access/" + id + "/release#entry-" + entry;
	}

	/** Which decision form was refused: the release or the withholding of the entry at this place in the request. */
	record RefusedDecision(String form, int entry) {

		public boolean is(String form, int entry) {
			return this.form.equals(form) && this.entry == entry;
		}

		/**
		 * Whether the form is among those the page shows: not once the request is final, and the release form only while
		 * the entry is withheld.
		 */
		public boolean onPage(List<SubjectAccess.Reviewed> shown) {
			return shown.stream().anyMatch(entry -> entry.position() == this.entry && (form.equals("withhold") || entry.withheld()));
		}
	}
}
