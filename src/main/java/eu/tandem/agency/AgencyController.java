package eu.tandem.agency;

import java.util.List;
import java.util.Locale;

import eu.tandem.identity.AgencyId;
import eu.tandem.identity.CurrentUser;
import eu.tandem.identity.StaffAdministration;
import eu.tandem.kernel.EditConflict;
import eu.tandem.kernel.InvalidInput;
import eu.tandem.kernel.NotFound;
import eu.tandem.web.FormErrors;
import eu.tandem.web.Words;
import org.springframework.context.support.DefaultMessageSourceResolvable;
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

/** Each agency's page with its whole profile; system administrators add and edit agencies here. */
@Controller
class AgencyController {

	private static final String SYSTEM_ADMINISTRATOR = "hasRole('SYSTEM_ADMINISTRATOR')";

	private final Agencies agencies;

	AgencyController(Agencies agencies) {
		this.agencies = agencies;
	}

	@ModelAttribute("sectors")
	List<Sector> sectors() {
		return List.of(Sector.values());
	}

	@GetMapping("/agencies/{id}")
	String show(@PathVariable String id, @AuthenticationPrincipal CurrentUser user, Model model) {
		var agency = load(id);
		model.addAttribute("agency", agency);
		model.addAttribute("profile", agencies.profileOf(agency.id()).orElseGet(AgencyProfile::empty));
		model.addAttribute("mayManageStaff", StaffAdministration.mayManageStaffOf(user, agency.id()));
		model.addAttribute("mayEditProfile", ProfileEditing.mayEdit(user, agency.id()));
		return "agency/show";
	}

	@PreAuthorize(SYSTEM_ADMINISTRATOR)
	@GetMapping("/agencies/new")
	String newForm(Locale locale, Model model) {
		model.addAttribute("form", new AgencyForm());
		return form(locale, model);
	}

	@PreAuthorize(SYSTEM_ADMINISTRATOR)
	@PostMapping("/agencies")
	String create(@ModelAttribute("form") AgencyForm form, BindingResult errors, @AuthenticationPrincipal CurrentUser user,
			Locale locale, Model model, RedirectAttributes redirect) {
		var details = form.toDetails(errors);
		if (details == null) {
			return form(locale, model);
		}
		try {
			var agency = agencies.create(details, user);
			redirect.addFlashAttribute("notice", Words.of("agency.notice.added", agency.name()));
			return "redirect:/agencies/" + agency.id();
		}
		catch (InvalidInput invalid) {
			FormErrors.reject(errors, invalid);
			return form(locale, model);
		}
	}

	@PreAuthorize(SYSTEM_ADMINISTRATOR)
	@GetMapping("/agencies/{id}/edit")
	String editForm(@PathVariable String id, Locale locale, Model model) {
		var agency = load(id);
		model.addAttribute("agency", agency);
		model.addAttribute("form", AgencyForm.of(agency));
		return form(locale, model);
	}

	@PreAuthorize(SYSTEM_ADMINISTRATOR)
	@PostMapping("/agencies/{id}")
	String update(@PathVariable String id, @ModelAttribute("form") AgencyForm form, BindingResult errors,
			@AuthenticationPrincipal CurrentUser user, Locale locale, Model model, RedirectAttributes redirect) {
		var agency = load(id);
		model.addAttribute("agency", agency);
		var details = form.toDetails(errors);
		if (details == null) {
			return form(locale, model);
		}
		try {
			agencies.update(agency.id(), details, form.getVersion(), user);
			redirect.addFlashAttribute("notice", Words.of("agency.notice.saved", details.name()));
			return "redirect:/agencies/" + agency.id();
		}
		catch (InvalidInput invalid) {
			FormErrors.reject(errors, invalid);
			return form(locale, model);
		}
		catch (EditConflict conflict) {
			redirect.addFlashAttribute("conflict", new DefaultMessageSourceResolvable(conflict));
			return "redirect:/agencies/" + agency.id() + "/edit";
		}
	}

	/** The agency form, with the country select's choices: sorted for this screen alone, not for every request. */
	private static String form(Locale locale, Model model) {
		model.addAttribute("countries", Country.all(locale));
		return "agency/form";
	}

	private Agency load(String id) {
		return AgencyId.parse(id).flatMap(agencies::find).orElseThrow(NotFound::new);
	}
}
