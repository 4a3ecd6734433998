package eu.tandem.casework;

import eu.tandem.kernel.ReferralId;

/** A case was closed; the referral it came from is closed with it, so that the referrer sees the way back. */
public record CaseClosed(CaseId caseId, ReferralId referral) {
}
