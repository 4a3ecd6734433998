package eu.tandem.sharing;

import java.util.UUID;

import eu.tandem.casework.CaseFiles;
import eu.tandem.casework.CaseId;
import eu.tandem.identity.CurrentUser;
import eu.tandem.kernel.InvalidInput;
import eu.tandem.kernel.NotFound;
import eu.tandem.web.Dates;
import eu.tandem.web.Language;
import eu.tandem.web.Words;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * The data protection officer's subject access requests: the list with the form to start one (the case reference
 * goes in the form, never in an address), a request's draft to review and finalise, and the final answer as PDF or
 * JSON. Addresses carry the request's id, never the person's.
 */
@Controller
@PreAuthorize("hasRole('DATA_PROTECTION_OFFICER')")
class SubjectAccessController {

	private final SubjectAccess subjectAccess;
	private final CaseFiles cases;
	private final JsonMapper json;
	private final SubjectAccessPdf pdf;
	private final Dates dates;

	SubjectAccessController(SubjectAccess subjectAccess, CaseFiles cases, JsonMapper json, SubjectAccessPdf pdf, Dates dates) {
		this.cases = cases;
		this.subjectAccess = subjectAccess;
		this.json = json;
		this.pdf = pdf;
		this.dates = dates;
	}

	@GetMapping("/dpo/subject-access")
	String list(@AuthenticationPrincipal CurrentUser officer, Model model) {
		model.addAttribute("requests", subjectAccess.requests(officer));
		model.addAttribute("languages", Language.values());
		if (!model.containsAttribute("answerLanguage")) {
			model.addAttribute("answerLanguage", Language.current());
		}
		return "sharing/subject-access";
	}

	/**
	 * Starts a request whose answer is written in the chosen language: the person's, which need not be the officer's;
	 * the officer's screen language where none of Tandem's is chosen.
	 */
	@PostMapping("/dpo/subject-access")
	String start(@RequestParam(defaultValue = "") String reference, @RequestParam(defaultValue = "") String answerLanguage,
			@AuthenticationPrincipal CurrentUser officer, Model model, RedirectAttributes redirect) {
		var language = Language.ofCode(answerLanguage).orElseGet(Language::current);
		model.addAttribute("answerLanguage", language);
		var caseId = cases.named(reference);
		if (caseId.isEmpty()) {
			return problem(Words.of("sharing.error.noReference"), reference, officer, model);
		}
		try {
			var id = subjectAccess.start(caseId.get(), officer, language);
			redirect.addFlashAttribute("notice", Words.of("sharing.notice.compiled"));
			return "redirect:/dpo/subject-access/" + id;
		}
		catch (NotFound unknown) {
			return problem(Words.of("sharing.error.noSuchCase"), reference, officer, model);
		}
		catch (SubjectAccess.AlreadyStarted started) {
			model.addAttribute("openRequest", started.request());
			return problem(Words.of("sharing.error.alreadyStarted", started.startedBy(), dates.dayAndTime(started.startedAt())), reference,
					officer, model);
		}
	}

	private String problem(MessageSourceResolvable problem, String reference, CurrentUser officer, Model model) {
		model.addAttribute("problem", problem);
		model.addAttribute("reference", reference);
		return list(officer, model);
	}

	@GetMapping("/dpo/subject-access/{request}")
	String review(@PathVariable String request, @AuthenticationPrincipal CurrentUser officer, Model model) {
		return reviewPage(subjectAccess.review(id(request), officer), model);
	}

	/** The review page, here and where a decision sent from it is refused. */
	static String reviewPage(SubjectAccess.Review review, Model model) {
		model.addAttribute("review", review);
		return SubjectAccessDecisionController.decisionsOn("sharing/subject-access-request", model);
	}

	@PostMapping("/dpo/subject-access/{request}/finalise")
	String finalise(@PathVariable String request, @AuthenticationPrincipal CurrentUser officer, RedirectAttributes redirect) {
		var id = id(request);
		try {
			subjectAccess.finalise(id, officer);
			redirect.addFlashAttribute("notice", Words.of("sharing.notice.finalised"));
		}
		catch (SubjectAccess.AlreadyFinal done) {
			redirect.addFlashAttribute("notice", Words.of("sharing.notice.alreadyFinal", done.finalisedBy(), dates.dayAndTime(done.finalisedAt())));
		}
		catch (InvalidInput refused) {
			// a copy: the flash attribute is kept in the session, which stores words, not an exception
			redirect.addFlashAttribute("problem", new DefaultMessageSourceResolvable(refused));
			redirect.addFlashAttribute("problemField", "finalise");
		}
		return "redirect:/dpo/subject-access/" + id;
	}

	@GetMapping("/dpo/subject-access/{request}/answer")
	ResponseEntity<byte[]> answer(@PathVariable String request, @RequestParam(defaultValue = "pdf") String format,
			@AuthenticationPrincipal CurrentUser officer) {
		var answer = subjectAccess.answer(id(request), officer);
		var asJson = "json".equals(format);
		var body = asJson ? json.writerWithDefaultPrettyPrinter().writeValueAsBytes(answer) : pdf.render(answer);
		return ResponseEntity.ok()
			.contentType(asJson ? MediaType.APPLICATION_JSON : MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename("subject-access-" + answer.finalisedAt().toString().substring(0, 10) + (asJson ? ".json" : ".pdf")).build()
				.toString())
			.body(body);
	}

	static UUID id(String text) {
		try {
			return UUID.fromString(text);
		}
		catch (IllegalArgumentException notAnId) {
			throw new NotFound();
		}
	}
}
