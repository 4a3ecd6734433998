package eu.tandem.plan;

import eu.tandem.casework.CaseErasureDue;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When a case's retention ends, its plan goes with it, every version, in the case's own transaction so that an erasure
 * is never half done. The audit trail keeps that the plan was read and changed, never what it said.
 */
@Component
class ErasureOfPlans {

	private final PlanStore store;

	ErasureOfPlans(PlanStore store) {
		this.store = store;
	}

	@EventListener
	void on(CaseErasureDue due) {
		store.erase(due.caseId());
	}
}
