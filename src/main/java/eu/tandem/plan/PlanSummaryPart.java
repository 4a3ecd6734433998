package eu.tandem.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import eu.tandem.agency.Agencies;
import eu.tandem.casework.CaseStanding;
import eu.tandem.casework.CaseSummaryPart;
import eu.tandem.hub.InterventionCatalogue;
import eu.tandem.identity.Accounts;
import eu.tandem.identity.CurrentUser;
import eu.tandem.identity.StaffCard;
import eu.tandem.identity.UserId;
import eu.tandem.web.Words;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The support plan in a case's JSON view: its current version with the goals (indicator, baseline, target, who answers
 * for it, by when) and the interventions, for whoever sees the case, as the plan page. Reading it is traced as the page.
 */
@Component
class PlanSummaryPart implements CaseSummaryPart {

	record PlanJson(int version, boolean agreed, @Nullable LocalDate agreedOn, List<GoalJson> goals, List<InterventionJson> interventions) {
	}

	record GoalJson(String statement, String indicator, String baseline, String target, String responsible, LocalDate due) {
	}

	record InterventionJson(String code, String name, String provider, String responsible, LocalDate starts, Frequency frequency,
			@Nullable LocalDate ends, InterventionStatus status, List<String> goals) {
	}

	private final Plans plans;
	private final Accounts accounts;
	private final Agencies agencies;
	private final InterventionCatalogue catalogue;
	private final Words words;

	PlanSummaryPart(Plans plans, Accounts accounts, Agencies agencies, InterventionCatalogue catalogue, Words words) {
		this.plans = plans;
		this.accounts = accounts;
		this.agencies = agencies;
		this.catalogue = catalogue;
		this.words = words;
	}

	@Override
	public String name() {
		return "plan";
	}

	@Override
	public Optional<Object> of(CaseStanding standing, CurrentUser viewer) {
		var hub = standing.file().hub();
		return plans.read(standing.file().id(), viewer).current().map(version -> new PlanJson(version.number(), version.agreed(),
				version.agreed() ? version.agreement().decidedOn() : null,
				version.goals().stream().map(goal -> new GoalJson(goal.statement(), goal.indicator(), goal.baseline(), goal.target(),
						name(goal.responsible()), goal.due())).toList(),
				version.interventions().stream().map(intervention -> new InterventionJson(intervention.code(),
						catalogue.find(hub, intervention.code()).map(type -> words.in(type.name())).orElse(intervention.code()),
						agencies.nameOf(intervention.provider()), name(intervention.responsible()), intervention.starts(),
						intervention.frequency(), intervention.ends(), intervention.status(),
						version.served(intervention).stream().map(Goal::statement).toList())).toList()));
	}

	private String name(UserId user) {
		return accounts.card(user).map(StaffCard::displayName).orElse("");
	}
}
