package eu.tandem.hub;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import eu.tandem.agency.Sector;
import eu.tandem.identity.AgencyId;
import eu.tandem.kernel.InvalidInput;
import eu.tandem.kernel.PlainText;
import eu.tandem.web.FormErrors;
import org.springframework.validation.BindingResult;

/**
 * An agreement version as typed: dates, retention, parties, a row per purpose with its legal basis, and
 * clause rows (blank rows are ignored, so the form works without JavaScript).
 */
class AgreementForm {

	static final int BLANK_CLAUSES = 6;

	/** The legal basis typed for one purpose; a purpose counts only if ticked. */
	public static class PurposeRow {
		private String purpose = "";
		private boolean included;
		private String art6 = "";
		private String art9 = "";
		private String criminalBasis = "";
		private String legalReference = "";

		public String getPurpose() { return purpose; }
		public void setPurpose(String purpose) { this.purpose = purpose; }
		public String getLabel() {
			return Arrays.stream(SharingPurpose.values()).filter(p -> p.name().equals(purpose))
				.map(SharingPurpose::label).findFirst().orElse(purpose);
		}
		public boolean isIncluded() { return included; }
		public void setIncluded(boolean included) { this.included = included; }
		public String getArt6() { return art6; }
		public void setArt6(String art6) { this.art6 = art6; }
		public String getArt9() { return art9; }
		public void setArt9(String art9) { this.art9 = art9; }
		public String getCriminalBasis() { return criminalBasis; }
		public void setCriminalBasis(String criminalBasis) { this.criminalBasis = criminalBasis; }
		public String getLegalReference() { return legalReference; }
		public void setLegalReference(String legalReference) { this.legalReference = legalReference; }
	}

	/** One clause as typed; a row with nothing chosen is ignored. */
	public static class FlowRow {
		private String category = "";
		private String from = "";
		private String to = "";
		private String purpose = "";

		boolean blank() {
			return category.isBlank() && from.isBlank() && to.isBlank() && purpose.isBlank();
		}

		public String getCategory() { return category; }
		public void setCategory(String category) { this.category = category; }
		public String getFrom() { return from; }
		public void setFrom(String from) { this.from = from; }
		public String getTo() { return to; }
		public void setTo(String to) { this.to = to; }
		public String getPurpose() { return purpose; }
		public void setPurpose(String purpose) { this.purpose = purpose; }
	}

	private String title = "";
	private String startsOn = "";
	private String endsOn = "";
	private String reviewOn = "";
	private String retention = "";
	private String changeNote = "";
	private List<String> parties = new ArrayList<>();
	private List<PurposeRow> purposes = new ArrayList<>();
	private List<FlowRow> flows = new ArrayList<>();
	private int basedOn;

	static AgreementForm blank() {
		var form = new AgreementForm();
		for (var purpose : SharingPurpose.values()) {
			var row = new PurposeRow();
			row.purpose = purpose.name();
			form.purposes.add(row);
		}
		form.addBlankClauses();
		return form;
	}

	static AgreementForm of(AgreementVersion version) {
		var form = blank();
		form.flows.clear();
		form.title = version.title();
		form.startsOn = version.startsOn().toString();
		form.endsOn = version.endsOn() == null ? "" : version.endsOn().toString();
		form.reviewOn = version.reviewOn().toString();
		form.retention = version.retention();
		form.parties = version.parties().stream().map(AgencyId::toString).toList();
		for (var row : form.purposes) {
			var basis = version.purposes().get(SharingPurpose.valueOf(row.purpose));
			if (basis != null) {
				row.included = true;
				row.art6 = basis.art6().name();
				row.art9 = basis.art9() == null ? "" : basis.art9().name();
				row.criminalBasis = basis.criminalOffenceBasis() == null ? "" : basis.criminalOffenceBasis();
				row.legalReference = basis.legalReference();
			}
		}
		for (var flow : version.flows()) {
			var row = new FlowRow();
			row.category = flow.category().name();
			row.from = flow.from().name();
			row.to = flow.to().name();
			row.purpose = flow.purpose().name();
			form.flows.add(row);
		}
		form.addBlankClauses();
		form.basedOn = version.number();
		return form;
	}

	private void addBlankClauses() {
		for (int i = 0; i < BLANK_CLAUSES; i++) {
			flows.add(new FlowRow());
		}
	}

	/** The terms, or null with every problem recorded next to its field. */
	AgreementTerms toTerms(BindingResult errors) {
		var checkedTitle = FormErrors.capture(errors, () -> PlainText.required("title", "the agreement's title", title, 200));
		var checkedStart = FormErrors.capture(errors, () -> date("startsOn", "the start date", startsOn, true));
		var checkedEnd = FormErrors.capture(errors, () -> date("endsOn", "the end date", endsOn, false));
		var checkedReview = FormErrors.capture(errors, () -> date("reviewOn", "the review date", reviewOn, true));
		var checkedParties = FormErrors.capture(errors, this::parties);
		var checkedPurposes = FormErrors.capture(errors, this::purposes);
		var checkedFlows = FormErrors.capture(errors, this::flows);
		if (errors.hasErrors()) {
			return null;
		}
		return FormErrors.capture(errors, () -> new AgreementTerms(checkedTitle, checkedStart, checkedEnd, checkedReview,
				retention, checkedParties, checkedPurposes, checkedFlows));
	}

	private static LocalDate date(String field, String label, String value, boolean required) {
		if (value == null || value.isBlank()) {
			if (required) {
				throw new InvalidInput(field, "Enter " + label + ".");
			}
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException notADate) {
			throw new InvalidInput(field, "Enter " + label + " as a date, e.g. 2026-12-31.");
		}
	}

	private Set<AgencyId> parties() {
		var chosen = new HashSet<AgencyId>();
		for (var party : parties == null ? List.<String>of() : parties) {
			chosen.add(AgencyId.parse(party).orElseThrow(() -> new InvalidInput("parties", "Choose parties from the list.")));
		}
		return chosen;
	}

	private List<PurposeBasis> purposes() {
		var chosen = new ArrayList<PurposeBasis>();
		for (var row : purposes == null ? List.<PurposeRow>of() : purposes) {
			if (!row.included) {
				continue;
			}
			var purpose = choice(SharingPurpose.class, row.purpose, "purposes", "Choose purposes from the list.");
			var label = "“" + purpose.label() + "”";
			var art6 = choice(Art6Basis.class, row.art6, "purposes", "Choose the GDPR Art. 6 basis for " + label + ".");
			var art9 = row.art9 == null || row.art9.isBlank() ? null
					: choice(Art9Condition.class, row.art9, "purposes", "Choose an Art. 9(2) condition for " + label + " from the list.");
			var criminal = PlainText.optional("purposes", "the Art. 10 or national-law basis for " + label, row.criminalBasis, 300);
			var reference = PlainText.required("purposes", "the article or statute the parties rely on for " + label,
					row.legalReference, 300);
			chosen.add(new PurposeBasis(purpose, art6, art9, criminal, reference));
		}
		return chosen;
	}

	private List<AgreementTerms.FlowTerm> flows() {
		var chosen = new ArrayList<AgreementTerms.FlowTerm>();
		var number = 0;
		for (var row : flows == null ? List.<FlowRow>of() : flows) {
			if (row.blank()) {
				continue;
			}
			number++;
			var message = "Clause " + number + " needs a category, both sectors and a purpose.";
			chosen.add(new AgreementTerms.FlowTerm(choice(DataCategory.class, row.category, "flows", message),
					choice(Sector.class, row.from, "flows", message), choice(Sector.class, row.to, "flows", message),
					choice(SharingPurpose.class, row.purpose, "flows", message)));
		}
		return chosen;
	}

	private static <E extends Enum<E>> E choice(Class<E> type, String value, String field, String message) {
		try {
			return Enum.valueOf(type, value);
		}
		catch (IllegalArgumentException | NullPointerException unknown) {
			throw new InvalidInput(field, message);
		}
	}

	public String getTitle() { return title; }
	public void setTitle(String title) { this.title = title; }
	public String getStartsOn() { return startsOn; }
	public void setStartsOn(String startsOn) { this.startsOn = startsOn; }
	public String getEndsOn() { return endsOn; }
	public void setEndsOn(String endsOn) { this.endsOn = endsOn; }
	public String getReviewOn() { return reviewOn; }
	public void setReviewOn(String reviewOn) { this.reviewOn = reviewOn; }
	public String getRetention() { return retention; }
	public void setRetention(String retention) { this.retention = retention; }
	public String getChangeNote() { return changeNote; }
	public void setChangeNote(String changeNote) { this.changeNote = changeNote; }
	public List<String> getParties() { return parties; }
	public void setParties(List<String> parties) { this.parties = parties; }
	public List<PurposeRow> getPurposes() { return purposes; }
	public void setPurposes(List<PurposeRow> purposes) { this.purposes = purposes; }
	public List<FlowRow> getFlows() { return flows; }
	public void setFlows(List<FlowRow> flows) { this.flows = flows; }
	public int getBasedOn() { return basedOn; }
	public void setBasedOn(int basedOn) { this.basedOn = basedOn; }
}
