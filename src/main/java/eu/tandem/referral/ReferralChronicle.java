package eu.tandem.referral;

import java.util.ArrayList;
import java.util.List;

import eu.tandem.agency.Agencies;
import eu.tandem.casework.CaseChronicle;
import eu.tandem.casework.CaseStanding;
import eu.tandem.casework.ChronologyEntry;
import eu.tandem.casework.ChronologyKind;
import eu.tandem.identity.Accounts;
import eu.tandem.identity.CurrentUser;
import eu.tandem.identity.StaffCard;
import eu.tandem.web.Words;
import org.springframework.stereotype.Component;

/**
 * The referral's part of a case's chronology, for the case team and the hub's coordinators, who read the referral on
 * its triage page: when it came in, from which agency and what it said, and the hub's decision with its rationale. The
 * deconfliction with the police stays on the coordinators' triage page.
 */
@Component
class ReferralChronicle implements CaseChronicle {

	private final ReferralStore store;
	private final Agencies agencies;
	private final Accounts accounts;

	ReferralChronicle(ReferralStore store, Agencies agencies, Accounts accounts) {
		this.store = store;
		this.agencies = agencies;
		this.accounts = accounts;
	}

	@Override
	public List<ChronologyEntry> entries(CaseStanding standing, CurrentUser viewer) {
		if (!standing.entitled()) {
			return List.of();
		}
		var entries = new ArrayList<ChronologyEntry>();
		store.byId(standing.file().referral()).ifPresent(referral -> {
			var link = "/triage/" + referral.id();
			entries.add(new ChronologyEntry(referral.receivedAt(), ChronologyKind.REFERRAL, Words.of("referral.chronology.received",
					referral.reference(), agencies.nameOf(referral.referrerAgency()), Words.named("referral.channel.", referral.channel())),
					referral.concern(), link));
			var triage = referral.triage();
			if (triage != null) {
				entries.add(new ChronologyEntry(triage.decidedAt(), ChronologyKind.REFERRAL, Words.of("referral.chronology.decided",
						Words.named("referral.decision.", triage.decision()), accounts.card(triage.decidedBy()).<Object>map(StaffCard::displayName)
							.orElseGet(() -> Words.of("referral.chronology.formerStaff"))),
						triage.rationale(), link));
			}
		});
		return entries;
	}
}
