package eu.tandem.identity;

import eu.tandem.kernel.InvalidInput;
import eu.tandem.web.FormErrors;
import eu.tandem.web.Words;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Changing one's own password; also where someone with an administrator's first password must go first. */
@Controller
class PasswordController {

	private final PasswordChanges changes;
	private final SessionSignIn sessions;

	PasswordController(PasswordChanges changes, SessionSignIn sessions) {
		this.changes = changes;
		this.sessions = sessions;
	}

	/** Passwords are never sent back to the browser, so this form starts empty every time. */
	static class PasswordForm {

		private String currentPassword = "";
		private String newPassword = "";
		private String confirmation = "";

		public String getCurrentPassword() { return ""; }
		public void setCurrentPassword(String currentPassword) { this.currentPassword = currentPassword; }
		public String getNewPassword() { return ""; }
		public void setNewPassword(String newPassword) { this.newPassword = newPassword; }
		public String getConfirmation() { return ""; }
		public void setConfirmation(String confirmation) { this.confirmation = confirmation; }
	}

	@GetMapping("/account/password")
	String form(Model model) {
		model.addAttribute("form", new PasswordForm());
		model.addAttribute("required", signedIn().passwordChangeRequired());
		return "identity/password";
	}

	@PostMapping("/account/password")
	String change(@ModelAttribute("form") PasswordForm form, BindingResult errors, Model model,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		var current = signedIn();
		try {
			var renewed = changes.change(current, form.currentPassword, form.newPassword, form.confirmation);
			sessions.replace(renewed, request, response);
			redirect.addFlashAttribute("notice", Words.of("identity.password.changed"));
			return "redirect:/";
		}
		catch (InvalidInput invalid) {
			FormErrors.reject(errors, invalid);
			model.addAttribute("required", current.passwordChangeRequired());
			return "identity/password";
		}
	}

	private static SignedIn signedIn() {
		return (SignedIn) SecurityContextHolder.getContext().getAuthentication();
	}
}
