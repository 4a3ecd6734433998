package eu.tandem.hub;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import eu.tandem.agency.Sector;
import eu.tandem.identity.AgencyId;
import eu.tandem.web.Words;
import org.springframework.context.MessageSourceResolvable;

/**
 * May data of a category flow from one agency to another within a hub, for a purpose, on a day? Only if
 * both agencies are members of the hub and an agreement of the hub is in force that day (signed by every
 * party, between its start and its end or review date), names both agencies as parties, states a legal
 * basis for the purpose, and has a clause for that category from the one agency's sector to the other's.
 * A refusal names the first rule that refused, in words, so that people know what would allow it. The words are bundle
 * keys with their arguments, written in the reader's language where they reach a screen ({@link HubWords}).
 */
final class SharingPolicy {

	/** What the policy needs to know about a hub: its name, its members, every agreement's versions in order. */
	record HubFacts(String name, Set<AgencyId> members, Map<AgencyId, KnownAgency> agencies,
			List<List<AgreementVersion>> agreements) {
	}

	/** An agency as the policy names it in its answers. */
	record KnownAgency(String name, Sector sector) {
	}

	private SharingPolicy() {
	}

	static SharingDecision decide(HubFacts hub, SharingQuestion question) {
		for (var agency : List.of(question.from(), question.to())) {
			if (!hub.members().contains(agency)) {
				return refused(Words.of("hub.decision.notMember", name(hub, agency), hub.name()));
			}
		}
		if (hub.agreements().isEmpty()) {
			return refused(Words.of("hub.decision.noAgreement", hub.name()));
		}
		var inForce = hub.agreements().stream()
			.map(versions -> versionInForce(versions, question.on()))
			.flatMap(Optional::stream)
			.toList();
		if (inForce.isEmpty()) {
			return refused(HubWords.sentences(hub.agreements().stream()
				.map(versions -> whyNotInForce(versions, question.on(), agency -> name(hub, agency)))
				.toList()));
		}
		Outcome best = null;
		for (var version : inForce) {
			var outcome = against(hub, version, question);
			if (outcome.permitted() != null) {
				return outcome.permitted();
			}
			if (best == null || outcome.stage() > best.stage()) {
				best = outcome;
			}
		}
		return refused(best.reason());
	}

	/**
	 * What one version in force says: a permission, or a refusal with how far the question got before it —
	 * among several agreements, the refusal that got furthest explains best.
	 */
	private record Outcome(SharingDecision.Permitted permitted, int stage, MessageSourceResolvable reason) {

		static Outcome refusedAt(int stage, MessageSourceResolvable reason) {
			return new Outcome(null, stage, reason);
		}
	}

	private static Outcome against(HubFacts hub, AgreementVersion version, SharingQuestion question) {
		var cited = Words.of("hub.decision.cited", version.title(), String.valueOf(version.number()));
		for (var agency : List.of(question.from(), question.to())) {
			if (!version.parties().contains(agency)) {
				return Outcome.refusedAt(1, Words.of("hub.decision.notParty", name(hub, agency), cited));
			}
		}
		var basis = version.purposes().get(question.purpose());
		if (basis == null) {
			return Outcome.refusedAt(2, Words.of("hub.decision.purposeNotCovered", cited,
					HubWords.purpose(question.purpose())));
		}
		var from = hub.agencies().get(question.from()).sector();
		var to = hub.agencies().get(question.to()).sector();
		var flow = version.flowCovering(question.category(), from, to, question.purpose());
		if (flow.isPresent()) {
			return new Outcome(new SharingDecision.Permitted(version.agreement(), version.title(), version.number(),
					flow.get().clause(), basis), 4, null);
		}
		var reason = Words.of("hub.decision.notCovered", Words.of("hub.category.opening." + question.category().name()),
				HubWords.sectorInWords(from), HubWords.sectorInWords(to), cited, HubWords.purpose(question.purpose()));
		if (version.flowCovering(question.category(), to, from, question.purpose()).isPresent()) {
			reason = HubWords.sentences(List.of(reason,
					Words.of("hub.decision.otherDirection", HubWords.sectorInWords(to), HubWords.sectorInWords(from))));
		}
		return Outcome.refusedAt(3, reason);
	}

	/**
	 * The version in force on the day: the newest version that every party had signed and that had taken
	 * effect by then. It replaces every earlier version for good, so an older version never comes back when a
	 * newer one ends sooner; an unsigned newer version leaves the older one in force.
	 */
	/** Whether a version in force on the day states a legal basis for the purpose. */
	static boolean statesBasisFor(HubFacts hub, SharingPurpose purpose, LocalDate on) {
		return hub.agreements().stream().map(versions -> versionInForce(versions, on)).flatMap(Optional::stream)
			.anyMatch(version -> version.purposes().containsKey(purpose));
	}

	static Optional<AgreementVersion> versionInForce(List<AgreementVersion> versions, LocalDate day) {
		return effective(versions, day).filter(version -> !day.isAfter(version.lapsesAfter()));
	}

	private static Optional<AgreementVersion> effective(List<AgreementVersion> versions, LocalDate day) {
		return versions.stream()
			.filter(version -> version.inForceFrom().map(from -> !day.isBefore(from)).orElse(false))
			.max(Comparator.comparingInt(AgreementVersion::number));
	}

	/** Where an agreement stands on a day, in words: in force until when, or why not. */
	static MessageSourceResolvable status(List<AgreementVersion> versions, LocalDate day, Function<AgencyId, ?> names) {
		var inForce = versionInForce(versions, day);
		if (inForce.isEmpty()) {
			return whyNotInForce(versions, day, names);
		}
		var current = inForce.get();
		var status = Words.of("hub.agreement.inForce", String.valueOf(current.number()), HubWords.day(current.lapsesAfter()));
		var latest = versions.stream().max(Comparator.comparingInt(AgreementVersion::number)).orElseThrow();
		if (latest.number() > current.number() && !latest.fullySigned()) {
			return HubWords.sentences(List.of(status, Words.of("hub.agreement.awaitsSignature",
					String.valueOf(latest.number()), HubWords.listed(unsigned(latest, names)))));
		}
		return status;
	}

	private static MessageSourceResolvable whyNotInForce(List<AgreementVersion> versions, LocalDate day,
			Function<AgencyId, ?> names) {
		var reasons = new ArrayList<MessageSourceResolvable>();
		var lapsed = effective(versions, day);
		lapsed.ifPresent(version -> {
			if (version.endsOn() != null && !version.endsOn().isAfter(version.reviewOn())) {
				reasons.add(Words.of("hub.agreement.expired", version.title(), HubWords.day(version.endsOn())));
			}
			else {
				reasons.add(Words.of("hub.agreement.lapsed", version.title(), HubWords.day(version.reviewOn())));
			}
		});
		var latest = versions.stream().max(Comparator.comparingInt(AgreementVersion::number)).orElseThrow();
		if (!latest.fullySigned()) {
			reasons.add(Words.of("hub.agreement.notSigned", String.valueOf(latest.number()), latest.title(),
					HubWords.listed(unsigned(latest, names))));
		}
		else if (lapsed.isEmpty() || latest.number() > lapsed.get().number()) {
			reasons.add(Words.of("hub.agreement.startsLater", latest.title(),
					HubWords.day(latest.inForceFrom().orElseThrow())));
		}
		return HubWords.sentences(reasons);
	}

	/** The parties that have not signed a version, by name in alphabetical order. */
	private static List<?> unsigned(AgreementVersion version, Function<AgencyId, ?> names) {
		return version.unsignedParties().stream().map(names).sorted(Comparator.comparing(String::valueOf)).toList();
	}

	/** The agency's name, or words for one the hub does not know (an address typed by hand). */
	private static Object name(HubFacts hub, AgencyId agency) {
		var known = hub.agencies().get(agency);
		return known == null ? Words.of("hub.decision.unknownAgency") : known.name();
	}

	private static SharingDecision refused(MessageSourceResolvable reason) {
		return new SharingDecision.Refused(reason);
	}
}
