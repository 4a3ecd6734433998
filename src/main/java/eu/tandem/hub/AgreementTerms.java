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
import eu.tandem.web.Words;
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
		title = PlainText.required("title", Words.of("hub.agreementForm.title"), title, 200);
		Objects.requireNonNull(startsOn, "startsOn");
		Objects.requireNonNull(reviewOn, "reviewOn");
		if (endsOn != null && endsOn.isBefore(startsOn)) {
			throw InvalidInput.of("endsOn", "hub.error.endsBeforeStart");
		}
		if (reviewOn.isBefore(startsOn)) {
			throw InvalidInput.of("reviewOn", "hub.error.reviewBeforeStart");
		}
		retention = PlainText.required("retention", Words.of("hub.agreementForm.retention"), retention, 300);
		parties = Set.copyOf(parties);
		if (parties.size() < 2) {
			throw InvalidInput.of("parties", "hub.error.parties");
		}
		purposes = List.copyOf(purposes);
		if (purposes.isEmpty()) {
			throw InvalidInput.of("purposes", "hub.error.noPurpose");
		}
		if (purposes.stream().map(PurposeBasis::purpose).distinct().count() != purposes.size()) {
			throw InvalidInput.of("purposes", "hub.error.purposeTwice");
		}
		flows = List.copyOf(flows);
		if (flows.isEmpty()) {
			throw InvalidInput.of("flows", "hub.error.noClause");
		}
		checkClauses(purposes, flows);
	}

	private static void checkClauses(List<PurposeBasis> purposes, List<FlowTerm> flows) {
		for (int i = 0; i < flows.size(); i++) {
			var flow = flows.get(i);
			var clause = String.valueOf(i + 1);
			var purpose = HubWords.purpose(flow.purpose());
			if (flows.subList(0, i).contains(flow)) {
				throw InvalidInput.of("flows", "hub.error.clauseRepeats", clause);
			}
			var basis = purposes.stream().filter(p -> p.purpose() == flow.purpose()).findFirst().orElseThrow(() ->
					InvalidInput.of("flows", "hub.error.clauseWithoutBasis", clause, purpose));
			if (flow.category().isSpecialCategory() && basis.art9() == null) {
				throw InvalidInput.of("flows", "hub.error.clauseNeedsArt9", clause, purpose);
			}
			if (flow.category().isCriminalOffenceData() && basis.criminalOffenceBasis() == null) {
				throw InvalidInput.of("flows", "hub.error.clauseNeedsArt10", clause, HubWords.categoryInWords(flow.category()),
						purpose);
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
