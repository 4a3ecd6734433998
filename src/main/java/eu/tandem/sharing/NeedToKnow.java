package eu.tandem.sharing;

import java.util.Optional;
import java.util.Set;

import eu.tandem.casework.CaseStanding;
import eu.tandem.hub.DataCategory;
import eu.tandem.identity.AgencyId;
import eu.tandem.identity.CurrentUser;
import eu.tandem.identity.UserId;

/**
 * The one access policy for information about a person (DESIGN.md, "Data categories"). Every read of an item —
 * a list, a count, an export, the timeline — asks {@link #decide}; nothing else grants sight. Sight of the case
 * comes first: without a standing (team, coordinator, emergency grant) nothing in the case exists for the user.
 * Then the category: identity, social and education information goes to everyone who sees the case; health
 * information stays with the health professionals of the agency that recorded it; security and justice
 * information stays with the agency that recorded it — unless disclosed, or opened by breaking the glass.
 */
public final class NeedToKnow {

	private NeedToKnow() {
	}

	/** The named rules; an allowed read is traced with the rule that allowed it. */
	public enum Rule {
		AUTHOR_SEES_OWN_ITEM,
		CASE_TEAM_SEES_SHARED_CATEGORIES,
		HEALTH_STAYS_WITH_HEALTH_PROFESSIONALS_OF_THE_RECORDING_AGENCY,
		SECURITY_AND_JUSTICE_STAY_WITH_THE_RECORDING_AGENCY,
		DISCLOSED_TO_THE_VIEWERS_AGENCY,
		EMERGENCY_OPENS_ALL_BUT_HEALTH,
		HEALTH_EMERGENCY_OPENS_HEALTH,
		SUBJECT_ACCESS_FOR_THE_HUB_DPO;

		/** As the audit trail stores it, e.g. {@code disclosed-to-the-viewers-agency}. */
		public String code() {
			return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
		}
	}

	/** What the policy needs to know of an item, and nothing of its content. */
	public record ItemFacts(DataCategory category, AgencyId sourceAgency, UserId author) {
	}

	/**
	 * The rule that lets the viewer see the item, or empty when none does.
	 *
	 * @param disclosedTo the agencies that active (not revoked, not expired) disclosures of this item reach
	 */
	public static Optional<Rule> decide(CurrentUser viewer, CaseStanding standing, ItemFacts item, Set<AgencyId> disclosedTo) {
		if (!standing.seesCase()) {
			return Optional.empty();
		}
		if (authorSeesOwnItem(viewer, item)) {
			return Optional.of(Rule.AUTHOR_SEES_OWN_ITEM);
		}
		if (caseTeamSeesSharedCategories(item)) {
			return Optional.of(Rule.CASE_TEAM_SEES_SHARED_CATEGORIES);
		}
		if (healthStaysWithHealthProfessionalsOfTheRecordingAgency(viewer, item)) {
			return Optional.of(Rule.HEALTH_STAYS_WITH_HEALTH_PROFESSIONALS_OF_THE_RECORDING_AGENCY);
		}
		if (securityAndJusticeStayWithTheRecordingAgency(viewer, item)) {
			return Optional.of(Rule.SECURITY_AND_JUSTICE_STAY_WITH_THE_RECORDING_AGENCY);
		}
		if (disclosedTo.contains(viewer.agencyId())) {
			return Optional.of(Rule.DISCLOSED_TO_THE_VIEWERS_AGENCY);
		}
		if (standing.emergency() && item.category() != DataCategory.HEALTH) {
			return Optional.of(Rule.EMERGENCY_OPENS_ALL_BUT_HEALTH);
		}
		if (standing.healthEmergency()) {
			return Optional.of(Rule.HEALTH_EMERGENCY_OPENS_HEALTH);
		}
		return Optional.empty();
	}

	/**
	 * Compiling a subject access request (GDPR Art. 15): a data protection officer of an agency of the case's hub
	 * reads every item about the person to answer the person's request, and only for that. Never sight of the case.
	 */
	public static Optional<Rule> forSubjectAccess(CaseStanding standing) {
		return standing.officer() ? Optional.of(Rule.SUBJECT_ACCESS_FOR_THE_HUB_DPO) : Optional.empty();
	}

	static boolean authorSeesOwnItem(CurrentUser viewer, ItemFacts item) {
		return viewer.id().equals(item.author());
	}

	static boolean caseTeamSeesSharedCategories(ItemFacts item) {
		return switch (item.category()) {
			case IDENTITY, SOCIAL, EDUCATION -> true;
			case HEALTH, SECURITY, JUSTICE -> false;
		};
	}

	static boolean healthStaysWithHealthProfessionalsOfTheRecordingAgency(CurrentUser viewer, ItemFacts item) {
		return item.category() == DataCategory.HEALTH && viewer.agencyId().equals(item.sourceAgency())
				&& viewer.profession().isHealthProfessional();
	}

	static boolean securityAndJusticeStayWithTheRecordingAgency(CurrentUser viewer, ItemFacts item) {
		return (item.category() == DataCategory.SECURITY || item.category() == DataCategory.JUSTICE)
				&& viewer.agencyId().equals(item.sourceAgency());
	}

	/** Who may record an item of this category: health information only by health professionals. */
	static boolean mayRecord(CurrentUser author, DataCategory category) {
		return category != DataCategory.HEALTH || author.profession().isHealthProfessional();
	}
}
