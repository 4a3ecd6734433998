package eu.tandem.referral;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import eu.tandem.hub.HubId;
import eu.tandem.kernel.InvalidInput;
import eu.tandem.kernel.PlainText;
import eu.tandem.person.Address;
import eu.tandem.person.DateOfBirth;
import eu.tandem.person.Identifier;
import eu.tandem.person.PersonDetails;
import eu.tandem.person.PersonName;
import eu.tandem.person.Sex;
import eu.tandem.web.FormErrors;
import eu.tandem.web.Words;
import org.springframework.validation.BindingResult;

/** The referral form as typed. Everything about the person is optional; the concern is not. */
class ReferralForm {

	private String hub = "";
	private String channel = "PRACTITIONER";
	private String contactDescription = "";
	private String givenNames = "";
	private String surname = "";
	private String alias = "";
	private String otherScriptName = "";
	private String script = "";
	private String gender = "";
	private String languages = "";
	private String identifierKind = "";
	private String identifierValue = "";
	private String birthYear = "";
	private String birthMonth = "";
	private String birthDay = "";
	private String sex = "";
	private String locality = "";
	private String guardianGivenNames = "";
	private String guardianSurname = "";
	private String concern = "";
	private String observed = "";
	private String observedOn = "";
	private String type = "";
	private List<String> vulnerabilities = new ArrayList<>();
	private String personAware = "";
	private String consent = "";
	private String urgency = "ROUTINE";

	/**
	 * The referral, or null with every problem recorded next to its field at once: each part is checked on its own,
	 * so that a wrong date of birth does not hide a missing concern, and what was typed stays in the form.
	 */
	NewReferral toReferral(BindingResult errors, LocalDate today) {
		var checkedHub = FormErrors.capture(errors, () -> HubId.parse(hub)
			.orElseThrow(() -> InvalidInput.of("hub", "referral.error.hubMissing")));
		var checkedChannel = FormErrors.capture(errors, () -> choice(Concern.Channel.class, channel,
				() -> InvalidInput.of("channel", "referral.error.channelMissing")));
		var dateOfBirth = FormErrors.capture(errors, () -> as("birthYear", () -> DateOfBirth.of(birthYear, birthMonth, birthDay, today)));
		var name = FormErrors.capture(errors, this::name);
		var aliasName = FormErrors.capture(errors, () -> alias.isBlank() ? null
				: as("alias", () -> new PersonName(PersonName.Kind.ALIAS, alias, null, null)));
		var scriptName = FormErrors.capture(errors, () -> otherScriptName.isBlank() ? null
				: as("otherScriptName", () -> new PersonName(PersonName.Kind.OTHER_SCRIPT, otherScriptName, null, script)));
		var checkedSex = FormErrors.capture(errors, () -> sex.isBlank() ? null : choice(Sex.class, sex,
				() -> InvalidInput.of("sex", "referral.error.notInTheList")));
		var spoken = FormErrors.capture(errors, this::languages);
		var addresses = FormErrors.capture(errors, () -> locality.isBlank() ? List.<Address>of()
				: List.of(new Address(null, null, locality, null, null, null)));
		var identifiers = FormErrors.capture(errors, () -> identifierValue.isBlank() ? List.<Identifier>of()
				: List.of(new Identifier(identifierKind.isBlank() ? "Identifier" : identifierKind, identifierValue)));
		FormErrors.capture(errors, () -> PlainText.optional("gender", Words.of("person.field.gender"), gender, 80));
		var guardian = FormErrors.capture(errors, this::guardian);
		var observedDay = FormErrors.capture(errors, () -> {
			var day = date(observedOn);
			NewReferral.observedNotInFuture(day, today);
			return day;
		});
		var checkedType = FormErrors.capture(errors, () -> choice(Concern.Type.class, type,
				() -> InvalidInput.of("type", "referral.error.typeMissing")));
		var checkedVulnerabilities = FormErrors.capture(errors, this::vulnerabilities);
		var aware = FormErrors.capture(errors, () -> choice(Concern.Awareness.class, personAware,
				() -> InvalidInput.of("personAware", "referral.error.awarenessMissing")));
		var checkedConsent = FormErrors.capture(errors, () -> choice(Concern.Consent.class, consent,
				() -> InvalidInput.of("consent", "referral.error.consentMissing")));
		var checkedUrgency = FormErrors.capture(errors, () -> choice(Concern.Urgency.class, urgency,
				() -> InvalidInput.of("urgency", "referral.error.urgencyMissing")));
		FormErrors.capture(errors, () -> PlainText.requiredMultiLine("concern", Words.of("referral.new.concern"), concern, 5000));
		FormErrors.capture(errors, () -> PlainText.optionalMultiLine("observed", Words.of("referral.field.observed"), observed, 5000));
		if (errors.hasErrors()) {
			return null;
		}
		return FormErrors.capture(errors, () -> {
			var person = person(name, aliasName, scriptName, dateOfBirth, checkedSex, spoken, addresses, identifiers);
			return new NewReferral(checkedHub, checkedChannel, contactDescription, concern, observed, observedDay, checkedType,
					checkedVulnerabilities, aware, checkedConsent, checkedUrgency, Optional.ofNullable(person),
					Optional.ofNullable(guardian));
		});
	}

	/** The person's name as the referrer gave it; none at all is allowed. */
	private PersonName name() {
		if (givenNames.isBlank() && surname.isBlank()) {
			return null;
		}
		return new PersonName(PersonName.Kind.NAME, givenNames, surname, null);
	}

	/** The person, if anything identifies them; a concern may arrive with no name at all. */
	private PersonDetails person(PersonName name, PersonName aliasName, PersonName scriptName, DateOfBirth dateOfBirth,
			Sex checkedSex, Set<String> spoken, List<Address> addresses, List<Identifier> identifiers) {
		if (name == null) {
			if (dateOfBirth != null || aliasName != null || scriptName != null || !identifiers.isEmpty()) {
				throw InvalidInput.of("givenNames", "referral.error.nameMissing");
			}
			return null;
		}
		var names = new ArrayList<PersonName>();
		names.add(name);
		if (aliasName != null) {
			names.add(aliasName);
		}
		if (scriptName != null) {
			names.add(scriptName);
		}
		return new PersonDetails(names, dateOfBirth, checkedSex, gender, spoken, addresses, identifiers);
	}

	private Set<String> languages() {
		return Arrays.stream(languages.split(",")).map(String::strip).filter(language -> !language.isEmpty())
			.map(language -> PlainText.required("languages", Words.of("referral.field.eachLanguage"), language, 40))
			.collect(Collectors.toSet());
	}

	private PersonName guardian() {
		if (guardianGivenNames.isBlank() && guardianSurname.isBlank()) {
			return null;
		}
		try {
			return new PersonName(PersonName.Kind.NAME, guardianGivenNames, guardianSurname, null);
		}
		catch (InvalidInput invalid) {
			throw on(invalid.field().equals("surname") ? "guardianSurname" : "guardianGivenNames", invalid);
		}
	}

	/** A rule of a value type names its own field; here the message belongs next to this form field. */
	private static <T> T as(String field, Supplier<T> value) {
		try {
			return value.get();
		}
		catch (InvalidInput invalid) {
			throw on(field, invalid);
		}
	}

	/** The same words, with their key and arguments, next to another field. */
	private static InvalidInput on(String field, InvalidInput invalid) {
		return InvalidInput.of(field, invalid.getCodes()[0], invalid.getArguments());
	}

	private Set<Concern.Vulnerability> vulnerabilities() {
		var chosen = EnumSet.noneOf(Concern.Vulnerability.class);
		for (var value : vulnerabilities == null ? List.<String>of() : vulnerabilities) {
			chosen.add(choice(Concern.Vulnerability.class, value,
					() -> InvalidInput.of("vulnerabilities", "referral.error.notInTheList")));
		}
		return chosen;
	}

	private static LocalDate date(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException notADate) {
			throw InvalidInput.of("observedOn", "referral.error.observedOnNotADate");
		}
	}

	private static <E extends Enum<E>> E choice(Class<E> type, String value, Supplier<InvalidInput> unknown) {
		try {
			return Enum.valueOf(type, value);
		}
		catch (IllegalArgumentException | NullPointerException notAChoice) {
			throw unknown.get();
		}
	}

	public String getHub() { return hub; }
	public void setHub(String hub) { this.hub = hub; }
	public String getChannel() { return channel; }
	public void setChannel(String channel) { this.channel = channel; }
	public String getContactDescription() { return contactDescription; }
	public void setContactDescription(String contactDescription) { this.contactDescription = contactDescription; }
	public String getGivenNames() { return givenNames; }
	public void setGivenNames(String givenNames) { this.givenNames = givenNames; }
	public String getSurname() { return surname; }
	public void setSurname(String surname) { this.surname = surname; }
	public String getAlias() { return alias; }
	public void setAlias(String alias) { this.alias = alias; }
	public String getOtherScriptName() { return otherScriptName; }
	public void setOtherScriptName(String otherScriptName) { this.otherScriptName = otherScriptName; }
	public String getScript() { return script; }
	public void setScript(String script) { this.script = script; }
	public String getGender() { return gender; }
	public void setGender(String gender) { this.gender = gender; }
	public String getLanguages() { return languages; }
	public void setLanguages(String languages) { this.languages = languages; }
	public String getIdentifierKind() { return identifierKind; }
	public void setIdentifierKind(String identifierKind) { this.identifierKind = identifierKind; }
	public String getIdentifierValue() { return identifierValue; }
	public void setIdentifierValue(String identifierValue) { this.identifierValue = identifierValue; }
	public String getBirthYear() { return birthYear; }
	public void setBirthYear(String birthYear) { this.birthYear = birthYear; }
	public String getBirthMonth() { return birthMonth; }
	public void setBirthMonth(String birthMonth) { this.birthMonth = birthMonth; }
	public String getBirthDay() { return birthDay; }
	public void setBirthDay(String birthDay) { this.birthDay = birthDay; }
	public String getSex() { return sex; }
	public void setSex(String sex) { this.sex = sex; }
	public String getLocality() { return locality; }
	public void setLocality(String locality) { this.locality = locality; }
	public String getGuardianGivenNames() { return guardianGivenNames; }
	public void setGuardianGivenNames(String guardianGivenNames) { this.guardianGivenNames = guardianGivenNames; }
	public String getGuardianSurname() { return guardianSurname; }
	public void setGuardianSurname(String guardianSurname) { this.guardianSurname = guardianSurname; }
	public String getConcern() { return concern; }
	public void setConcern(String concern) { this.concern = concern; }
	public String getObserved() { return observed; }
	public void setObserved(String observed) { this.observed = observed; }
	public String getObservedOn() { return observedOn; }
	public void setObservedOn(String observedOn) { this.observedOn = observedOn; }
	public String getType() { return type; }
	public void setType(String type) { this.type = type; }
	public List<String> getVulnerabilities() { return vulnerabilities; }
	public void setVulnerabilities(List<String> vulnerabilities) { this.vulnerabilities = vulnerabilities; }
	public String getPersonAware() { return personAware; }
	public void setPersonAware(String personAware) { this.personAware = personAware; }
	public String getConsent() { return consent; }
	public void setConsent(String consent) { this.consent = consent; }
	public String getUrgency() { return urgency; }
	public void setUrgency(String urgency) { this.urgency = urgency; }
}
