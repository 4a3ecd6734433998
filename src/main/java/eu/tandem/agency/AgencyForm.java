package eu.tandem.agency;

import eu.tandem.kernel.InvalidInput;
import eu.tandem.web.FormErrors;
import org.springframework.validation.BindingResult;

/** The agency form as typed, kept as typed so that a refused form comes back with everything in it. */
class AgencyForm {

	private String name = "";
	private String sector = "";
	private String country = "";
	private String region = "";
	private String contactEmail = "";
	private String contactPhone = "";
	private String postalAddress = "";
	private long version;

	static AgencyForm of(Agency agency) {
		var form = new AgencyForm();
		var details = agency.details();
		form.name = details.name();
		form.sector = details.sector().name();
		form.country = details.country().code();
		form.region = nullToEmpty(details.region());
		form.contactEmail = nullToEmpty(details.contactEmail());
		form.contactPhone = nullToEmpty(details.contactPhone());
		form.postalAddress = nullToEmpty(details.postalAddress());
		form.version = agency.version();
		return form;
	}

	/** The details, or null with every problem recorded next to its field. */
	AgencyDetails toDetails(BindingResult errors) {
		var checkedName = FormErrors.capture(errors, () -> AgencyDetails.name(name));
		var checkedSector = FormErrors.capture(errors, () -> sector(sector));
		var checkedCountry = FormErrors.capture(errors, () -> new Country(country));
		var checkedRegion = FormErrors.capture(errors, () -> AgencyDetails.region(region));
		var checkedEmail = FormErrors.capture(errors, () -> AgencyDetails.contactEmail(contactEmail));
		var checkedPhone = FormErrors.capture(errors, () -> AgencyDetails.contactPhone(contactPhone));
		var checkedAddress = FormErrors.capture(errors, () -> AgencyDetails.postalAddress(postalAddress));
		if (errors.hasErrors()) {
			return null;
		}
		return new AgencyDetails(checkedName, checkedSector, checkedCountry, checkedRegion, checkedEmail, checkedPhone,
				checkedAddress);
	}

	private static Sector sector(String value) {
		try {
			return Sector.valueOf(value);
		}
		catch (IllegalArgumentException | NullPointerException unknown) {
			throw InvalidInput.of("sector", "agency.error.sector");
		}
	}

	private static String nullToEmpty(String value) {
		return value == null ? "" : value;
	}

	public String getName() { return name; }
	public void setName(String name) { this.name = name; }
	public String getSector() { return sector; }
	public void setSector(String sector) { this.sector = sector; }
	public String getCountry() { return country; }
	public void setCountry(String country) { this.country = country; }
	public String getRegion() { return region; }
	public void setRegion(String region) { this.region = region; }
	public String getContactEmail() { return contactEmail; }
	public void setContactEmail(String contactEmail) { this.contactEmail = contactEmail; }
	public String getContactPhone() { return contactPhone; }
	public void setContactPhone(String contactPhone) { this.contactPhone = contactPhone; }
	public String getPostalAddress() { return postalAddress; }
	public void setPostalAddress(String postalAddress) { this.postalAddress = postalAddress; }
	public long getVersion() { return version; }
	public void setVersion(long version) { this.version = version; }
}
