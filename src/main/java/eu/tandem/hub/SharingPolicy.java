package eu.tandem.hub;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import eu.tandem.agency.Sector;
import eu.tandem.identity.AgencyId;

/**
 * May data of a category flow from one agency to another within a hub, for a purpose, on a day? Only if
 * both agencies are members of the hub and an agreement of the hub is in force that day (signed by every
 * party, between its start and its end or review date), names both agencies as parties, states a legal
 * basis for the purpose, and has a clause for that category from the one agency's sector to the other's.
 * A refusal names the first rule that refused, in words, so that people know what would allow it.
 */
final class SharingPolicy {

	static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

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
				return refused(name(hub, agency) + " is not a member agency of " + hub.name() + ".");
			}
		}
		if (hub.agreements().isEmpty()) {
			return refused(hub.name() + " has no information-sharing agreement.");
		}
		var inForce = hub.agreements().stream()
			.map(versions -> versionInForce(versions, question.on()))
			.flatMap(Optional::stream)
			.toList();
		if (inForce.isEmpty()) {
			return refused(hub.agreements().stream()
				.map(versions -> whyNotInForce(versions, question.on(), agency -> name(hub, agency)))
				.collect(Collectors.joining(" ")));
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
	private record Outcome(SharingDecision.Permitted permitted, int stage, String reason) {

		static Outcome refusedAt(int stage, String reason) {
			return new Outcome(null, stage, reason);
		}
	}

	private static Outcome against(HubFacts hub, AgreementVersion version, SharingQuestion question) {
		var cited = "“" + version.title() + "” (version " + version.number() + ")";
		for (var agency : List.of(question.from(), question.to())) {
			if (!version.parties().contains(agency)) {
				return Outcome.refusedAt(1, name(hub, agency) + " is not a party to " + cited + ".");
			}
		}
		var basis = version.purposes().get(question.purpose());
		if (basis == null) {
			return Outcome.refusedAt(2, cited + " does not cover the purpose “" + question.purpose().label() + "”.");
		}
		var from = hub.agencies().get(question.from()).sector();
		var to = hub.agencies().get(question.to()).sector();
		var flow = version.flowCovering(question.category(), from, to, question.purpose());
		if (flow.isPresent()) {
			return new Outcome(new SharingDecision.Permitted(version.agreement(), version.title(), version.number(),
					flow.get().clause(), basis), 4, "");
		}
		var reason = capitalised(question.category().inWords()) + " from " + from.inWords() + " to " + to.inWords()
				+ " is not covered by " + cited + " for " + question.purpose().label() + ".";
		if (version.flowCovering(question.category(), to, from, question.purpose()).isPresent()) {
			reason += " It covers only the other direction, from " + to.inWords() + " to " + from.inWords() + ".";
		}
		return Outcome.refusedAt(3, reason);
	}

	/**
	 * The version in force on the day: the newest version that every party had signed and that had taken
	 * effect by then. It replaces every earlier version for good, so an older version never comes back when a
	 * newer one ends sooner; an unsigned newer version leaves the older one in force.
	 */
	static Optional<AgreementVersion> versionInForce(List<AgreementVersion> versions, LocalDate day) {
		return effective(versions, day).filter(version -> !day.isAfter(version.lapsesAfter()));
	}

	private static Optional<AgreementVersion> effective(List<AgreementVersion> versions, LocalDate day) {
		return versions.stream()
			.filter(version -> version.inForceFrom().map(from -> !day.isBefore(from)).orElse(false))
			.max(Comparator.comparingInt(AgreementVersion::number));
	}

	/** Where an agreement stands on a day, in words: in force until when, or why not. */
	static String status(List<AgreementVersion> versions, LocalDate day, Function<AgencyId, String> names) {
		var inForce = versionInForce(versions, day);
		if (inForce.isEmpty()) {
			return whyNotInForce(versions, day, names);
		}
		var current = inForce.get();
		var status = "In force: version " + current.number() + ", until " + DAY.format(current.lapsesAfter()) + ".";
		var latest = versions.stream().max(Comparator.comparingInt(AgreementVersion::number)).orElseThrow();
		if (latest.number() > current.number() && !latest.fullySigned()) {
			status += " Version " + latest.number() + " awaits the signature of "
					+ listed(latest.unsignedParties().stream().map(names).sorted().toList()) + ".";
		}
		return status;
	}

	private static String whyNotInForce(List<AgreementVersion> versions, LocalDate day, Function<AgencyId, String> names) {
		var reasons = new ArrayList<String>();
		var lapsed = effective(versions, day);
		lapsed.ifPresent(version -> {
			var quoted = "“" + version.title() + "”";
			if (version.endsOn() != null && !version.endsOn().isAfter(version.reviewOn())) {
				reasons.add(quoted + " expired on " + DAY.format(version.endsOn()) + ".");
			}
			else {
				reasons.add(quoted + " lapsed at its review date, " + DAY.format(version.reviewOn()) + ", without a reviewed version.");
			}
		});
		var latest = versions.stream().max(Comparator.comparingInt(AgreementVersion::number)).orElseThrow();
		if (!latest.fullySigned()) {
			var missing = latest.unsignedParties().stream().map(names).sorted().toList();
			reasons.add("Version " + latest.number() + " of “" + latest.title() + "” is not signed yet by " + listed(missing) + ".");
		}
		else if (lapsed.isEmpty() || latest.number() > lapsed.get().number()) {
			reasons.add("“" + latest.title() + "” starts only on " + DAY.format(latest.inForceFrom().orElseThrow()) + ".");
		}
		return String.join(" ", reasons);
	}

	private static String name(HubFacts hub, AgencyId agency) {
		var known = hub.agencies().get(agency);
		return known == null ? "An unknown agency" : known.name();
	}

	private static String capitalised(String text) {
		return Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

	private static String listed(List<String> names) {
		if (names.size() == 1) {
			return names.getFirst();
		}
		return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.getLast();
	}

	private static SharingDecision refused(String reason) {
		return new SharingDecision.Refused(reason);
	}
}
