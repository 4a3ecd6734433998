package eu.tandem.knowledge;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import eu.tandem.kernel.InvalidInput;
import eu.tandem.kernel.PlainText;
import eu.tandem.knowledge.ItemContent.DatePrecision;
import eu.tandem.knowledge.ItemContent.MeetingKind;
import eu.tandem.knowledge.ItemContent.QuestionStatus;
import eu.tandem.knowledge.ItemContent.Scope;
import eu.tandem.web.FormErrors;
import eu.tandem.web.Words;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;

/** The curator's form for a new item or a new version of one: every field as typed, checked all at once. */
class ItemForm {

	private String type = "";
	private String subtheme = "";
	private String section = "";
	private String title = "";
	private String text = "";
	private String kind = "MEETING";
	private String workingGroup = "";
	private String startDate = "";
	private String endDate = "";
	private String datePrecision = "DAY";
	private String place = "";
	private String country = "";
	private String countryCode = "";
	private String scope = "";
	private String sourceUrl = "";
	private String questionStatus = "OPEN";
	private List<String> meetingKeys = new ArrayList<>();
	private String changeNote = "";
	private @Nullable Integer basedOn;

	static ItemForm of(ItemType type, ItemContent content, @Nullable Integer basedOn) {
		var form = new ItemForm();
		form.type = type.apiName();
		// a subtheme's parent is its theme; the form's one field names the parent either way
		var parent = type == ItemType.SUBTHEME ? content.themeKey() : content.subthemeKey();
		form.subtheme = parent == null ? "" : parent;
		form.section = blank(content.section());
		form.title = blank(content.title());
		form.text = blank(content.body());
		form.kind = content.kind() == null ? "MEETING" : content.kind().name();
		form.workingGroup = blank(content.workingGroup());
		form.startDate = content.startDate() == null ? "" : content.startDate().toString();
		form.endDate = content.endDate() == null ? "" : content.endDate().toString();
		form.datePrecision = content.datePrecision() == null ? "DAY" : content.datePrecision().name();
		form.place = blank(content.place());
		form.country = blank(content.country());
		form.countryCode = blank(content.countryCode());
		form.scope = content.scope() == null ? "" : content.scope().name();
		form.sourceUrl = blank(content.sourceUrl());
		form.questionStatus = content.questionStatus() == null ? "OPEN" : content.questionStatus().name();
		form.meetingKeys = new ArrayList<>(content.meetingKeys());
		form.basedOn = basedOn;
		return form;
	}

	/**
	 * The content this form describes, or null with every problem recorded on its field.
	 *
	 * @param sourceRequired a curator's own item needs a source link; an item from the paper has the paper
	 * @param published the published items by key, to check the subtheme and the meetings named
	 */
	@Nullable ItemContent content(ItemType itemType, boolean sourceRequired, Function<String, Optional<LibraryEntry>> published,
			BindingResult errors) {
		var subthemeEntry = FormErrors.capture(errors, () -> itemType == ItemType.THEME ? null : published.apply(subtheme.strip())
			.filter(entry -> entry.type() == (itemType == ItemType.SUBTHEME ? ItemType.THEME : ItemType.SUBTHEME))
			.orElseThrow(() -> itemType == ItemType.SUBTHEME ? InvalidInput.of("subtheme", "knowledge.error.chooseTheme")
					: InvalidInput.of("subtheme", "knowledge.error.chooseSubtheme")));
		var cleanTitle = FormErrors.capture(errors, () -> itemType.titled()
				? PlainText.required("title", Words.of("knowledge.field.title"), title, 300) : null);
		var cleanText = FormErrors.capture(errors, () -> itemType.titled()
				? PlainText.optionalMultiLine("text", Words.of("knowledge.field.summary"), text, 4000)
				: PlainText.requiredMultiLine("text", Words.of("knowledge.field.text"), text, 4000));
		var source = FormErrors.capture(errors, () -> source(sourceRequired));
		var start = FormErrors.capture(errors, () -> itemType == ItemType.MEETING ? startDate() : null);
		var end = FormErrors.capture(errors, () -> itemType == ItemType.MEETING ? endDate() : null);
		if (start != null && end != null && end.isBefore(start)) {
			FormErrors.reject(errors, InvalidInput.of("endDate", "knowledge.error.endBeforeStart"));
		}
		var cleanCountry = FormErrors.capture(errors, () -> itemType == ItemType.PRACTICE
				? PlainText.required("country", Words.of("knowledge.field.country"), country, 100) : null);
		var code = FormErrors.capture(errors, () -> countryCode(itemType));
		var meetings = FormErrors.capture(errors, () -> meetings(itemType, published));
		var cleanSection = FormErrors.capture(errors, () -> PlainText.optional("section", Words.of("knowledge.field.section"), section, 200));
		var group = FormErrors.capture(errors, () -> itemType == ItemType.MEETING
				? PlainText.optional("workingGroup", Words.of("knowledge.field.workingGroup"), workingGroup, 120) : null);
		var cleanPlace = FormErrors.capture(errors, () -> itemType == ItemType.MEETING
				? PlainText.optional("place", Words.of("knowledge.field.place"), place, 120) : null);
		FormErrors.capture(errors, this::note);
		if (errors.hasErrors()) {
			return null;
		}
		String themeKey = null;
		String subthemeKey = null;
		if (itemType == ItemType.SUBTHEME) {
			themeKey = subthemeEntry.key();
		}
		else if (itemType != ItemType.THEME) {
			themeKey = subthemeEntry.content().themeKey();
			subthemeKey = subthemeEntry.key();
		}
		return new ItemContent(themeKey, subthemeKey, cleanSection, cleanTitle, cleanText,
				itemType == ItemType.MEETING ? MeetingKind.valueOf(kind.equals("PAPER") ? "PAPER" : "MEETING") : null, group, start, end,
				itemType == ItemType.MEETING ? precision() : null, cleanPlace, cleanCountry, code,
				itemType == ItemType.PRACTICE && !scope.isBlank() ? Scope.valueOf(scope.equals("LOCAL") ? "LOCAL" : "NATIONAL") : null,
				source, itemType == ItemType.OPEN_QUESTION ? status() : null, meetings == null ? List.of() : meetings);
	}

	String note() {
		return PlainText.optionalMultiLine("changeNote", Words.of("knowledge.field.changeNote"), changeNote, 1000);
	}

	private @Nullable String source(boolean required) {
		var url = sourceUrl == null ? "" : sourceUrl.strip();
		if (url.isEmpty()) {
			if (required) {
				throw InvalidInput.of("sourceUrl", "knowledge.error.sourceMissing");
			}
			return null;
		}
		if (url.length() > 500) {
			throw InvalidInput.of("sourceUrl", "knowledge.error.sourceTooLong", 500);
		}
		try {
			var uri = new URI(url);
			if (!("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme())) || uri.getHost() == null) {
				throw InvalidInput.of("sourceUrl", "knowledge.error.sourceNotOnTheWeb");
			}
			// "HTTPS://…" is the same address; stored with the scheme in lower case, as the database expects
			url = uri.getScheme().toLowerCase(Locale.ROOT) + url.substring(uri.getScheme().length());
		}
		catch (java.net.URISyntaxException malformed) {
			throw InvalidInput.of("sourceUrl", "knowledge.error.sourceMalformed");
		}
		return url;
	}

	private LocalDate startDate() {
		if (startDate == null || startDate.isBlank()) {
			throw InvalidInput.of("startDate", "knowledge.error.startDateMissing");
		}
		return date(startDate).orElseThrow(() -> InvalidInput.of("startDate", "knowledge.error.startDateNotADate"));
	}

	private @Nullable LocalDate endDate() {
		if (endDate == null || endDate.isBlank()) {
			return null;
		}
		return date(endDate).orElseThrow(() -> InvalidInput.of("endDate", "knowledge.error.endDateNotADate"));
	}

	private static Optional<LocalDate> date(String value) {
		try {
			return Optional.of(LocalDate.parse(value.strip()));
		}
		catch (DateTimeParseException wrong) {
			return Optional.empty();
		}
	}

	private @Nullable String countryCode(ItemType itemType) {
		if (itemType != ItemType.PRACTICE || countryCode == null || countryCode.isBlank()) {
			return null;
		}
		var code = countryCode.strip().toUpperCase(Locale.ROOT);
		if (!code.matches("[A-Z]{2}")) {
			throw InvalidInput.of("countryCode", "knowledge.error.countryCode");
		}
		return code;
	}

	private @Nullable List<String> meetings(ItemType itemType, Function<String, Optional<LibraryEntry>> published) {
		if (itemType != ItemType.OPEN_QUESTION) {
			return null;
		}
		var keys = meetingKeys.stream().map(String::strip).filter(key -> !key.isEmpty()).distinct().toList();
		for (var key : keys) {
			if (published.apply(key).filter(entry -> entry.type() == ItemType.MEETING).isEmpty()) {
				throw InvalidInput.of("meetingKeys", "knowledge.error.meetingUnknown");
			}
		}
		return keys;
	}

	/** "April 2019" stays a month when a curator edits the meeting: the form carries how precise the date is. */
	private DatePrecision precision() {
		return switch (datePrecision == null ? "" : datePrecision) {
			case "MONTH" -> DatePrecision.MONTH;
			case "YEAR" -> DatePrecision.YEAR;
			default -> DatePrecision.DAY;
		};
	}

	private QuestionStatus status() {
		return switch (questionStatus == null ? "" : questionStatus) {
			case "EXPLORING" -> QuestionStatus.EXPLORING;
			case "ANSWERED" -> QuestionStatus.ANSWERED;
			default -> QuestionStatus.OPEN;
		};
	}

	private static String blank(@Nullable String value) {
		return value == null ? "" : value;
	}

	// @formatter:off
	public String getType() { return type; }
	public void setType(String type) { this.type = type; }
	public String getSubtheme() { return subtheme; }
	public void setSubtheme(String subtheme) { this.subtheme = subtheme; }
	public String getSection() { return section; }
	public void setSection(String section) { this.section = section; }
	public String getTitle() { return title; }
	public void setTitle(String title) { this.title = title; }
	public String getText() { return text; }
	public void setText(String text) { this.text = text; }
	public String getKind() { return kind; }
	public void setKind(String kind) { this.kind = kind; }
	public String getWorkingGroup() { return workingGroup; }
	public void setWorkingGroup(String workingGroup) { this.workingGroup = workingGroup; }
	public String getStartDate() { return startDate; }
	public void setStartDate(String startDate) { this.startDate = startDate; }
	public String getEndDate() { return endDate; }
	public void setEndDate(String endDate) { this.endDate = endDate; }
	public String getDatePrecision() { return datePrecision; }
	public void setDatePrecision(String datePrecision) { this.datePrecision = datePrecision; }
	public String getPlace() { return place; }
	public void setPlace(String place) { this.place = place; }
	public String getCountry() { return country; }
	public void setCountry(String country) { this.country = country; }
	public String getCountryCode() { return countryCode; }
	public void setCountryCode(String countryCode) { this.countryCode = countryCode; }
	public String getScope() { return scope; }
	public void setScope(String scope) { this.scope = scope; }
	public String getSourceUrl() { return sourceUrl; }
	public void setSourceUrl(String sourceUrl) { this.sourceUrl = sourceUrl; }
	public String getQuestionStatus() { return questionStatus; }
	public void setQuestionStatus(String questionStatus) { this.questionStatus = questionStatus; }
	public List<String> getMeetingKeys() { return meetingKeys; }
	public void setMeetingKeys(List<String> meetingKeys) { this.meetingKeys = meetingKeys == null ? new ArrayList<>() : meetingKeys; }
	public String getChangeNote() { return changeNote; }
	public void setChangeNote(String changeNote) { this.changeNote = changeNote; }
	public @Nullable Integer getBasedOn() { return basedOn; }
	public void setBasedOn(@Nullable Integer basedOn) { this.basedOn = basedOn; }
	// @formatter:on
}
