package eu.tandem.review;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** A follow-up as typed: how the person is doing on each indicator of the last plan, a note, and whether to refer again. */
public record FollowUpInput(List<String> howNow, @Nullable String note, boolean newReferralNeeded) {

	public FollowUpInput {
		howNow = List.copyOf(howNow);
	}
}
