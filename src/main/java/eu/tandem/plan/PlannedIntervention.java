package eu.tandem.plan;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;

import eu.tandem.hub.InterventionType;
import eu.tandem.identity.AgencyId;
import eu.tandem.identity.UserId;
import eu.tandem.kernel.InputProblems;
import eu.tandem.kernel.InvalidInput;
import org.jspecify.annotations.Nullable;

/**
 * An intervention of a support plan: a kind from the hub's catalogue, provided by one of the hub's member agencies,
 * answered for by someone on the case team, from a day (and to a day, never before it), how often, where it stands,
 * and the goals of its version it serves — at least one, for an intervention that serves no goal has no place in the
 * plan. {@link #check} refuses the rest with every problem next to its field.
 */
record PlannedIntervention(String code, AgencyId provider, UserId responsible, LocalDate starts, Frequency frequency,
		@Nullable LocalDate ends, InterventionStatus status, Set<UUID> goals) {

	PlannedIntervention {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(provider, "provider");
		Objects.requireNonNull(responsible, "responsible");
		Objects.requireNonNull(starts, "starts");
		Objects.requireNonNull(frequency, "frequency");
		Objects.requireNonNull(status, "status");
		goals = Set.copyOf(goals);
		if (ends != null && ends.isBefore(starts)) {
			throw new IllegalArgumentException("An intervention does not end before it starts");
		}
		if (goals.isEmpty()) {
			throw new IllegalArgumentException("An intervention serves at least one goal");
		}
	}

	/**
	 * The intervention as typed, checked against the hub's catalogue, the hub's member agencies, the case team and the
	 * goals of the version it goes in.
	 *
	 * @param catalogue the hub's catalogue by code ({@code InterventionCatalogue.find}), retired entries included
	 * @param savedCode the code the intervention has now, or null for a new one: a retired entry may stay where it was
	 *            chosen, but is not chosen anew
	 */
	static PlannedIntervention check(InterventionInput typed, Function<String, Optional<InterventionType>> catalogue,
			Predicate<AgencyId> memberOfHub, Predicate<UserId> onTeam, Set<UUID> goalsOfVersion, @Nullable String savedCode) {
		var problems = new InputProblems();
		var code = typed.code() == null ? "" : typed.code().strip();
		if (code.isEmpty()) {
			problems.add(InvalidInput.of("code", "plan.error.interventionMissing"));
		}
		else {
			var type = catalogue.apply(code);
			if (type.isEmpty()) {
				problems.add(InvalidInput.of("code", "plan.error.interventionUnknown"));
			}
			else if (type.get().retired() && !code.equals(savedCode)) {
				problems.add(InvalidInput.of("code", "plan.error.interventionRetired"));
			}
		}
		providerInHub(problems, typed.provider(), memberOfHub);
		SmartGoal.responsibleOnTeam(problems, "practitioner", typed.responsible(), onTeam);
		if (typed.starts() == null) {
			problems.add(InvalidInput.of("begins", "plan.error.interventionStartMissing"));
		}
		if (typed.frequency() == null) {
			problems.add(InvalidInput.of("frequency", "plan.error.frequencyMissing"));
		}
		if (typed.ends() != null && typed.starts() != null && typed.ends().isBefore(typed.starts())) {
			problems.add(InvalidInput.of("ends", "plan.error.interventionEndsBeforeStart"));
		}
		if (typed.status() == null) {
			problems.add(InvalidInput.of("status", "plan.error.statusMissing"));
		}
		if (typed.goals().isEmpty()) {
			problems.add(InvalidInput.of("goals", "plan.error.noGoalServed"));
		}
		else if (!goalsOfVersion.containsAll(typed.goals())) {
			problems.add(InvalidInput.of("goals", "plan.error.goalNotInPlan"));
		}
		problems.throwIfAny();
		return new PlannedIntervention(code, typed.provider(), typed.responsible(), typed.starts(), typed.frequency(), typed.ends(),
				typed.status(), typed.goals());
	}

	/** The agency that provides an intervention works in the case's hub: the hub's agreements cover what it learns. */
	static void providerInHub(InputProblems problems, @Nullable AgencyId provider, Predicate<AgencyId> memberOfHub) {
		if (provider == null) {
			problems.add(InvalidInput.of("provider", "plan.error.providerMissing"));
		}
		else if (!memberOfHub.test(provider)) {
			problems.add(InvalidInput.of("provider", "plan.error.providerNotInHub"));
		}
	}
}
