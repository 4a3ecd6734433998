package eu.tandem.agency;

import eu.tandem.identity.AgencyId;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates and describes agencies for demo data and scripted set-ups, which run before anyone can sign in: the same
 * rules as the directory's screens, without an actor to authorise; every change is audited with an unknown actor.
 * It is the agency module's {@code setup} interface, which only the demo module declares.
 */
@Service
@NamedInterface("setup")
public class AgencySetup {

	private final Agencies agencies;

	AgencySetup(Agencies agencies) {
		this.agencies = agencies;
	}

	@Transactional
	public Agency create(AgencyDetails details) {
		return agencies.createForSetup(details);
	}

	@Transactional
	public AgencyProfile describe(AgencyId id, AgencyProfile profile) {
		return agencies.describeForSetup(id, profile);
	}
}
