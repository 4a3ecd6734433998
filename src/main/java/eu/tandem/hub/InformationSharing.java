package eu.tandem.hub;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;

import eu.tandem.agency.Agencies;
import eu.tandem.identity.AgencyId;
import eu.tandem.kernel.NotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sharing check: may data of category C flow from agency A to agency B within hub H for purpose P?
 * Every disclosure and every read of a case's information asks it; the answer cites the agreement version and
 * clause, or says in words why not.
 */
@Service
public class InformationSharing {

	private final HubStore hubs;
	private final Agreements agreements;
	private final Agencies agencies;
	private final java.time.Clock clock;

	InformationSharing(HubStore hubs, Agreements agreements, Agencies agencies, java.time.Clock clock) {
		this.hubs = hubs;
		this.agreements = agreements;
		this.agencies = agencies;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public SharingDecision check(SharingQuestion question) {
		return rules(hub(question.hub()), question.on(), Set.of(question.from(), question.to()))
			.check(question.category(), question.from(), question.to(), question.purpose());
	}

	/**
	 * The hub's agreements as they stand today, the day every read and disclosure in a case is judged on: one place
	 * decides which day that is, the hub's own ({@link Hub#today}), which its screens and its sharing check call today too.
	 */
	@Transactional(readOnly = true)
	public SharingRules rulesToday(HubId hubId) {
		var hub = hub(hubId);
		return rules(hub, hub.today(clock), Set.of());
	}

	/**
	 * The hub's agreements as they stand on the day, for asking many questions with one reading of the database; the
	 * answers are the sharing check's.
	 */
	@Transactional(readOnly = true)
	public SharingRules rules(HubId hubId, LocalDate on) {
		return rules(hub(hubId), on, Set.of());
	}

	private Hub hub(HubId id) {
		return hubs.byId(id).orElseThrow(NotFound::new);
	}

	private SharingRules rules(Hub hub, LocalDate on, Set<AgencyId> alsoNamed) {
		var versions = agreements.ofHub(hub.id());
		var involved = new HashSet<>(hub.agencies().stream().map(Hub.MemberAgency::agency).toList());
		involved.addAll(alsoNamed);
		versions.forEach(agreement -> agreement.forEach(version -> involved.addAll(version.parties())));
		var known = new HashMap<AgencyId, SharingPolicy.KnownAgency>();
		agencies.find(involved).forEach(found -> known.put(found.id(),
				new SharingPolicy.KnownAgency(found.name(), found.details().sector())));
		var members = new HashSet<>(hub.agencies().stream().map(Hub.MemberAgency::agency).toList());
		members.retainAll(known.keySet());
		return new SharingRules(hub.id(), new SharingPolicy.HubFacts(hub.name(), members, known, versions), on);
	}
}
