package eu.tandem.hub;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import eu.tandem.agency.Sector;
import eu.tandem.identity.AgencyId;

/**
 * A hub's agreements for unit tests of other modules: one agreement in force on the day, between every member, with
 * a legal basis for every purpose and exactly the given clauses. The answers come from the real {@link SharingPolicy}.
 */
public final class SharingRulesFixture {

	private SharingRulesFixture() {
	}

	public static SharingRules inForce(HubId hub, Map<AgencyId, Sector> members, LocalDate on, Flow... clauses) {
		var signatures = new HashMap<AgencyId, AgreementVersion.Signature>();
		members.keySet().forEach(agency -> signatures.put(agency, new AgreementVersion.Signature(agency, "Signatory", on.minusYears(1))));
		var purposes = Arrays.stream(SharingPurpose.values()).collect(Collectors.toMap(purpose -> purpose,
				purpose -> new PurposeBasis(purpose, Art6Basis.PUBLIC_TASK, Art9Condition.HEALTH_OR_SOCIAL_CARE, "Art. 10 GDPR",
						"Test Act s. 1")));
		var version = new AgreementVersion(AgreementId.random(), "Test agreement", 1, on.minusYears(1), null, on.plusYears(1),
				"2 years", members.keySet(), purposes, List.of(clauses), signatures);
		var known = members.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
				entry -> new SharingPolicy.KnownAgency("Agency " + entry.getValue().name(), entry.getValue())));
		return new SharingRules(hub, new SharingPolicy.HubFacts("Test hub", members.keySet(), known, List.of(List.of(version))), on);
	}

	/** A clause: this category from one sector to another for the purpose. */
	public static Flow clause(int number, DataCategory category, Sector from, Sector to, SharingPurpose purpose) {
		return new Flow(number, category, from, to, purpose);
	}
}
