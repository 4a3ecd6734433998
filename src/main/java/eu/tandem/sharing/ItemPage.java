package eu.tandem.sharing;

import java.util.List;

/**
 * An item as its page shows it to one user, with its earlier versions, read in one transaction by
 * {@link InformationPages}.
 *
 * @param agencyName the name of the agency that holds the item; empty for one that no longer exists
 * @param authorName the author's name as colleagues see it
 */
record ItemPage(Item item, List<CaseInformation.Revision> history, String agencyName, String authorName) {

	ItemPage {
		history = List.copyOf(history);
	}
}
