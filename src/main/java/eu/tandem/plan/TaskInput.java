package eu.tandem.plan;

import java.time.LocalDate;

import eu.tandem.identity.UserId;
import org.jspecify.annotations.Nullable;

/** A task as typed, before {@link PlanTask#check} checks it: anything may be missing. */
public record TaskInput(@Nullable String title, @Nullable UserId assignee, @Nullable LocalDate starts, @Nullable LocalDate due) {
}
