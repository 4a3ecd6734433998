package eu.tandem.sharing;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import eu.tandem.casework.CaseId;
import eu.tandem.casework.CaseStanding;
import eu.tandem.hub.DataCategory;
import eu.tandem.hub.SharingPurpose;
import eu.tandem.identity.AgencyId;
import eu.tandem.identity.UserId;

/**
 * Everything the information page of a case shows one user, read in one transaction by {@link InformationPages}.
 *
 * @param unshared for the items the user's agency recorded that do not reach every agency of the team, whom not, in words
 * @param held the items the user's agency holds, which it may disclose
 * @param people the names of the authors and disclosers shown
 * @param agencyNames the hub's agencies by name, in the order of their names
 * @param otherAgencies the hub's agencies other than the user's, which a disclosure may go to
 * @param recordable the categories the user may record
 * @param ownDisclosures what the user's agency disclosed in the case, for its people on the team
 * @param consents the consents in force, which a disclosure may rest on, for the case team
 */
record InformationPage(CaseId caseId, CaseStanding standing, List<Item> items, Map<ItemId, String> unshared, List<Item> held,
		Map<UserId, String> people, Map<AgencyId, String> agencyNames, List<AgencyId> otherAgencies,
		List<DataCategory> recordable, List<Disclosure> ownDisclosures, List<Consent> consents) {

	InformationPage {
		items = List.copyOf(items);
		unshared = Map.copyOf(unshared);
		held = List.copyOf(held);
		people = Map.copyOf(people);
		agencyNames = Collections.unmodifiableMap(new LinkedHashMap<>(agencyNames));
		otherAgencies = List.copyOf(otherAgencies);
		recordable = List.copyOf(recordable);
		ownDisclosures = List.copyOf(ownDisclosures);
		consents = List.copyOf(consents);
	}

	/** The case team's forms, to record and to disclose, are for its members while the case is open. */
	public boolean teamAtWork() {
		return standing.team() && standing.file().open();
	}

	/** The kinds of item a practitioner records; a summary is written only with a disclosure. */
	public List<ItemKind> kinds() {
		return List.of(ItemKind.NOTE, ItemKind.OBSERVATION, ItemKind.SCREENER_RESULT);
	}

	public List<SharingPurpose> purposes() {
		return List.of(SharingPurpose.values());
	}

	public List<Disclosure.Ground> grounds() {
		return List.of(Disclosure.Ground.values());
	}
}
