package eu.tandem.casework;

import eu.tandem.kernel.ReferralId;
import eu.tandem.person.PersonId;
import org.jspecify.annotations.Nullable;

/**
 * A closed case's retention has ended and no legal hold applies: each module erases or pseudonymises what it holds
 * about the case, in the same transaction as the case itself, so that an erasure is never half done.
 *
 * @param lastCaseOfPerson no other case about the person remains, so their registry record goes too
 */
public record CaseErasureDue(CaseId caseId, ReferralId referral, @Nullable PersonId person, boolean lastCaseOfPerson) {
}
