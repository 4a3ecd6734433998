package eu.tandem.hub;

import java.time.LocalDate;
import java.util.Objects;

import eu.tandem.identity.AgencyId;

/** "May data of this category flow from agency A to agency B within hub H for purpose P, on this day?" */
public record SharingQuestion(HubId hub, DataCategory category, AgencyId from, AgencyId to, SharingPurpose purpose,
		LocalDate on) {

	public SharingQuestion {
		Objects.requireNonNull(hub, "hub");
		Objects.requireNonNull(category, "category");
		Objects.requireNonNull(from, "from");
		Objects.requireNonNull(to, "to");
		Objects.requireNonNull(purpose, "purpose");
		Objects.requireNonNull(on, "on");
	}
}
