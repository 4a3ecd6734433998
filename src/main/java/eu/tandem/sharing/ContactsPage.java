package eu.tandem.sharing;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import eu.tandem.casework.CaseId;
import eu.tandem.casework.CaseStanding;
import eu.tandem.hub.DataCategory;
import eu.tandem.identity.AgencyId;
import eu.tandem.identity.UserId;
import eu.tandem.knowledge.Checklist;
import org.jspecify.annotations.Nullable;

/**
 * The contacts of a case one user may see, newest first, read in one transaction by {@link InformationPages}, with what
 * the form to record one needs.
 *
 * @param unshared for the contacts the user's agency recorded that do not reach every agency of the team, whom not, in words
 * @param people the names of the authors shown
 * @param agencyNames the hub's agencies by name
 * @param recordable the categories the user may record a note in
 * @param fourRs the paper's four Rs of trauma-informed care, where the case is marked as a child's or a returnee's
 * @param today the hub's today, the last day a contact may be dated
 */
record ContactsPage(CaseId caseId, CaseStanding standing, List<Item> contacts, Map<ItemId, String> unshared,
		Map<UserId, String> people, Map<AgencyId, String> agencyNames, List<DataCategory> recordable, @Nullable Checklist fourRs,
		LocalDate today) {

	ContactsPage {
		contacts = List.copyOf(contacts);
		unshared = Map.copyOf(unshared);
		people = Map.copyOf(people);
		agencyNames = Collections.unmodifiableMap(new LinkedHashMap<>(agencyNames));
		recordable = List.copyOf(recordable);
	}

	/** The form to record a contact is for the case team while the case is open. */
	public boolean teamAtWork() {
		return standing.team() && standing.file().open();
	}

	public List<Contact.With> withWhom() {
		return Arrays.asList(Contact.With.values());
	}

	public List<Contact.Mode> modes() {
		return Arrays.asList(Contact.Mode.values());
	}
}
