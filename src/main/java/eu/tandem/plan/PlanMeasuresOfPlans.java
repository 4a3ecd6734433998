package eu.tandem.plan;

import java.util.List;

import eu.tandem.casework.CaseId;
import eu.tandem.review.PlanMeasures;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a case's plan measures, for reviews and follow-ups: the goals of the last agreed version — the plan the person
 * agreed to and the team works under, even while a revision is drafted — or, before any agreement, of the draft.
 */
@Component
class PlanMeasuresOfPlans implements PlanMeasures {

	private final PlanStore store;

	PlanMeasuresOfPlans(PlanStore store) {
		this.store = store;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Measure> of(CaseId id) {
		var versions = store.versions(id);
		var current = versions.reversed().stream().filter(PlanVersion::agreed).findFirst()
			.or(() -> versions.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(versions.getLast()));
		return current.map(version -> version.goals().stream()
			.map(goal -> new Measure(goal.statement(), goal.indicator(), goal.baseline(), goal.target())).toList())
			.orElse(List.of());
	}
}
