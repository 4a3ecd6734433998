package eu.tandem.referral;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import eu.tandem.hub.HubId;
import eu.tandem.kernel.InvalidInput;
import eu.tandem.kernel.PlainText;
import eu.tandem.person.PersonDetails;
import eu.tandem.person.PersonName;
import eu.tandem.web.Words;
import org.jspecify.annotations.Nullable;

/** What a referrer tells the hub. The person may be unknown; the concern, in their own words, may not. */
public record NewReferral(HubId hub, Concern.Channel channel, @Nullable String contactDescription, String concern,
		@Nullable String observed, @Nullable LocalDate observedOn, Concern.Type type,
		Set<Concern.Vulnerability> vulnerabilities, Concern.Awareness personAware, Concern.Consent consent,
		Concern.Urgency urgency, Optional<PersonDetails> person, Optional<PersonName> guardian) {

	public NewReferral {
		Objects.requireNonNull(hub, "hub");
		Objects.requireNonNull(channel, "channel");
		contactDescription = PlainText.optional("contactDescription", Words.of("referral.field.contact"), contactDescription, 200);
		if (channel != Concern.Channel.PRACTITIONER && contactDescription == null) {
			throw InvalidInput.of("contactDescription", "referral.error.contactMissing");
		}
		concern = PlainText.requiredMultiLine("concern", Words.of("referral.new.concern"), concern, 5000);
		observed = PlainText.optionalMultiLine("observed", Words.of("referral.field.observed"), observed, 5000);
		Objects.requireNonNull(type, "type");
		vulnerabilities = Set.copyOf(vulnerabilities);
		Objects.requireNonNull(personAware, "personAware");
		Objects.requireNonNull(consent, "consent");
		Objects.requireNonNull(urgency, "urgency");
		if (guardian.isPresent() && person.isEmpty()) {
			throw InvalidInput.of("guardianGivenNames", "referral.error.guardianWithoutPerson");
		}
	}

	static void observedNotInFuture(@Nullable LocalDate observedOn, LocalDate today) {
		if (observedOn != null && observedOn.isAfter(today)) {
			throw InvalidInput.of("observedOn", "referral.error.observedInTheFuture");
		}
	}
}
