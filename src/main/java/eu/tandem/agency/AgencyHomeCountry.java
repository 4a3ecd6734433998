package eu.tandem.agency;

import java.util.Optional;

import eu.tandem.identity.AgencyId;
import eu.tandem.identity.HomeCountry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** An agency's country, for the language and time zone of its staff's screens. */
@Component
class AgencyHomeCountry implements HomeCountry {

	private final AgencyStore store;

	AgencyHomeCountry(AgencyStore store) {
		this.store = store;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<String> of(AgencyId agency) {
		return store.byId(agency).map(found -> found.details().country().code());
	}
}
