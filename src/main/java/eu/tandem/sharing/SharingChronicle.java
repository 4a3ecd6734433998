package eu.tandem.sharing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import eu.tandem.agency.Agencies;
import eu.tandem.casework.CaseChronicle;
import eu.tandem.casework.CaseStanding;
import eu.tandem.casework.ChronologyEntry;
import eu.tandem.casework.ChronologyKind;
import eu.tandem.hub.InformationSharing;
import eu.tandem.identity.Accounts;
import eu.tandem.identity.CurrentUser;
import eu.tandem.identity.StaffCard;
import eu.tandem.identity.UserId;
import eu.tandem.web.Dates;
import eu.tandem.web.Words;
import org.springframework.stereotype.Component;

/**
 * Sharing's part of a case's chronology: each item and contact the viewer may read, decided by {@link NeedToKnow} and
 * traced as on the information page, with its text; the consent decisions, for the case team, who record them; the
 * disclosures, for those who read the ledger. What the viewer may not read is left out without a trace on the page.
 */
@Component
class SharingChronicle implements CaseChronicle {

	private final CaseInformation information;
	private final Disclosures disclosures;
	private final InformationSharing sharing;
	private final Accounts accounts;
	private final Agencies agencies;
	private final Dates dates;

	SharingChronicle(CaseInformation information, Disclosures disclosures, InformationSharing sharing, Accounts accounts,
			Agencies agencies, Dates dates) {
		this.dates = dates;
		this.information = information;
		this.disclosures = disclosures;
		this.sharing = sharing;
		this.accounts = accounts;
		this.agencies = agencies;
	}

	@Override
	public List<ChronologyEntry> entries(CaseStanding standing, CurrentUser viewer) {
		if (!standing.seesCase()) {
			return List.of();
		}
		var caseId = standing.file().id();
		var entries = new ArrayList<ChronologyEntry>();
		for (var item : information.visible(standing, sharing.rulesToday(standing.file().hub()), viewer)) {
			var link = "/cases/" + caseId + "/information/" + item.id();
			var author = name(item.author());
			var agency = agencies.nameOf(item.sourceAgency());
			var category = Words.named("hub.category.", item.category());
			var contact = item.contact();
			entries.add(contact == null
					? new ChronologyEntry(item.recordedAt(), ChronologyKind.INFORMATION, Words.of("sharing.chronology.item",
							Words.named("sharing.kind.", item.kind()), category, author, agency), item.text(), link)
					: new ChronologyEntry(item.recordedAt(), ChronologyKind.CONTACT, Words.of("sharing.chronology.contact",
							dates.day(contact.on()), Words.named("sharing.contact.with.", contact.with()),
							Words.named("sharing.contact.mode.", contact.mode()),
							Words.of("sharing.contact.attended." + contact.attended()), category, author, agency), item.text(), link));
		}
		if (standing.team()) {
			for (var consent : disclosures.consents(caseId, Optional.of(standing), viewer)) {
				entries.add(new ChronologyEntry(consent.recordedAt(), ChronologyKind.CONSENT, Words.of("sharing.chronology.consent",
						Words.named("sharing.decidedby.", consent.decidedBy()), Words.named("sharing.decision.", consent.decision()),
						dates.day(consent.decidedOn()), name(consent.recordedBy())), null, "/cases/" + caseId + "/consent"));
			}
		}
		if (standing.mayReadLedger()) {
			for (var disclosure : disclosures.ledger(caseId, Optional.of(standing), viewer)) {
				var to = disclosure.to().stream().map(agencies::nameOf).sorted().toList();
				entries.add(new ChronologyEntry(disclosure.disclosedAt(), ChronologyKind.DISCLOSURE, Words.of("sharing.chronology.disclosure",
						agencies.nameOf(disclosure.from()), disclosure.toCaseTeam() ? Words.of("sharing.chronology.toTeam")
								: String.join(", ", to), Words.named("hub.purpose.", disclosure.purpose()), name(disclosure.disclosedBy())),
						null, "/cases/" + caseId + "/disclosures"));
			}
		}
		return entries;
	}

	private Object name(UserId user) {
		return accounts.card(user).<Object>map(StaffCard::displayName).orElseGet(() -> Words.of("sharing.accountRemoved"));
	}
}
