package eu.tandem.hub;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import eu.tandem.identity.AgencyId;
import eu.tandem.web.Words;
import org.springframework.context.MessageSourceResolvable;

/**
 * The RAN paper's five steps of setting up multi-agency work, each ticked off from the hub's own data, with
 * what is still missing in words.
 */
public record SetupChecklist(List<Step> steps) {

	/** A step: its title and where the hub stands on it, in words for the reader's language. */
	public record Step(MessageSourceResolvable title, boolean done, MessageSourceResolvable status) {
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
				new Step(Words.of("hub.setup.map"), agencies >= 2,
						agencies >= 2 ? Words.of("hub.setup.map.done", agencies) : Words.of("hub.setup.map.open")),
				new Step(Words.of("hub.setup.relationships"), agencies > 0 && withoutPeople.isEmpty(),
						agencies == 0 ? Words.of("hub.setup.relationships.noAgencies")
								: withoutPeople.isEmpty() ? Words.of("hub.setup.relationships.done")
										: Words.of("hub.setup.relationships.open", String.join(", ", withoutPeople))),
				new Step(Words.of("hub.setup.share"), inForce,
						inForce ? Words.of("hub.setup.share.done") : Words.of("hub.setup.share.open")),
				new Step(Words.of("hub.setup.caseOwner"), casesWithAnOwner > 0,
						hub.coordinators().isEmpty() ? Words.of("hub.setup.caseOwner.noCoordinator")
								: casesWithAnOwner == 0 ? Words.of("hub.setup.caseOwner.open")
										: Words.of("hub.setup.caseOwner.done", casesWithAnOwner)),
				new Step(Words.of("hub.setup.evaluate"), evaluation != null,
						evaluation == null ? Words.of("hub.setup.evaluate.open")
								: Words.of("hub.setup.evaluate.done", evaluation))));
	}
}
