package eu.tandem.sharing;

import java.time.LocalDate;

import eu.tandem.web.FormErrors;
import org.springframework.validation.BindingResult;

/**
 * The form that records the withdrawal of one consent, as typed. The consent page has one per consent in force; the
 * one refused comes back with what was typed and its problems, the others empty.
 */
class WithdrawalForm {

	private String consent = "";
	private String decidedBy = "";
	private String decidedOn = "";
	private String obtained = "";
	private String documentReference = "";
	private String note = "";

	static WithdrawalForm decidedOn(LocalDate today) {
		var form = new WithdrawalForm();
		form.decidedOn = today.toString();
		return form;
	}

	/** Records on the form what cannot be read at all (a day that is no date); true if everything could be read. */
	boolean readable(BindingResult errors) {
		FormErrors.capture(errors, () -> Typed.day("decidedOn", decidedOn));
		return !errors.hasErrors();
	}

	Consent.DecidedBy by() {
		return Typed.choice(Consent.DecidedBy.class, decidedBy);
	}

	LocalDate on() {
		return Typed.day("decidedOn", decidedOn);
	}

	Consent.Obtained how() {
		return Typed.choice(Consent.Obtained.class, obtained);
	}

	public String getConsent() { return consent; }
	public void setConsent(String consent) { this.consent = consent; }
	public String getDecidedBy() { return decidedBy; }
	public void setDecidedBy(String decidedBy) { this.decidedBy = decidedBy; }
	public String getDecidedOn() { return decidedOn; }
	public void setDecidedOn(String decidedOn) { this.decidedOn = decidedOn; }
	public String getObtained() { return obtained; }
	public void setObtained(String obtained) { this.obtained = obtained; }
	public String getDocumentReference() { return documentReference; }
	public void setDocumentReference(String documentReference) { this.documentReference = documentReference; }
	public String getNote() { return note; }
	public void setNote(String note) { this.note = note; }
}
