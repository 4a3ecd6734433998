package eu.tandem.audit;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Seals on a schedule as well as after each commit: an event whose commit-time run was lost (the node stopped a
 * moment after the commit) still joins the chain, through whichever node runs next. The command line turns it off,
 * since it seals before it verifies anyway.
 */
@Component
@ConditionalOnBooleanProperty(name = "tandem.audit.scheduled-sealing", matchIfMissing = true)
class SealingSchedule {

	private final ChainSealer sealer;

	SealingSchedule(ChainSealer sealer) {
		this.sealer = sealer;
	}

	@Scheduled(initialDelayString = "${tandem.audit.sealing-interval}", fixedDelayString = "${tandem.audit.sealing-interval}")
	void seal() {
		sealer.sealReportingProblems();
	}
}
