package eu.tandem.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;

import eu.tandem.agency.Agencies;
import eu.tandem.casework.CaseId;
import eu.tandem.hub.Hubs;
import eu.tandem.hub.InterventionCatalogue;
import eu.tandem.hub.InterventionType;
import eu.tandem.identity.AgencyId;
import eu.tandem.identity.Accounts;
import eu.tandem.identity.CurrentUser;
import eu.tandem.identity.StaffCard;
import eu.tandem.identity.UserId;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the plan screens' {@link PlanPage} in one transaction: the plan, read and traced once, the names it needs, and
 * what its forms choose from (the hub's catalogue as offered, its member agencies, the team).
 */
@Component
class PlanPages {

	private final Plans plans;
	private final Accounts accounts;
	private final Hubs hubs;
	private final Agencies agencies;
	private final InterventionCatalogue catalogue;
	private final MessageSource messages;

	PlanPages(Plans plans, Accounts accounts, Hubs hubs, Agencies agencies, InterventionCatalogue catalogue, MessageSource messages) {
		this.plans = plans;
		this.hubs = hubs;
		this.agencies = agencies;
		this.catalogue = catalogue;
		this.accounts = accounts;
		this.messages = messages;
	}

	@Transactional
	PlanPage plan(CaseId id, CurrentUser user) {
		return page(id, plans.read(id, user));
	}

	/** The plan, to show one of its versions; traced as that version's read. */
	@Transactional
	PlanPage version(CaseId id, int number, CurrentUser user) {
		return page(id, plans.version(id, number, user));
	}

	private PlanPage page(CaseId id, Plans.Sight sight) {
		var file = sight.standing().file();
		var onTeam = new LinkedHashSet<UserId>();
		if (file.owner() != null) {
			onTeam.add(file.owner());
		}
		file.team().forEach(member -> onTeam.add(member.user()));
		var names = new HashMap<UserId, String>();
		var team = new ArrayList<PlanPage.Member>();
		for (var member : onTeam) {
			var name = name(member);
			names.put(member, name);
			team.add(new PlanPage.Member(member.value().toString(), name));
		}
		var offered = catalogue.of(file.hub());
		var types = new HashMap<String, InterventionType>();
		offered.forEach(type -> types.put(type.code(), type));
		var providers = new ArrayList<PlanPage.Member>();
		var agencyNames = new HashMap<AgencyId, String>();
		hubs.find(file.hub()).ifPresent(hub -> hub.agencies().forEach(member -> {
			var name = agencies.nameOf(member.agency());
			agencyNames.put(member.agency(), name);
			providers.add(new PlanPage.Member(member.agency().value().toString(), name));
		}));
		providers.sort(Comparator.comparing(PlanPage.Member::name, String.CASE_INSENSITIVE_ORDER));
		for (var version : sight.versions()) {
			for (var goal : version.goals()) {
				names.computeIfAbsent(goal.responsible(), this::name);
				goal.tasks().forEach(task -> names.computeIfAbsent(task.assignee(), this::name));
			}
			for (var intervention : version.interventions()) {
				names.computeIfAbsent(intervention.responsible(), this::name);
				intervention.tasks().forEach(task -> names.computeIfAbsent(task.assignee(), this::name));
				agencyNames.computeIfAbsent(intervention.provider(), agencies::nameOf);
				if (!types.containsKey(intervention.code())) {
					catalogue.find(file.hub(), intervention.code()).ifPresent(type -> types.put(type.code(), type));
				}
			}
		}
		return new PlanPage(id, file.reference(), sight.versions(), sight.today(), sight.mayChange(), team, names, offered, types,
				providers, agencyNames);
	}

	private String name(UserId user) {
		return accounts.card(user).map(StaffCard::displayName)
			.orElseGet(() -> messages.getMessage("plan.staffRemoved", null, LocaleContextHolder.getLocale()));
	}
}
