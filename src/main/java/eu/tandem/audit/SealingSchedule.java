package eu.tandem.audit;

import eu.tandem.scheduling.OneNodeAtATime;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Seals on a schedule as well as after each commit: an event whose commit-time run was lost (the node stopped a
 * moment after the commit) still joins the chain, through whichever node runs next (one node at a time: the others
 * skip their turn). The command line turns it off, since it seals before it verifies anyway.
 */
@Component
@ConditionalOnBooleanProperty(name = "tandem.audit.scheduled-sealing", matchIfMissing = true)
class SealingSchedule {

	static final String JOB_NAME = "audit.sealing";

	private final ChainSealer sealer;
	private final OneNodeAtATime oneNodeAtATime;

	SealingSchedule(ChainSealer sealer, OneNodeAtATime oneNodeAtATime) {
		this.sealer = sealer;
		this.oneNodeAtATime = oneNodeAtATime;
	}

	@Scheduled(initialDelayString = "${tandem.audit.sealing-interval}", fixedDelayString = "${tandem.audit.sealing-interval}")
	void seal() {
		oneNodeAtATime.run(JOB_NAME, sealer::sealReportingProblems);
	}
}
