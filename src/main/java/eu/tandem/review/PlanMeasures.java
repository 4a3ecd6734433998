package eu.tandem.review;

import java.util.List;

import eu.tandem.casework.CaseId;

/**
 * What a case's current support plan measures, goal by goal: the indicator with its baseline and target, which a review
 * reads progress against and a follow-up asks after. The module that keeps plans answers it (as it answers casework's
 * {@link eu.tandem.casework.SupportPlans}); without an answer a case has no measures and reviews record the rest.
 */
public interface PlanMeasures {

	/** One goal's measure, in the order of the plan. */
	record Measure(String statement, String indicator, String baseline, String target) {
	}

	/** The goals of the case's current plan version (the last agreed one if a revision is being drafted), in order. */
	List<Measure> of(CaseId id);
}
