package eu.tandem.referral;

import eu.tandem.kernel.InvalidInput;
import eu.tandem.kernel.PlainText;
import eu.tandem.web.FormErrors;
import eu.tandem.web.Words;
import org.springframework.validation.BindingResult;

/**
 * The coordinator's triage decision as typed. Every problem is found at once and shown next to its field; a
 * refusal (no answer from the police member yet) brings the form back with the choice and the rationale kept.
 */
class DecisionForm {

	private String decision = "";
	private String rationale = "";
	private String signpostedTo = "";

	/** The decision chosen, or null with each problem recorded on its field. */
	Referral.Decision checked(BindingResult errors) {
		var chosen = FormErrors.capture(errors, () -> {
			try {
				return Referral.Decision.valueOf(decision);
			}
			catch (IllegalArgumentException unknown) {
				throw InvalidInput.of("decision", "referral.error.decisionMissing");
			}
		});
		FormErrors.capture(errors, () -> PlainText.requiredMultiLine("rationale", Words.of("referral.triage.rationale"), rationale, 3000));
		FormErrors.capture(errors, () -> {
			var where = PlainText.optional("signpostedTo", Words.of("referral.field.signpostedTo"), signpostedTo, 200);
			if (chosen == Referral.Decision.SIGNPOST && where == null) {
				throw InvalidInput.of("signpostedTo", "referral.error.serviceMissing");
			}
			return where;
		});
		return errors.hasErrors() ? null : chosen;
	}

	public String getDecision() { return decision; }
	public void setDecision(String decision) { this.decision = decision; }
	public String getRationale() { return rationale; }
	public void setRationale(String rationale) { this.rationale = rationale; }
	public String getSignpostedTo() { return signpostedTo; }
	public void setSignpostedTo(String signpostedTo) { this.signpostedTo = signpostedTo; }
}
