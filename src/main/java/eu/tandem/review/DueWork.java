package eu.tandem.review;

import java.time.LocalDate;

import eu.tandem.casework.CaseId;

/**
 * Work falling due on a case for its owner or a coordinator of its hub: a review (due on the day the hub's interval
 * says) or a follow-up check (due, and started by Tandem). What a start page lists; it names the case by its reference
 * only, and the link leads to the case's review page.
 */
public record DueWork(CaseId caseId, String reference, Kind kind, LocalDate due) {

	public enum Kind {
		REVIEW, FOLLOW_UP
	}

	/** Where the work is done. */
	public String path() {
		return "/cases/" + caseId.value() + "/reviews";
	}
}
