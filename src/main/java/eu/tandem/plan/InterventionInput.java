package eu.tandem.plan;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import eu.tandem.identity.AgencyId;
import eu.tandem.identity.UserId;
import org.jspecify.annotations.Nullable;

/** An intervention as typed, before {@link PlannedIntervention#check} checks it: anything may be missing. */
public record InterventionInput(@Nullable String code, @Nullable AgencyId provider, @Nullable UserId responsible,
		@Nullable LocalDate starts, @Nullable Frequency frequency, @Nullable LocalDate ends, @Nullable InterventionStatus status,
		Set<UUID> goals) {

	public InterventionInput {
		goals = goals == null ? Set.of() : Set.copyOf(goals);
	}
}
