package eu.tandem.hub;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.IntStream;

import eu.tandem.agency.Sector;
import eu.tandem.identity.AgencyId;
import eu.tandem.kernel.InvalidInput;
import eu.tandem.kernel.PlainText;
import org.jspecify.annotations.Nullable;

/**
 * What the parties agree in one version: when it runs, how long data is kept, who the parties are, the legal
 * basis for each purpose and the clauses that say which category may flow from which sector to which. The
 * rules that need no other data are checked here; those that need the hub are {@link AgreementRules}.
 */
public record AgreementTerms(String title, LocalDate startsOn, @Nullable LocalDate endsOn, LocalDate reviewOn,
		String retention, Set<AgencyId> parties, List<PurposeBasis> purposes, List<FlowTerm> flows) {

	/** A clause before it has its number. */
	public record FlowTerm(DataCategory category, Sector from, Sector to, SharingPurpose purpose) {

		public FlowTerm {
			Objects.requireNonNull(category, "category");
			Objects.requireNonNull(from, "from");
			Objects.requireNonNull(to, "to");
			Objects.requireNonNull(purpose, "purpose");
		}
	}

	public AgreementTerms {
		title = PlainText.required("title", "the agreement's title", title, 200);
		Objects.requireNonNull(startsOn, "startsOn");
		Objects.requireNonNull(reviewOn, "reviewOn");
		if (endsOn != null && endsOn.isBefore(startsOn)) {
			throw new InvalidInput("endsOn", "The end date is before the start date. An agreement ends after it starts.");
		}
		if (reviewOn.isBefore(startsOn)) {
			throw new InvalidInput("reviewOn", "The review date is before the start date. Review it after it starts.");
		}
		retention = PlainText.required("retention", "how long shared data is kept", retention, 300);
		parties = Set.copyOf(parties);
		if (parties.size() < 2) {
			throw new InvalidInput("parties", "Choose at least two parties: an agreement is between agencies.");
		}
		purposes = List.copyOf(purposes);
		if (purposes.isEmpty()) {
			throw new InvalidInput("purposes", "Give at least one purpose its legal basis.");
		}
		if (purposes.stream().map(PurposeBasis::purpose).distinct().count() != purposes.size()) {
			throw new InvalidInput("purposes", "Each purpose appears once.");
		}
		flows = List.copyOf(flows);
		if (flows.isEmpty()) {
			throw new InvalidInput("flows", "Add at least one clause: which category may flow from which sector to which.");
		}
		checkClauses(purposes, flows);
	}

	private static void checkClauses(List<PurposeBasis> purposes, List<FlowTerm> flows) {
		for (int i = 0; i < flows.size(); i++) {
			var flow = flows.get(i);
			var clause = "Clause " + (i + 1);
			if (flows.subList(0, i).contains(flow)) {
				throw new InvalidInput("flows", clause + " repeats an earlier clause. Remove it.");
			}
			var basis = purposes.stream().filter(p -> p.purpose() == flow.purpose()).findFirst().orElseThrow(() ->
					new InvalidInput("flows", clause + " is for “" + flow.purpose().label()
							+ "”, which has no legal basis in this agreement. Give that purpose a basis, or change the clause."));
			if (flow.category().isSpecialCategory() && basis.art9() == null) {
				throw new InvalidInput("flows", clause + " lets health data flow for “" + flow.purpose().label()
						+ "”: give that purpose a condition of GDPR Art. 9(2).");
			}
			if (flow.category().isCriminalOffenceData() && basis.criminalOffenceBasis() == null) {
				throw new InvalidInput("flows", clause + " lets " + flow.category().inWords() + " flow for “"
						+ flow.purpose().label() + "”: name the GDPR Art. 10 authorisation or national statute for that purpose.");
			}
		}
	}

	/** The clauses, numbered in the order written. */
	List<Flow> numberedFlows() {
		return IntStream.range(0, flows.size())
			.mapToObj(i -> new Flow(i + 1, flows.get(i).category(), flows.get(i).from(), flows.get(i).to(),
					flows.get(i).purpose()))
			.toList();
	}

	LocalDate lapsesAfter() {
		return endsOn == null || reviewOn.isBefore(endsOn) ? reviewOn : endsOn;
	}
}
