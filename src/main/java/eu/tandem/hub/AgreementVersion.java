package eu.tandem.hub;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import eu.tandem.agency.Sector;
import eu.tandem.identity.AgencyId;
import org.jspecify.annotations.Nullable;

/**
 * One version of an information-sharing agreement, as the parties agreed it. It never changes once made,
 * except that the parties sign it; a change to the agreement makes a new version.
 */
public record AgreementVersion(AgreementId agreement, String title, int number, LocalDate startsOn,
		@Nullable LocalDate endsOn, LocalDate reviewOn, String retention, Set<AgencyId> parties,
		Map<SharingPurpose, PurposeBasis> purposes, List<Flow> flows, Map<AgencyId, Signature> signatures) {

	/** Who signed for a party, and when. */
	public record Signature(AgencyId agency, String signatoryName, LocalDate signedOn) {
	}

	public AgreementVersion {
		Objects.requireNonNull(agreement, "agreement");
		parties = Set.copyOf(parties);
		purposes = Map.copyOf(purposes);
		flows = List.copyOf(flows);
		signatures = Map.copyOf(signatures);
	}

	public boolean fullySigned() {
		return signatures.keySet().containsAll(parties);
	}

	/** The day after which this version no longer applies: its end, or its review date if that comes first. */
	public LocalDate lapsesAfter() {
		return endsOn == null || reviewOn.isBefore(endsOn) ? reviewOn : endsOn;
	}

	/** The day it takes effect: its start, but not before the last party signed; nothing while unsigned. */
	public Optional<LocalDate> inForceFrom() {
		if (!fullySigned()) {
			return Optional.empty();
		}
		var lastSignature = signatures.values().stream().map(Signature::signedOn).max(LocalDate::compareTo).orElse(startsOn);
		return Optional.of(lastSignature.isAfter(startsOn) ? lastSignature : startsOn);
	}

	/** Active only between its start and its end or review date, and only once every party has signed. */
	public boolean inForceOn(LocalDate day) {
		return inForceFrom().map(from -> !day.isBefore(from) && !day.isAfter(lapsesAfter())).orElse(false);
	}

	public Optional<Flow> flowCovering(DataCategory category, Sector from, Sector to,
			SharingPurpose purpose) {
		return flows.stream().filter(flow -> flow.covers(category, from, to, purpose)).findFirst();
	}

	public Set<AgencyId> unsignedParties() {
		return parties.stream().filter(party -> !signatures.containsKey(party))
			.collect(Collectors.toUnmodifiableSet());
	}
}
