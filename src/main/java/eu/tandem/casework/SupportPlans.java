package eu.tandem.casework;

import java.util.List;

/**
 * What a case's support plan says that its life depends on ({@link CaseLifecycle.Facts}): whether the current plan
 * carries the person's (for a minor, the guardian's) agreement, and what of the plan is still open. The module that
 * keeps support plans answers it; casework asks it when someone moves a case, and a case without an answer has no
 * agreed plan and nothing open.
 */
public interface SupportPlans {

	/** Whether the case's current plan version is agreed by the person or, for a minor, the guardian. */
	boolean agreed(CaseId id);

	/**
	 * What is still open on the case and would be left behind by closing it: each task, action or follow-up by the
	 * name its author gave it, in the order they fall due.
	 */
	List<String> stillOpen(CaseId id);
}
