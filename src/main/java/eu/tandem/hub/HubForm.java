package eu.tandem.hub;

import eu.tandem.agency.Country;
import eu.tandem.kernel.InvalidInput;
import eu.tandem.web.FormErrors;
import org.springframework.validation.BindingResult;

/** The hub form as typed, kept as typed so that a refused form comes back with everything in it. */
class HubForm {

	private String name = "";
	private String level = "";
	private String country = "";
	private String region = "";
	private String framework = "";
	private String meetingRhythm = "";
	private String evaluationRhythm = "";
	private String contactName = "";
	private String contactEmail = "";
	private String contactPhone = "";
	private String contactHours = "";
	private String afterReferral = "";
	private String supportedBy = "";
	private long version;

	static HubForm of(Hub hub) {
		var form = new HubForm();
		var d = hub.details();
		form.name = d.name();
		form.level = d.level().name();
		form.country = d.country().code();
		form.region = text(d.region());
		form.framework = text(d.framework());
		form.meetingRhythm = text(d.meetingRhythm());
		form.evaluationRhythm = text(d.evaluationRhythm());
		form.contactName = text(d.contactName());
		form.contactEmail = text(d.contactEmail());
		form.contactPhone = text(d.contactPhone());
		form.contactHours = text(d.contactHours());
		form.afterReferral = text(d.afterReferral());
		form.supportedBy = d.supportedBy() == null ? "" : d.supportedBy().toString();
		form.version = hub.version();
		return form;
	}

	/** The details, or null with every problem recorded next to its field. */
	HubDetails toDetails(BindingResult errors) {
		FormErrors.capture(errors, () -> HubDetails.name(name));
		var checkedLevel = FormErrors.capture(errors, () -> level(level));
		var checkedCountry = FormErrors.capture(errors, () -> new Country(country));
		FormErrors.capture(errors, () -> HubDetails.email(contactEmail));
		FormErrors.capture(errors, () -> HubDetails.phone(contactPhone));
		var checkedSupport = supportedBy == null || supportedBy.isBlank() ? null
				: FormErrors.capture(errors, () -> HubId.parse(supportedBy)
					.orElseThrow(() -> InvalidInput.of("supportedBy", "hub.error.supportedBy")));
		if (errors.hasErrors()) {
			return null;
		}
		return FormErrors.capture(errors, () -> new HubDetails(name, checkedLevel, checkedCountry, region, framework,
				meetingRhythm, evaluationRhythm, contactName, contactEmail, contactPhone, contactHours, afterReferral,
				checkedSupport));
	}

	private static HubLevel level(String value) {
		try {
			return HubLevel.valueOf(value);
		}
		catch (IllegalArgumentException | NullPointerException unknown) {
			throw InvalidInput.of("level", "hub.error.level");
		}
	}

	private static String text(String value) {
		return value == null ? "" : value;
	}

	public String getName() { return name; }
	public void setName(String name) { this.name = name; }
	public String getLevel() { return level; }
	public void setLevel(String level) { this.level = level; }
	public String getCountry() { return country; }
	public void setCountry(String country) { this.country = country; }
	public String getRegion() { return region; }
	public void setRegion(String region) { this.region = region; }
	public String getFramework() { return framework; }
	public void setFramework(String framework) { this.framework = framework; }
	public String getMeetingRhythm() { return meetingRhythm; }
	public void setMeetingRhythm(String meetingRhythm) { this.meetingRhythm = meetingRhythm; }
	public String getEvaluationRhythm() { return evaluationRhythm; }
	public void setEvaluationRhythm(String evaluationRhythm) { this.evaluationRhythm = evaluationRhythm; }
	public String getContactName() { return contactName; }
	public void setContactName(String contactName) { this.contactName = contactName; }
	public String getContactEmail() { return contactEmail; }
	public void setContactEmail(String contactEmail) { this.contactEmail = contactEmail; }
	public String getContactPhone() { return contactPhone; }
	public void setContactPhone(String contactPhone) { this.contactPhone = contactPhone; }
	public String getContactHours() { return contactHours; }
	public void setContactHours(String contactHours) { this.contactHours = contactHours; }
	public String getAfterReferral() { return afterReferral; }
	public void setAfterReferral(String afterReferral) { this.afterReferral = afterReferral; }
	public String getSupportedBy() { return supportedBy; }
	public void setSupportedBy(String supportedBy) { this.supportedBy = supportedBy; }
	public long getVersion() { return version; }
	public void setVersion(long version) { this.version = version; }
}
