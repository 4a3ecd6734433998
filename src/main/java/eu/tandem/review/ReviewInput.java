package eu.tandem.review;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A review as typed: the value now and a note for each goal of the plan, in the plan's order; what worked, what did
 * not; the decision, and for a closure why and with what outcome.
 */
public record ReviewInput(List<String> valuesNow, List<String> notes, @Nullable String whatWorked, @Nullable String whatDidNot,
		@Nullable Decision decision, @Nullable String closeReason, @Nullable Outcome outcome, @Nullable String outcomeWords) {

	public ReviewInput {
		valuesNow = List.copyOf(valuesNow);
		notes = List.copyOf(notes);
	}
}
