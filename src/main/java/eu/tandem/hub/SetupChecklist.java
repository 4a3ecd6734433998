package eu.tandem.hub;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import eu.tandem.identity.AgencyId;

/**
 * The RAN paper's five steps of setting up multi-agency work, each ticked off from the hub's own data, with
 * what is still missing in words.
 */
public record SetupChecklist(List<Step> steps) {

	public record Step(String title, boolean done, String status) {
	}

	public long done() {
		return steps.stream().filter(Step::done).count();
	}

	static SetupChecklist of(Hub hub, List<List<AgreementVersion>> agreements, int casesWithAnOwner, LocalDate today,
			Function<AgencyId, String> names) {
		var agencies = hub.agencies().size();
		var withoutPeople = hub.agencies().stream().map(Hub.MemberAgency::agency)
			.filter(agency -> hub.members().stream().noneMatch(member -> member.agency().equals(agency)))
			.map(names).sorted().toList();
		var inForce = agreements.stream().anyMatch(versions -> SharingPolicy.versionInForce(versions, today).isPresent());
		var evaluation = hub.details().evaluationRhythm();
		return new SetupChecklist(List.of(
				new Step("Map the relevant agencies and start networking", agencies >= 2,
						agencies >= 2 ? agencies + " member agencies." : "Add the agencies that work with the people this hub supports: at least two."),
				new Step("Invest in the relationships and develop the structure", agencies > 0 && withoutPeople.isEmpty(),
						agencies == 0 ? "Add member agencies, then appoint their people."
								: withoutPeople.isEmpty() ? "Every member agency has someone in the hub."
										: "Appoint someone from " + String.join(", ", withoutPeople) + "."),
				new Step("Share information and make assessments together", inForce,
						inForce ? "An information-sharing agreement is in force."
								: "No agreement is in force: draft one and have every party sign it."),
				new Step("Appoint a case owner and intervene", casesWithAnOwner > 0,
						hub.coordinators().isEmpty() ? "Appoint a coordinator: they run triage and appoint case owners."
								: casesWithAnOwner == 0 ? "No case has a case owner yet: the coordinator appoints one on each case the hub takes on."
										: casesWithAnOwner == 1 ? "1 case has a case owner." : casesWithAnOwner + " cases have a case owner."),
				new Step("Evaluate and follow up", evaluation != null,
						evaluation == null ? "Set how often the hub evaluates its work." : "The hub evaluates " + evaluation + ".")));
	}
}
