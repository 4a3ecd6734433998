package eu.tandem.sharing;

import java.util.UUID;

import eu.tandem.casework.CaseFiles;
import eu.tandem.identity.CurrentUser;
import eu.tandem.kernel.NotFound;
import eu.tandem.web.Words;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The notices of emergency access to information one's agency recorded, for the people who are told. */
@Controller
class EmergencyNoticeController {

	private final EmergencyNotices notices;
	private final CaseFiles cases;

	EmergencyNoticeController(EmergencyNotices notices, CaseFiles cases) {
		this.notices = notices;
		this.cases = cases;
	}

	@GetMapping("/emergency-notices")
	String list(@AuthenticationPrincipal CurrentUser user, Model model) {
		var shown = notices.of(user);
		model.addAttribute("notices", shown);
		model.addAttribute("references", cases.referencesOf(shown.stream().map(EmergencyNotices.Notice::caseId).toList()));
		return "sharing/emergency-notices";
	}

	@PostMapping("/emergency-notices/{id}/seen")
	String seen(@PathVariable String id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		UUID notice;
		try {
			notice = UUID.fromString(id);
		}
		catch (IllegalArgumentException notAnId) {
			throw new NotFound();
		}
		notices.markSeen(notice, user);
		redirect.addFlashAttribute("notice", Words.of("sharing.emergency.notice.read"));
		return "redirect:/emergency-notices";
	}
}
