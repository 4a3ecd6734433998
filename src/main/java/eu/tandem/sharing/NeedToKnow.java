package eu.tandem.sharing;

import java.util.Optional;
import java.util.Set;

import eu.tandem.casework.CaseStanding;
import eu.tandem.hub.DataCategory;
import eu.tandem.hub.SharingPurpose;
import eu.tandem.hub.SharingRules;
import eu.tandem.identity.AgencyId;
import eu.tandem.identity.CurrentUser;
import eu.tandem.identity.UserId;
import org.jspecify.annotations.Nullable;

/**
 * The one access policy for information about a person (DESIGN.md, "Data categories"). Every read of an item —
 * a list, a count, an export, the timeline — asks {@link #decide}; nothing else grants sight. Sight of the case
 * comes first: without a standing (team, coordinator, emergency grant) nothing in the case exists for the user.
 * Then the category and the hub's agreements:
 * <ul>
 * <li>the author, and the recording agency, keep sight of what they recorded — health only its health professionals;</li>
 * <li>identity, social and education information reaches a team member of another agency only where an agreement
 * of the hub in force lets that category flow from the recording agency's sector to theirs for {@link #CASE_WORK},
 * asked of the same {@code SharingPolicy} as the hub's sharing check;</li>
 * <li>health, security and justice information reaches another agency only by a disclosure;</li>
 * <li>breaking the glass opens identity and what the agreements let flow to the grantee's agency; health, security
 * and justice each need their own second step inside the case-level grant.</li>
 * </ul>
 */
public final class NeedToKnow {

	/**
	 * The purpose a case team reads for without a disclosure: planning and delivering support is the case's work. For
	 * any other purpose the recording agency discloses, and the disclosure is checked against that purpose.
	 */
	public static final SharingPurpose CASE_WORK = SharingPurpose.SUPPORT_PLANNING;

	private NeedToKnow() {
	}

	/** The named rules; an allowed read is traced with the rule that allowed it. */
	public enum Rule {
		AUTHOR_SEES_OWN_ITEM,
		HEALTH_STAYS_WITH_HEALTH_PROFESSIONALS_OF_THE_RECORDING_AGENCY,
		SECURITY_AND_JUSTICE_STAY_WITH_THE_RECORDING_AGENCY,
		RECORDING_AGENCY_KEEPS_SIGHT,
		CASE_TEAM_SEES_WHAT_THE_AGREEMENT_LETS_FLOW,
		DISCLOSED_TO_THE_VIEWERS_AGENCY,
		EMERGENCY_OPENS_IDENTITY,
		EMERGENCY_OPENS_WHAT_THE_AGREEMENT_LETS_FLOW,
		HEALTH_EMERGENCY_OPENS_HEALTH,
		SECURITY_EMERGENCY_OPENS_SECURITY,
		JUSTICE_EMERGENCY_OPENS_JUSTICE,
		SUBJECT_ACCESS_FOR_THE_HUB_DPO;

		/** As the audit trail stores it, e.g. {@code disclosed-to-the-viewers-agency}. */
		public String code() {
			return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
		}

		/** The rules that grant a read because the hub's agreement lets the category flow to the reader's agency. */
		public boolean byAgreement() {
			return this == CASE_TEAM_SEES_WHAT_THE_AGREEMENT_LETS_FLOW || this == EMERGENCY_OPENS_WHAT_THE_AGREEMENT_LETS_FLOW;
		}
	}

	/** What the policy needs to know of an item, and nothing of its content. */
	public record ItemFacts(DataCategory category, AgencyId sourceAgency, UserId author) {
	}

	/** Who reads, as far as the policy cares: the account (none for "any member of that agency"), its agency, whether a health professional. */
	private record Reader(@Nullable UserId id, AgencyId agency, boolean healthProfessional) {
	}

	/**
	 * The rule that lets the viewer see the item, or empty when none does.
	 *
	 * @param disclosedTo the agencies that active (not revoked, not expired) disclosures of this item reach
	 * @param agreed the agreements of the case's hub as they stand today
	 */
	public static Optional<Rule> decide(CurrentUser viewer, CaseStanding standing, ItemFacts item, Set<AgencyId> disclosedTo,
			SharingRules agreed) {
		if (!agreed.hub().equals(standing.file().hub())) {
			throw new IllegalArgumentException("The agreements asked are not those of the case's hub");
		}
		if (!standing.seesCase()) {
			return Optional.empty();
		}
		var reader = new Reader(viewer.id(), viewer.agencyId(), viewer.profession().isHealthProfessional());
		return decide(reader, standing.entitled(), standing, item, disclosedTo, agreed);
	}

	/**
	 * Whether a member of the case team from this agency (other than the item's author) reads the item: what the
	 * recording agency is told about whom an item does not reach. The same rules as {@link #decide}.
	 */
	public static boolean reachesTeamMemberOf(AgencyId agency, CaseStanding standing, ItemFacts item, Set<AgencyId> disclosedTo,
			SharingRules agreed) {
		var reader = new Reader(null, agency, false);
		return decide(reader, true, standing, item, disclosedTo, agreed).isPresent();
	}

	private static Optional<Rule> decide(Reader reader, boolean entitled, CaseStanding standing, ItemFacts item,
			Set<AgencyId> disclosedTo, SharingRules agreed) {
		if (item.author().equals(reader.id())) {
			return Optional.of(Rule.AUTHOR_SEES_OWN_ITEM);
		}
		var ownAgency = reader.agency().equals(item.sourceAgency());
		switch (item.category()) {
			case HEALTH -> {
				if (entitled && ownAgency && reader.healthProfessional()) {
					return Optional.of(Rule.HEALTH_STAYS_WITH_HEALTH_PROFESSIONALS_OF_THE_RECORDING_AGENCY);
				}
			}
			case SECURITY, JUSTICE -> {
				if (entitled && ownAgency) {
					return Optional.of(Rule.SECURITY_AND_JUSTICE_STAY_WITH_THE_RECORDING_AGENCY);
				}
			}
			case IDENTITY, SOCIAL, EDUCATION -> {
				if (ownAgency) {
					return Optional.of(Rule.RECORDING_AGENCY_KEEPS_SIGHT);
				}
				if (agreed.lets(item.category(), item.sourceAgency(), reader.agency(), CASE_WORK)) {
					return Optional.of(entitled ? Rule.CASE_TEAM_SEES_WHAT_THE_AGREEMENT_LETS_FLOW
							: Rule.EMERGENCY_OPENS_WHAT_THE_AGREEMENT_LETS_FLOW);
				}
			}
		}
		if (entitled) {
			return disclosedTo.contains(reader.agency()) ? Optional.of(Rule.DISCLOSED_TO_THE_VIEWERS_AGENCY) : Optional.empty();
		}
		// with emergency access, health, security and justice open only by their own step, disclosed or not
		if (disclosedTo.contains(reader.agency()) && !needsAStepInAnEmergency(item.category())) {
			return Optional.of(Rule.DISCLOSED_TO_THE_VIEWERS_AGENCY);
		}
		return switch (item.category()) {
			case IDENTITY -> Optional.of(Rule.EMERGENCY_OPENS_IDENTITY);
			case HEALTH -> standing.openedInEmergency(DataCategory.HEALTH) ? Optional.of(Rule.HEALTH_EMERGENCY_OPENS_HEALTH) : Optional.empty();
			case SECURITY -> standing.openedInEmergency(DataCategory.SECURITY) ? Optional.of(Rule.SECURITY_EMERGENCY_OPENS_SECURITY)
					: Optional.empty();
			case JUSTICE -> standing.openedInEmergency(DataCategory.JUSTICE) ? Optional.of(Rule.JUSTICE_EMERGENCY_OPENS_JUSTICE)
					: Optional.empty();
			case SOCIAL, EDUCATION -> Optional.empty();
		};
	}

	/** Health, security and justice information: with emergency access, each opens only by its own second step. */
	static boolean needsAStepInAnEmergency(DataCategory category) {
		return category == DataCategory.HEALTH || category.isCriminalOffenceData();
	}

	/**
	 * Compiling a subject access request (GDPR Art. 15): a data protection officer of an agency of the case's hub
	 * reads every item about the person to answer the person's request, and only for that. Never sight of the case.
	 */
	public static Optional<Rule> forSubjectAccess(CaseStanding standing) {
		return standing.officer() ? Optional.of(Rule.SUBJECT_ACCESS_FOR_THE_HUB_DPO) : Optional.empty();
	}

	/** Who may record an item of this category: health information only by health professionals. */
	static boolean mayRecord(CurrentUser author, DataCategory category) {
		return category != DataCategory.HEALTH || author.profession().isHealthProfessional();
	}
}
