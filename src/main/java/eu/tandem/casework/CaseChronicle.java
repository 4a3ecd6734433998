package eu.tandem.casework;

import java.util.List;

import eu.tandem.identity.CurrentUser;

/**
 * A module's part of a case's chronology: the referral and its triage, the information, contacts and disclosures, the
 * plan, reviews and follow-ups. Each module answers only with what this viewer may see of it, by the rule it keeps for
 * that data ({@code NeedToKnow} for information), and says nothing of the rest: not a count, not a gap. The standing
 * comes from {@link CaseFiles#view} in the same request.
 */
public interface CaseChronicle {

	List<ChronologyEntry> entries(CaseStanding standing, CurrentUser viewer);
}
