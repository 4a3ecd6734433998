package eu.tandem.plan;

import java.time.LocalDate;

import org.springframework.validation.BindingResult;

/** The agreement as typed, kept as typed so that a refused agreement comes back with every choice in it. */
class AgreementForm extends Against {

	private String decidedBy = "";
	private String decidedOn = "";
	private String obtained = "";
	private String note = "";

	static AgreementForm on(LocalDate today, TypedAgainst version) {
		var form = new AgreementForm();
		form.decidedOn = today.toString();
		form.seen(version);
		return form;
	}

	AgreementInput toInput(BindingResult errors) {
		return new AgreementInput(Typed.choice(DecidedBy.class, decidedBy), Typed.day(errors, "decidedOn", decidedOn),
				Typed.choice(Obtained.class, obtained), note);
	}

	public String getDecidedBy() { return decidedBy; }
	public void setDecidedBy(String decidedBy) { this.decidedBy = decidedBy; }
	public String getDecidedOn() { return decidedOn; }
	public void setDecidedOn(String decidedOn) { this.decidedOn = decidedOn; }
	public String getObtained() { return obtained; }
	public void setObtained(String obtained) { this.obtained = obtained; }
	public String getNote() { return note; }
	public void setNote(String note) { this.note = note; }
}
