package eu.tandem.hub;

import java.util.UUID;

import eu.tandem.identity.CurrentUser;
import eu.tandem.kernel.EditConflict;
import eu.tandem.kernel.InvalidInput;
import eu.tandem.kernel.NotFound;
import eu.tandem.web.FormErrors;
import eu.tandem.web.Words;
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
 * A hub's catalogue of interventions: everyone who works in the hub reads it; its coordinators add interventions of
 * the hub's own, reword them and retire them.
 */
@Controller
class InterventionController {

	private final Hubs hubs;
	private final InterventionCatalogue catalogue;

	InterventionController(Hubs hubs, InterventionCatalogue catalogue) {
		this.hubs = hubs;
		this.catalogue = catalogue;
	}

	@GetMapping("/network/hubs/{id}/interventions")
	String list(@PathVariable String id, @AuthenticationPrincipal CurrentUser user, Model model) {
		var hub = catalogue.forReader(hubId(id), user);
		prepareList(model, hub, user);
		model.addAttribute("form", new InterventionForm());
		return "hub/interventions";
	}

	@PostMapping("/network/hubs/{id}/interventions")
	String add(@PathVariable String id, @ModelAttribute("form") InterventionForm form, BindingResult errors,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		var hub = hubs.forSteward(hubId(id), user);
		var words = form.toWords(errors);
		if (words != null) {
			try {
				var added = catalogue.add(hub.id(), words, user);
				redirect.addFlashAttribute("notice", Words.of("hub.notice.interventionAdded", added.name()));
				return "redirect:" + listPath(hub);
			}
			catch (InvalidInput invalid) {
				FormErrors.reject(errors, invalid);
			}
		}
		prepareList(model, hub, user);
		return "hub/interventions";
	}

	@GetMapping("/network/hubs/{id}/interventions/{intervention}/edit")
	String editForm(@PathVariable String id, @PathVariable String intervention, @AuthenticationPrincipal CurrentUser user,
			Model model, RedirectAttributes redirect) {
		var hub = hubs.forSteward(hubId(id), user);
		var own = catalogue.ownForSteward(hub.id(), interventionId(intervention), user);
		if (own.retired()) {
			redirect.addFlashAttribute("problem", Words.of("hub.error.interventionRetired", own.name()));
			return "redirect:" + listPath(hub);
		}
		model.addAttribute("hub", hub);
		model.addAttribute("intervention", own);
		model.addAttribute("form", InterventionForm.of(own));
		return "hub/intervention-form";
	}

	@PostMapping("/network/hubs/{id}/interventions/{intervention}")
	String revise(@PathVariable String id, @PathVariable String intervention, @ModelAttribute("form") InterventionForm form,
			BindingResult errors, @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		var hub = hubs.forSteward(hubId(id), user);
		var own = catalogue.ownForSteward(hub.id(), interventionId(intervention), user);
		model.addAttribute("hub", hub);
		model.addAttribute("intervention", own);
		var words = form.toWords(errors);
		if (words == null) {
			return "hub/intervention-form";
		}
		try {
			var revised = catalogue.revise(hub.id(), own.id(), words, form.getVersion(), user);
			redirect.addFlashAttribute("notice", Words.of("hub.notice.interventionRevised", revised.name()));
			return "redirect:" + listPath(hub);
		}
		catch (InvalidInput invalid) {
			FormErrors.reject(errors, invalid);
			return "hub/intervention-form";
		}
		catch (EditConflict conflict) {
			redirect.addFlashAttribute("conflict", new DefaultMessageSourceResolvable(conflict));
			return "redirect:" + listPath(hub) + "/" + own.id() + "/edit";
		}
	}

	@PostMapping("/network/hubs/{id}/interventions/{intervention}/retire")
	String retire(@PathVariable String id, @PathVariable String intervention, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		var hub = hubs.forSteward(hubId(id), user);
		try {
			var retired = catalogue.retire(hub.id(), interventionId(intervention), user);
			redirect.addFlashAttribute("notice", Words.of("hub.notice.interventionRetired", retired.name()));
		}
		catch (InvalidInput refused) {
			redirect.addFlashAttribute("problem", new DefaultMessageSourceResolvable(refused));
		}
		return "redirect:" + listPath(hub);
	}

	private void prepareList(Model model, Hub hub, CurrentUser user) {
		model.addAttribute("hub", hub);
		model.addAttribute("mayEdit", HubStewardship.mayEdit(user, hub));
		model.addAttribute("defaults", InterventionCatalogue.defaults());
		model.addAttribute("own", catalogue.offeredOwn(hub.id()));
		model.addAttribute("retired", catalogue.retired(hub.id()));
	}

	private static String listPath(Hub hub) {
		return "/network/hubs/" + hub.id() + "/interventions";
	}

	private static HubId hubId(String id) {
		return HubId.parse(id).orElseThrow(NotFound::new);
	}

	private static UUID interventionId(String id) {
		try {
			return UUID.fromString(id);
		}
		catch (IllegalArgumentException notAnId) {
			throw new NotFound();
		}
	}
}
