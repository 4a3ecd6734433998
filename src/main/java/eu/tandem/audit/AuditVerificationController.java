package eu.tandem.audit;

import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The data protection officer's check of the audit trail: run it, read the result in plain words, and take the
 * current checkpoint away to keep outside Tandem.
 *
 * <p>The signed-in principal is the identity module's {@code CurrentUser}, which the audit module may not depend on
 * (identity records to audit); its {@code asAuditActor()} is reached by name instead.
 */
@Controller
@PreAuthorize("hasRole('DATA_PROTECTION_OFFICER')")
class AuditVerificationController {

	private final AuditChain chain;

	AuditVerificationController(AuditChain chain) {
		this.chain = chain;
	}

	@GetMapping("/audit/verify")
	String page(Model model) {
		model.addAttribute("form", new VerificationForm());
		model.addAttribute("checkpoint", currentCheckpoint().orElse(null));
		return "audit/verify";
	}

	@PostMapping("/audit/verify")
	String verify(@ModelAttribute("form") VerificationForm form, BindingResult errors,
			@AuthenticationPrincipal(expression = "asAuditActor()") AuditActor actor, Model model) {
		ChainMark expected = null;
		if (!form.getCheckpoint().isBlank()) {
			try {
				expected = ChainMark.parse(form.getCheckpoint());
			}
			catch (IllegalArgumentException notACheckpoint) {
				errors.rejectValue("checkpoint", "audit.verify.error.notACheckpoint");
				model.addAttribute("checkpoint", currentCheckpoint().orElse(null));
				return "audit/verify";
			}
		}
		model.addAttribute("result", chain.verify(actor, expected));
		model.addAttribute("checkpoint", currentCheckpoint().orElse(null));
		return "audit/verify";
	}

	/** The chain's head as one line of JSON, for whatever keeps checkpoints outside Tandem. */
	@GetMapping(path = "/audit/checkpoint", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<String> checkpoint() {
		return currentCheckpoint().map(checkpoint -> ResponseEntity.ok(checkpoint.toJson()))
			.orElseGet(() -> ResponseEntity.status(HttpStatus.CONFLICT).body(
					"{\"error\":\"the record of where the audit chain ends does not match its seal: run the verification\"}"));
	}

	/** None while the chain's head does not match its seal: a checkpoint would vouch for whatever was done to it. */
	private Optional<AuditCheckpoint> currentCheckpoint() {
		try {
			return Optional.of(chain.checkpoint());
		}
		catch (IllegalStateException headChanged) {
			return Optional.empty();
		}
	}
}
