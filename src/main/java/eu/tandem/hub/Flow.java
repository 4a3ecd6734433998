package eu.tandem.hub;

import java.util.Objects;

import eu.tandem.agency.Sector;

/** One clause of an agreement: this category of data may flow from this sector to that one for this purpose. */
public record Flow(int clause, DataCategory category, Sector from, Sector to, SharingPurpose purpose) {

	public Flow {
		Objects.requireNonNull(category, "category");
		Objects.requireNonNull(from, "from");
		Objects.requireNonNull(to, "to");
		Objects.requireNonNull(purpose, "purpose");
	}

	boolean covers(DataCategory category, Sector from, Sector to, SharingPurpose purpose) {
		return this.category == category && this.from == from && this.to == to && this.purpose == purpose;
	}
}
