package eu.tandem.review;

import eu.tandem.hub.HubId;
import eu.tandem.hub.Hubs;
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

/** A hub's review and follow-up schedule, for those who may change the hub: its coordinators (and system administrators). */
@Controller
class ScheduleController {

	private final Hubs hubs;
	private final Reviews reviews;

	ScheduleController(Hubs hubs, Reviews reviews) {
		this.hubs = hubs;
		this.reviews = reviews;
	}

	@GetMapping("/network/hubs/{id}/review-schedule")
	String show(@PathVariable String id, @AuthenticationPrincipal CurrentUser user, Model model) {
		var hub = hubs.forSteward(hubId(id), user);
		model.addAttribute("hub", hub);
		model.addAttribute("form", ScheduleForm.of(reviews.schedule(hub.id())));
		return "review/schedule";
	}

	@PostMapping("/network/hubs/{id}/review-schedule")
	String change(@PathVariable String id, @ModelAttribute("form") ScheduleForm form, BindingResult errors,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		var hub = hubs.forSteward(hubId(id), user);
		try {
			reviews.changeSchedule(hub.id(), ReviewSchedule.check(form.getReviewEveryMonths(), form.getFollowUpMonths()), user);
		}
		catch (InvalidInput refused) {
			FormErrors.reject(errors, refused);
			model.addAttribute("hub", hub);
			return "review/schedule";
		}
		redirect.addFlashAttribute("notice", Words.of("review.notice.scheduleChanged"));
		return "redirect:/network/hubs/" + hub.id().value() + "/review-schedule";
	}

	private static HubId hubId(String id) {
		return HubId.parse(id).orElseThrow(NotFound::new);
	}
}
