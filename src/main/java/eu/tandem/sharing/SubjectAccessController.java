package eu.tandem.sharing;

import eu.tandem.casework.CaseId;
import eu.tandem.identity.CurrentUser;
import eu.tandem.web.NotFound;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/**
 * The data protection officer's subject access export: a form for the case reference, and the export as JSON or PDF.
 * A POST, so that the reference stays out of addresses and logs and no prefetch runs an export.
 */
@Controller
@PreAuthorize("hasRole('DATA_PROTECTION_OFFICER')")
class SubjectAccessController {

	private final SubjectAccess subjectAccess;
	private final JsonMapper json;
	private final SubjectAccessPdf pdf = new SubjectAccessPdf();

	SubjectAccessController(SubjectAccess subjectAccess, JsonMapper json) {
		this.subjectAccess = subjectAccess;
		this.json = json;
	}

	@GetMapping("/dpo/subject-access")
	String form() {
		return "sharing/subject-access";
	}

	@PostMapping("/dpo/subject-access")
	Object export(@RequestParam(defaultValue = "") String reference, @RequestParam(defaultValue = "pdf") String format,
			@AuthenticationPrincipal CurrentUser officer, Model model) {
		var caseId = CaseId.parse(reference.strip());
		if (caseId.isEmpty()) {
			model.addAttribute("problem", "Enter the case reference of a case about the person, as shown on the case page.");
			model.addAttribute("reference", reference);
			return "sharing/subject-access";
		}
		SubjectAccessReport report;
		try {
			report = subjectAccess.export(caseId.get(), officer);
		}
		catch (NotFound unknown) {
			model.addAttribute("problem", "There is no case about an identified person with this reference in a hub your agency belongs to.");
			model.addAttribute("reference", reference);
			return "sharing/subject-access";
		}
		var json = "json".equals(format);
		var body = json ? this.json.writerWithDefaultPrettyPrinter().writeValueAsBytes(report) : pdf.render(report);
		return ResponseEntity.ok()
			.contentType(json ? MediaType.APPLICATION_JSON : MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename("subject-access-" + report.generatedAt().toString().substring(0, 10) + (json ? ".json" : ".pdf")).build().toString())
			.body(body);
	}
}
