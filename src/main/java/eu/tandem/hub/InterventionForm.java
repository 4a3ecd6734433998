package eu.tandem.hub;

import eu.tandem.web.FormErrors;
import org.springframework.validation.BindingResult;

/** The form for an intervention of the hub's own, kept as typed so that a refused form comes back with everything in it. */
class InterventionForm {

	private String name = "";
	private String description = "";
	private String practice = "";
	private long version;

	static InterventionForm of(OwnIntervention own) {
		var form = new InterventionForm();
		form.name = own.name();
		form.description = own.description();
		form.practice = own.practice() == null ? "" : own.practice();
		form.version = own.version();
		return form;
	}

	/** The words, or null with every problem recorded next to its field. */
	InterventionWords toWords(BindingResult errors) {
		return FormErrors.capture(errors, () -> new InterventionWords(name, description, practice));
	}

	public String getName() { return name; }
	public void setName(String name) { this.name = name; }
	public String getDescription() { return description; }
	public void setDescription(String description) { this.description = description; }
	public String getPractice() { return practice; }
	public void setPractice(String practice) { this.practice = practice; }
	public long getVersion() { return version; }
	public void setVersion(long version) { this.version = version; }
}
