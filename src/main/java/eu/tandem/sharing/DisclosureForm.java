package eu.tandem.sharing;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import eu.tandem.hub.DataCategory;
import eu.tandem.hub.SharingPurpose;
import eu.tandem.identity.AgencyId;
import eu.tandem.web.FormErrors;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;

/** The disclosure form as typed, kept as typed so that a refused disclosure comes back with every choice in it. */
class DisclosureForm {

	private List<String> items = new ArrayList<>();
	private String summary = "";
	private String summaryCategory = "";
	private String recipient = "team";
	private String purpose = "";
	private String legalBasis = "";
	private String ground = "";
	private String consent = "";
	private String statute = "";
	private String expiresOn = "";

	/**
	 * The disclosure as typed, for {@link Disclosures#disclose} to check; null, with the problem on its field, where a
	 * value cannot be read at all (an expiry that is no date).
	 */
	@Nullable DisclosureRequest toRequest(BindingResult errors) {
		var expiry = FormErrors.capture(errors, () -> Typed.day("expiresOn", expiresOn));
		if (errors.hasErrors()) {
			return null;
		}
		var toTeam = "team".equals(recipient);
		return new DisclosureRequest(
				// an id that is not one is refused like an item the practitioner does not hold, and traced the same way
				Typed.list(items).stream().map(Typed::chosen).map(ItemId::new).collect(Collectors.toSet()),
				summary, Typed.choice(DataCategory.class, summaryCategory), toTeam,
				toTeam ? null : Typed.id(recipient).map(AgencyId::new).orElse(null), Typed.choice(SharingPurpose.class, purpose),
				legalBasis, Typed.choice(Disclosure.Ground.class, ground), Typed.id(consent).orElse(null), statute, expiry);
	}

	public List<String> getItems() { return items; }
	public void setItems(List<String> items) { this.items = items; }
	public String getSummary() { return summary; }
	public void setSummary(String summary) { this.summary = summary; }
	public String getSummaryCategory() { return summaryCategory; }
	public void setSummaryCategory(String summaryCategory) { this.summaryCategory = summaryCategory; }
	public String getRecipient() { return recipient; }
	public void setRecipient(String recipient) { this.recipient = recipient; }
	public String getPurpose() { return purpose; }
	public void setPurpose(String purpose) { this.purpose = purpose; }
	public String getLegalBasis() { return legalBasis; }
	public void setLegalBasis(String legalBasis) { this.legalBasis = legalBasis; }
	public String getGround() { return ground; }
	public void setGround(String ground) { this.ground = ground; }
	public String getConsent() { return consent; }
	public void setConsent(String consent) { this.consent = consent; }
	public String getStatute() { return statute; }
	public void setStatute(String statute) { this.statute = statute; }
	public String getExpiresOn() { return expiresOn; }
	public void setExpiresOn(String expiresOn) { this.expiresOn = expiresOn; }
}
