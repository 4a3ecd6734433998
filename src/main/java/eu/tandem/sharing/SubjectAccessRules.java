package eu.tandem.sharing;

import java.util.Optional;
import java.util.function.BooleanSupplier;

import eu.tandem.agency.Sector;
import eu.tandem.casework.CaseAccess;
import eu.tandem.hub.DataCategory;
import eu.tandem.hub.Hub;
import eu.tandem.identity.AgencyId;
import eu.tandem.identity.CurrentUser;
import eu.tandem.identity.Role;
import eu.tandem.identity.UserId;
import org.jspecify.annotations.Nullable;

/**
 * The named rules of the review before a subject access answer is released: what is withheld until someone decides,
 * and who may decide. GDPR Art. 23 lets national law restrict the right of access where it would endanger the
 * prevention, investigation or prosecution of criminal offences (in Germany § 57 BDSG for the police, the justice
 * authorities' own statutes): the agencies that hold such information say whether it may go out.
 */
final class SubjectAccessRules {

	private SubjectAccessRules() {
	}

	/** Who decided about an entry, and so on whose authority it is released or withheld. */
	enum Decider {
		/** Staff of the agency that recorded the entry, who see it: its author, its agency's officer, its team member. */
		RECORDING_AGENCY,
		/** A data protection officer of the hub, who records a ground for each decision. */
		HUB_OFFICER
	}

	/**
	 * SECURITY AND JUSTICE WITHHELD UNTIL RELEASED: an entry recorded by a police, prison or probation agency, or of the
	 * security or justice category whoever recorded it, is withheld from the answer until the recording agency releases
	 * it or a data protection officer of the hub records a ground for release.
	 */
	static boolean securityAndJusticeWithheldUntilReleased(@Nullable Sector recordingSector, @Nullable DataCategory category) {
		return recordingSector == Sector.POLICE || recordingSector == Sector.PRISON_AND_PROBATION
				|| category == DataCategory.SECURITY || category == DataCategory.JUSTICE;
	}

	/**
	 * RECORDING AGENCY DECIDES: about an entry withheld by the rule above, the staff of the agency that recorded it who
	 * can see it — its author, the agency's data protection officer, or whoever sees it under the module's own rules.
	 */
	static boolean recordingAgencyDecides(CurrentUser actor, boolean withheldByDefault, @Nullable AgencyId recordingAgency,
			@Nullable UserId author, BooleanSupplier seesEntry) {
		if (!withheldByDefault || recordingAgency == null || !recordingAgency.equals(actor.agencyId())) {
			return false;
		}
		return actor.id().equals(author) || actor.has(Role.DATA_PROTECTION_OFFICER) || seesEntry.getAsBoolean();
	}

	/** HUB OFFICER DECIDES WITH A GROUND: a data protection officer of the hub decides about any entry, giving the ground. */
	static boolean hubOfficerDecides(CurrentUser actor, Hub hub) {
		return CaseAccess.dataProtectionOfficerOfTheHub(actor, hub);
	}

	/** On whose authority this actor may decide about the entry: the recording agency's first; nobody else at all. */
	static Optional<Decider> decider(CurrentUser actor, Hub hub, boolean withheldByDefault, @Nullable AgencyId recordingAgency,
			@Nullable UserId author, BooleanSupplier seesEntry) {
		if (recordingAgencyDecides(actor, withheldByDefault, recordingAgency, author, seesEntry)) {
			return Optional.of(Decider.RECORDING_AGENCY);
		}
		return hubOfficerDecides(actor, hub) ? Optional.of(Decider.HUB_OFFICER) : Optional.empty();
	}
}
