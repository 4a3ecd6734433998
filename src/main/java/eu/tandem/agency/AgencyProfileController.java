package eu.tandem.agency;

import java.util.List;

import eu.tandem.identity.AgencyId;
import eu.tandem.identity.CurrentUser;
import eu.tandem.identity.Profession;
import eu.tandem.kernel.EditConflict;
import eu.tandem.kernel.InvalidInput;
import eu.tandem.kernel.NotFound;
import eu.tandem.web.FormErrors;
import eu.tandem.web.Words;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An agency's profile, edited by its own administrators or a system administrator. Other roles are refused
 * the screen; for an administrator of another agency, the edit page of this one does not exist (404).
 */
@Controller
class AgencyProfileController {

	private static final String ADMINISTRATORS = "hasAnyRole('AGENCY_ADMINISTRATOR', 'SYSTEM_ADMINISTRATOR')";

	/** The form never offers more rows than a profile holds; a few more are bound only to be refused by name. */
	private static final int MOST_ROWS_BOUND = AgencyProfile.MAX_CONTACT_POINTS + 5;

	private final Agencies agencies;

	AgencyProfileController(Agencies agencies) {
		this.agencies = agencies;
	}

	@InitBinder("form")
	void limitContactPointRows(WebDataBinder binder) {
		binder.setAutoGrowCollectionLimit(MOST_ROWS_BOUND);
	}

	@ModelAttribute("professions")
	List<Profession> professions() {
		return List.of(Profession.values());
	}

	@PreAuthorize(ADMINISTRATORS)
	@GetMapping("/agencies/{id}/profile")
	String editForm(@PathVariable String id, @AuthenticationPrincipal CurrentUser user, Model model) {
		var agency = load(id);
		var profile = agencies.editableProfile(agency.id(), user);
		model.addAttribute("agency", agency);
		model.addAttribute("form", AgencyProfileForm.of(profile));
		return "agency/profile-form";
	}

	@PreAuthorize(ADMINISTRATORS)
	@PostMapping("/agencies/{id}/profile")
	String update(@PathVariable String id, @ModelAttribute("form") AgencyProfileForm form, BindingResult errors,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		var agency = load(id);
		agencies.editableProfile(agency.id(), user);
		model.addAttribute("agency", agency);
		var profile = form.toProfile(errors);
		if (profile == null) {
			return refused(form);
		}
		try {
			agencies.updateProfile(agency.id(), profile, form.getVersion(), user);
			redirect.addFlashAttribute("notice", Words.of("agency.notice.profileSaved", agency.name()));
			return "redirect:/agencies/" + agency.id();
		}
		catch (InvalidInput invalid) {
			FormErrors.reject(errors, invalid);
			return refused(form);
		}
		catch (EditConflict conflict) {
			redirect.addFlashAttribute("conflict", new DefaultMessageSourceResolvable(conflict));
			return "redirect:/agencies/" + agency.id() + "/profile";
		}
	}

	/** The form again, as typed, with the problems next to their fields and still a row to add a contact point in. */
	private static String refused(AgencyProfileForm form) {
		form.withSpareRow();
		return "agency/profile-form";
	}

	/** A contact point row beyond any the form offers: a hand-made request, not something to save. */
	@ExceptionHandler(InvalidPropertyException.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String malformed(Model model) {
		model.addAttribute("status", HttpStatus.BAD_REQUEST.value());
		return "error";
	}

	private Agency load(String id) {
		return AgencyId.parse(id).flatMap(agencies::find).orElseThrow(NotFound::new);
	}
}
