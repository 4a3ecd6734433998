package eu.tandem.privacy;

import java.util.List;
import java.util.Objects;

/** One part of what a module holds about the person, e.g. "Referrals", with its entries in the order to read them. */
public record HeldSection(String title, List<HeldEntry> entries) {

	public HeldSection {
		Objects.requireNonNull(title, "title");
		entries = List.copyOf(entries);
	}
}
