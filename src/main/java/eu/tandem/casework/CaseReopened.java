package eu.tandem.casework;

import eu.tandem.kernel.ReferralId;

/** A closed case was reopened; the referral it came from is open again with it, so that the referrer sees the work go on. */
public record CaseReopened(CaseId caseId, ReferralId referral) {
}
