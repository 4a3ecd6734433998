package eu.tandem.hub;

import java.util.Objects;

import eu.tandem.agency.Country;
import eu.tandem.kernel.ContactText;
import eu.tandem.kernel.PlainText;
import eu.tandem.web.Words;
import org.jspecify.annotations.Nullable;

/**
 * What describes a hub: where it works, under which framework, how often it meets and evaluates, and the
 * single point of contact a worried parent, teacher or neighbour can reach. Valid, or it does not exist.
 */
public record HubDetails(String name, HubLevel level, Country country, @Nullable String region,
		@Nullable String framework, @Nullable String meetingRhythm, @Nullable String evaluationRhythm,
		@Nullable String contactName, @Nullable String contactEmail, @Nullable String contactPhone,
		@Nullable String contactHours, @Nullable String afterReferral, @Nullable HubId supportedBy) {

	public HubDetails {
		name = name(name);
		Objects.requireNonNull(level, "level");
		Objects.requireNonNull(country, "country");
		region = PlainText.optional("region", Words.of("hub.region"), region, 120);
		framework = PlainText.optional("framework", Words.of("hub.framework"), framework, 300);
		meetingRhythm = PlainText.optional("meetingRhythm", Words.of("hub.field.meetingRhythm"), meetingRhythm, 120);
		evaluationRhythm = PlainText.optional("evaluationRhythm", Words.of("hub.field.evaluationRhythm"), evaluationRhythm, 120);
		contactName = PlainText.optional("contactName", Words.of("hub.field.contactName"), contactName, 120);
		contactEmail = email(contactEmail);
		contactPhone = phone(contactPhone);
		contactHours = PlainText.optional("contactHours", Words.of("hub.field.contactHours"), contactHours, 120);
		afterReferral = PlainText.optionalMultiLine("afterReferral", Words.of("hub.field.afterReferral"), afterReferral, 2000);
	}

	static String name(String value) {
		return PlainText.required("name", Words.of("hub.name"), value, 200);
	}

	static @Nullable String email(@Nullable String value) {
		return ContactText.email("contactEmail", Words.of("hub.email"), value);
	}

	static @Nullable String phone(@Nullable String value) {
		return ContactText.phone("contactPhone", Words.of("hub.phone"), value);
	}

	/** A public page is worth publishing only if people can reach someone through it. */
	boolean hasContactPoint() {
		return contactEmail != null || contactPhone != null;
	}
}
