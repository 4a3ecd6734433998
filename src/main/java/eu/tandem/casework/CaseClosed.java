package eu.tandem.casework;

import java.util.UUID;

/** A case was closed; the referral it came from is closed with it, so that the referrer sees the way back. */
public record CaseClosed(CaseId caseId, UUID referral) {
}
