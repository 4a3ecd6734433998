package eu.tandem.sharing;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import eu.tandem.casework.CaseId;
import eu.tandem.identity.AgencyId;
import eu.tandem.identity.UserId;

/**
 * The disclosure ledger of a case as its page shows it, read in one transaction by {@link InformationPages}.
 *
 * @param agencyNames the hub's agencies by name, in the order of their names
 * @param people the names of those who disclosed
 */
record LedgerPage(CaseId caseId, List<Disclosure> entries, Map<AgencyId, String> agencyNames, Map<UserId, String> people) {

	LedgerPage {
		entries = List.copyOf(entries);
		agencyNames = Collections.unmodifiableMap(new LinkedHashMap<>(agencyNames));
		people = Map.copyOf(people);
	}
}
