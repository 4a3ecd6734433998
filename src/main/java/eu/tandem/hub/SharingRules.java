package eu.tandem.hub;

import java.time.LocalDate;
import java.util.Optional;

import eu.tandem.agency.Sector;
import eu.tandem.identity.AgencyId;

/**
 * A hub's information-sharing agreements as they stand on one day, loaded once for a screen that asks many times —
 * every item of a case, say. Each answer comes from the same {@link SharingPolicy} as the sharing check, so what a
 * screen shows and what the hub's own check says can never disagree.
 */
public final class SharingRules {

	private final HubId hub;
	private final SharingPolicy.HubFacts facts;
	private final LocalDate on;

	SharingRules(HubId hub, SharingPolicy.HubFacts facts, LocalDate on) {
		this.hub = hub;
		this.facts = facts;
		this.on = on;
	}

	/** The sharing check's answer for this flow: yes with the clause, or no with the reason in words. */
	public SharingDecision check(DataCategory category, AgencyId from, AgencyId to, SharingPurpose purpose) {
		return SharingPolicy.decide(facts, new SharingQuestion(hub, category, from, to, purpose, on));
	}

	/** Whether an agreement in force lets this category flow from one agency to the other for the purpose. */
	public boolean lets(DataCategory category, AgencyId from, AgencyId to, SharingPurpose purpose) {
		return check(category, from, to, purpose).permitted();
	}

	/**
	 * Whether an agreement of the hub in force that day states a legal basis for the purpose — for planning and
	 * delivering support, say — whatever its flows between agencies.
	 */
	public boolean statesBasisFor(SharingPurpose purpose) {
		return SharingPolicy.statesBasisFor(facts, purpose, on);
	}

	/** The sector of an agency the hub knows, for saying "the police" rather than an agency's name alone. */
	public Optional<Sector> sectorOf(AgencyId agency) {
		return Optional.ofNullable(facts.agencies().get(agency)).map(SharingPolicy.KnownAgency::sector);
	}

	public HubId hub() {
		return hub;
	}

	public LocalDate on() {
		return on;
	}
}
