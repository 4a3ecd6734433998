package eu.tandem.plan;

import java.util.List;

import eu.tandem.casework.CaseId;
import eu.tandem.casework.SupportPlans;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What casework asks of a case's plan when someone moves the case: whether its latest version is agreed, and which of
 * its tasks are still open. Not traced: the move that asks is, and no content leaves but task titles for the mover.
 */
@Component
class PlanAnswers implements SupportPlans {

	private final PlanStore store;

	PlanAnswers(PlanStore store) {
		this.store = store;
	}

	@Override
	@Transactional(readOnly = true)
	public boolean agreed(CaseId id) {
		return store.latestAgreed(id);
	}

	@Override
	@Transactional(readOnly = true)
	public List<String> stillOpen(CaseId id) {
		return store.openTasks(id);
	}
}
