package eu.tandem.sharing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import eu.tandem.hub.DataCategory;
import eu.tandem.hub.SharingPurpose;
import eu.tandem.identity.AgencyId;
import eu.tandem.web.FormErrors;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;

/** The consent form as typed, kept as typed so that a refused decision comes back with every tick and value in it. */
class ConsentForm {

	private String decision = "";
	private String decidedBy = "";
	private List<String> categories = new ArrayList<>();
	private List<String> purposes = new ArrayList<>();
	private List<String> agencies = new ArrayList<>();
	private String decidedOn = "";
	private String obtained = "";
	private String documentReference = "";
	private String capacityNote = "";

	static ConsentForm decidedOn(LocalDate today) {
		var form = new ConsentForm();
		form.decidedOn = today.toString();
		return form;
	}

	/**
	 * The decision as typed, for {@link Disclosures#recordConsent} to check; null, with the problem on its field, where
	 * a value cannot be read at all (a day that is no date).
	 */
	@Nullable ConsentRequest toRequest(BindingResult errors) {
		var day = FormErrors.capture(errors, () -> Typed.day("decidedOn", decidedOn));
		if (errors.hasErrors()) {
			return null;
		}
		return new ConsentRequest(Typed.choice(Consent.Decision.class, decision), Typed.choice(Consent.DecidedBy.class, decidedBy),
				Typed.list(agencies).stream().map(Typed::chosen).map(AgencyId::new).collect(Collectors.toSet()),
				Typed.list(categories).stream().map(c -> Typed.choice(DataCategory.class, c)).filter(Objects::nonNull).collect(Collectors.toSet()),
				Typed.list(purposes).stream().map(p -> Typed.choice(SharingPurpose.class, p)).filter(Objects::nonNull).collect(Collectors.toSet()),
				day, Typed.choice(Consent.Obtained.class, obtained), documentReference, capacityNote);
	}

	public String getDecision() { return decision; }
	public void setDecision(String decision) { this.decision = decision; }
	public String getDecidedBy() { return decidedBy; }
	public void setDecidedBy(String decidedBy) { this.decidedBy = decidedBy; }
	public List<String> getCategories() { return categories; }
	public void setCategories(List<String> categories) { this.categories = categories; }
	public List<String> getPurposes() { return purposes; }
	public void setPurposes(List<String> purposes) { this.purposes = purposes; }
	public List<String> getAgencies() { return agencies; }
	public void setAgencies(List<String> agencies) { this.agencies = agencies; }
	public String getDecidedOn() { return decidedOn; }
	public void setDecidedOn(String decidedOn) { this.decidedOn = decidedOn; }
	public String getObtained() { return obtained; }
	public void setObtained(String obtained) { this.obtained = obtained; }
	public String getDocumentReference() { return documentReference; }
	public void setDocumentReference(String documentReference) { this.documentReference = documentReference; }
	public String getCapacityNote() { return capacityNote; }
	public void setCapacityNote(String capacityNote) { this.capacityNote = capacityNote; }
}
