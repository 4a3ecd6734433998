package eu.tandem.casework;

import java.util.ArrayList;
import java.util.List;

import eu.tandem.agency.Agencies;
import eu.tandem.identity.Accounts;
import eu.tandem.identity.CurrentUser;
import eu.tandem.identity.StaffCard;
import eu.tandem.identity.UserId;
import eu.tandem.web.Words;
import org.springframework.stereotype.Component;

/**
 * Casework's part of a case's chronology: when it opened, each move in its life with why, who joined and left the team,
 * and, for the case owner and the hub's coordinators who are told of them, each emergency access with its reason.
 */
@Component
class CaseworkChronicle implements CaseChronicle {

	private final CaseStore store;
	private final BreakGlass breakGlass;
	private final Accounts accounts;
	private final Agencies agencies;

	CaseworkChronicle(CaseStore store, BreakGlass breakGlass, Accounts accounts, Agencies agencies) {
		this.store = store;
		this.breakGlass = breakGlass;
		this.accounts = accounts;
		this.agencies = agencies;
	}

	@Override
	public List<ChronologyEntry> entries(CaseStanding standing, CurrentUser viewer) {
		if (!standing.seesCase()) {
			return List.of();
		}
		var file = standing.file();
		var link = "/cases/" + file.id();
		var entries = new ArrayList<ChronologyEntry>();
		entries.add(new ChronologyEntry(file.openedAt(), ChronologyKind.CASE, Words.of("casework.chronology.opened"), null, link));
		for (var move : store.transitions(file.id())) {
			var who = move.by() == null ? Words.of("casework.show.life.byTandem") : name(move.by());
			entries.add(new ChronologyEntry(move.at(), ChronologyKind.CASE, Words.of("casework.chronology.moved",
					Words.named("casework.state.", move.from()), Words.named("casework.state.", move.to()), who), move.reason(), link));
		}
		for (var spell : store.teamSpells(file.id())) {
			entries.add(new ChronologyEntry(spell.added(), ChronologyKind.TEAM,
					Words.of("casework.chronology.joined", name(spell.user()), agencies.nameOf(spell.agency())), null, null));
			if (spell.removed() != null) {
				entries.add(new ChronologyEntry(spell.removed(), ChronologyKind.TEAM,
						Words.of("casework.chronology.left", name(spell.user()), agencies.nameOf(spell.agency())), null, null));
			}
		}
		if (standing.seesEmergencyAccesses()) {
			for (var grant : breakGlass.onCase(file.id())) {
				entries.add(new ChronologyEntry(grant.openedAt(), ChronologyKind.EMERGENCY, Words.of("casework.chronology.emergency",
						name(grant.user()), agencies.nameOf(grant.agency()), Words.named("casework.scope.", grant.scope())), grant.reason(),
						null));
			}
		}
		return entries;
	}

	/** Their name, or for an account removed since, "a former member of staff" in the reader's language. */
	private Object name(UserId user) {
		return accounts.card(user).<Object>map(StaffCard::displayName).orElseGet(() -> Words.of("casework.show.life.formerStaff"));
	}
}
