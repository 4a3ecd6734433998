package eu.tandem.hub;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import eu.tandem.identity.AgencyId;
import eu.tandem.identity.CurrentUser;
import eu.tandem.identity.Role;
import eu.tandem.kernel.InvalidInput;

/** The rules for an agreement that need to know the hub and its other agreements. */
final class AgreementRules {

	private AgreementRules() {
	}

	/** Every party must be a member agency of the hub: an agreement cannot bind an outsider. */
	static void partiesAreMembers(AgreementTerms terms, Hub hub, Function<AgencyId, ?> names) {
		for (var party : terms.parties()) {
			if (!hub.hasMemberAgency(party)) {
				throw InvalidInput.of("parties", "hub.error.partyNotMember", names.apply(party), hub.name());
			}
		}
	}

	/**
	 * A hub's agreements may not run at the same time: which one applies would be unclear. A change to an
	 * agreement is a new version of it, which may overlap its own earlier versions.
	 */
	static void noOverlap(AgreementTerms terms, List<AgreementVersion> versionsOfOtherAgreements) {
		for (var other : versionsOfOtherAgreements) {
			var overlaps = !terms.startsOn().isAfter(other.lapsesAfter()) && !other.startsOn().isAfter(terms.lapsesAfter());
			if (overlaps) {
				throw InvalidInput.of("startsOn", "hub.error.overlap", other.title(), HubWords.day(other.startsOn()),
						HubWords.day(other.lapsesAfter()));
			}
		}
	}

	/** SIGNATORY OF THE AGENCY: an agency administrator of that agency, who speaks for it in Tandem. */
	static boolean speaksFor(CurrentUser signer, AgencyId agency) {
		return signer.agencyId().equals(agency) && signer.has(Role.AGENCY_ADMINISTRATOR);
	}

	/** Whether the user may sign this version for their own agency now: the screen offers the signature form only then. */
	static boolean maySignForOwnAgency(CurrentUser signer, AgreementVersion version, int latest) {
		return version.number() == latest && version.parties().contains(signer.agencyId())
				&& speaksFor(signer, signer.agencyId()) && !version.signatures().containsKey(signer.agencyId());
	}

	/**
	 * Only someone of the signing agency signs for it, and only an agency administrator, who speaks for the
	 * agency in Tandem. The date is when they signed, which cannot be in the future.
	 */
	static void maySign(CurrentUser signer, AgencyId agency, AgreementVersion version, int latest, LocalDate signedOn,
			LocalDate today, Function<AgencyId, ?> names) {
		if (version.number() != latest) {
			throw InvalidInput.of("agency", "hub.error.notLatest", String.valueOf(version.number()), String.valueOf(latest));
		}
		if (!version.parties().contains(agency)) {
			throw InvalidInput.of("agency", "hub.error.notAParty", names.apply(agency));
		}
		if (!speaksFor(signer, agency)) {
			throw InvalidInput.of("agency", "hub.error.notSignatory", names.apply(agency));
		}
		if (version.signatures().containsKey(agency)) {
			throw InvalidInput.of("agency", "hub.error.signedAlready", names.apply(agency));
		}
		if (signedOn.isAfter(today)) {
			throw InvalidInput.of("signedOn", "hub.error.signedInFuture");
		}
	}
}
