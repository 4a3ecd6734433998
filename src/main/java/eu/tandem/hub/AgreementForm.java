package eu.tandem.hub;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import eu.tandem.agency.Sector;
import eu.tandem.identity.AgencyId;
import eu.tandem.kernel.InvalidInput;
import eu.tandem.kernel.PlainText;
import eu.tandem.web.FormErrors;
import eu.tandem.web.Words;
import org.jspecify.annotations.Nullable;
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
		var checkedTitle = FormErrors.capture(errors, () -> PlainText.required("title", Words.of("hub.agreementForm.title"), title, 200));
		var checkedStart = FormErrors.capture(errors, () -> required(date(startsOn,
				() -> InvalidInput.of("startsOn", "hub.error.startsOn.notADate")), () -> InvalidInput.of("startsOn", "hub.error.startsOn")));
		var checkedEnd = FormErrors.capture(errors, () -> date(endsOn, () -> InvalidInput.of("endsOn", "hub.error.endsOn.notADate")));
		var checkedReview = FormErrors.capture(errors, () -> required(date(reviewOn,
				() -> InvalidInput.of("reviewOn", "hub.error.reviewOn.notADate")), () -> InvalidInput.of("reviewOn", "hub.error.reviewOn")));
		var checkedParties = FormErrors.capture(errors, this::parties);
		var checkedPurposes = FormErrors.capture(errors, this::purposes);
		var checkedFlows = FormErrors.capture(errors, this::flows);
		if (errors.hasErrors()) {
			return null;
		}
		return FormErrors.capture(errors, () -> new AgreementTerms(checkedTitle, checkedStart, checkedEnd, checkedReview,
				retention, checkedParties, checkedPurposes, checkedFlows));
	}

	/** The date typed, or null if none; a text that is not a date is refused. */
	private static @Nullable LocalDate date(String value, Supplier<InvalidInput> notADate) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException unreadable) {
			throw notADate.get();
		}
	}

	private static LocalDate required(@Nullable LocalDate date, Supplier<InvalidInput> missing) {
		if (date == null) {
			throw missing.get();
		}
		return date;
	}

	private Set<AgencyId> parties() {
		var chosen = new HashSet<AgencyId>();
		for (var party : parties == null ? List.<String>of() : parties) {
			chosen.add(AgencyId.parse(party).orElseThrow(() -> InvalidInput.of("parties", "hub.error.partiesFromList")));
		}
		return chosen;
	}

	private List<PurposeBasis> purposes() {
		var chosen = new ArrayList<PurposeBasis>();
		for (var row : purposes == null ? List.<PurposeRow>of() : purposes) {
			if (!row.included) {
				continue;
			}
			var purpose = choice(SharingPurpose.class, row.purpose, () -> InvalidInput.of("purposes", "hub.error.purposesFromList"));
			var named = HubWords.purpose(purpose);
			var art6 = choice(Art6Basis.class, row.art6, () -> InvalidInput.of("purposes", "hub.error.art6", named));
			var art9 = row.art9 == null || row.art9.isBlank() ? null
					: choice(Art9Condition.class, row.art9, () -> InvalidInput.of("purposes", "hub.error.art9", named));
			var criminal = PlainText.optional("purposes", Words.of("hub.agreementForm.art10For", named), row.criminalBasis, 300);
			var reference = PlainText.required("purposes", Words.of("hub.agreementForm.referenceFor", named), row.legalReference, 300);
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
			var clause = String.valueOf(number);
			Supplier<InvalidInput> incomplete = () -> InvalidInput.of("flows", "hub.error.clauseIncomplete", clause);
			chosen.add(new AgreementTerms.FlowTerm(choice(DataCategory.class, row.category, incomplete),
					choice(Sector.class, row.from, incomplete), choice(Sector.class, row.to, incomplete),
					choice(SharingPurpose.class, row.purpose, incomplete)));
		}
		return chosen;
	}

	private static <E extends Enum<E>> E choice(Class<E> type, String value, Supplier<InvalidInput> unknown) {
		try {
			return Enum.valueOf(type, value);
		}
		catch (IllegalArgumentException | NullPointerException notAConstant) {
			throw unknown.get();
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
