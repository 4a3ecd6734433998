package eu.tandem.plan;

import java.time.LocalDate;

import eu.tandem.identity.UserId;
import org.jspecify.annotations.Nullable;

/** A goal as typed, before {@link SmartGoal} checks it: anything may be missing. */
public record GoalInput(@Nullable String statement, @Nullable String indicator, @Nullable String baseline, @Nullable String target,
		@Nullable UserId responsible, @Nullable LocalDate due) {
}
