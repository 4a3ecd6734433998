package eu.tandem.casework;

import eu.tandem.hub.CaseOwnership;
import eu.tandem.hub.HubId;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells the hub's set-up checklist how many of its cases have an owner: a count, nothing of any case. */
@Component
class CaseOwnershipOfHubs implements CaseOwnership {

	private final CaseStore store;

	CaseOwnershipOfHubs(CaseStore store) {
		this.store = store;
	}

	@Override
	@Transactional(readOnly = true)
	public int casesWithAnOwner(HubId hub) {
		return store.withAnOwner(hub);
	}
}
