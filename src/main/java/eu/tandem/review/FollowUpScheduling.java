package eu.tandem.review;

import eu.tandem.casework.CaseClosed;
import eu.tandem.casework.CaseErasureDue;
import eu.tandem.casework.CaseReopened;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Casework's events, as follow-up needs them. A closure and a reopening arrive through the persistent event registry
 * after casework's transaction commits, each handled in a transaction of its own and kept until handled, so that a crash
 * loses none (they are delivered again at the next start, and handled alike). An erasure is handled in casework's own
 * transaction, as every module's, so that it is never half done.
 */
@Component
class FollowUpScheduling {

	private final FollowUps followUps;
	private final ReviewStore store;

	FollowUpScheduling(FollowUps followUps, ReviewStore store) {
		this.followUps = followUps;
		this.store = store;
	}

	@ApplicationModuleListener
	void on(CaseClosed closed) {
		followUps.plan(closed.caseId(), closed.referral());
	}

	@ApplicationModuleListener
	void on(CaseReopened reopened) {
		followUps.cancel(reopened.caseId());
	}

	@EventListener
	void on(CaseErasureDue due) {
		store.erase(due.caseId());
	}
}
