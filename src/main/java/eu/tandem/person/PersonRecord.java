package eu.tandem.person;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A person as the registry holds them, with everything that records merged into this one brought together.
 * {@code mergedInto} is set when this record was itself merged into another.
 */
public record PersonRecord(PersonId id, PersonDetails details, List<Relation> relations, List<PersonId> mergedRecords,
		@Nullable PersonId mergedInto, long version) {

	/** A guardian or relative, who is a person in the registry too. */
	public record Relation(PersonId related, Kind kind, @Nullable String description) {

		public enum Kind {
			GUARDIAN, RELATIVE
		}
	}

	public String displayName() {
		return details.mainName().full();
	}
}
