package eu.tandem.review;

import java.time.Instant;

import eu.tandem.casework.CaseId;

/** A case was reviewed, with this decision; published through the event registry for whoever reports on reviews. */
public record ReviewRecorded(CaseId caseId, Decision decision, Instant at) {
}
