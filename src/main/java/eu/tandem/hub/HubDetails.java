package eu.tandem.hub;

import java.util.Objects;

import eu.tandem.agency.Country;
import eu.tandem.kernel.ContactText;
import eu.tandem.kernel.PlainText;
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
		region = PlainText.optional("region", "the region", region, 120);
		framework = PlainText.optional("framework", "the framework", framework, 300);
		meetingRhythm = PlainText.optional("meetingRhythm", "the meeting rhythm", meetingRhythm, 120);
		evaluationRhythm = PlainText.optional("evaluationRhythm", "the evaluation rhythm", evaluationRhythm, 120);
		contactName = PlainText.optional("contactName", "the contact point's name", contactName, 120);
		contactEmail = email(contactEmail);
		contactPhone = phone(contactPhone);
		contactHours = PlainText.optional("contactHours", "the contact hours", contactHours, 120);
		afterReferral = PlainText.optionalMultiLine("afterReferral", "what happens after a referral", afterReferral, 2000);
	}

	static String name(String value) {
		return PlainText.required("name", "the hub's name", value, 200);
	}

	static @Nullable String email(@Nullable String value) {
		return ContactText.email("contactEmail", "the contact e-mail address", value);
	}

	static @Nullable String phone(@Nullable String value) {
		return ContactText.phone("contactPhone", "the contact phone number", value);
	}

	/** A public page is worth publishing only if people can reach someone through it. */
	boolean hasContactPoint() {
		return contactEmail != null || contactPhone != null;
	}
}
