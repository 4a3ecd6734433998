package eu.tandem.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;

import eu.tandem.casework.CaseId;
import eu.tandem.identity.Accounts;
import eu.tandem.identity.CurrentUser;
import eu.tandem.identity.StaffCard;
import eu.tandem.identity.UserId;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Builds the plan screens' {@link PlanPage} in one transaction: the plan, read and traced once, and the names it needs. */
@Component
class PlanPages {

	private final Plans plans;
	private final Accounts accounts;
	private final MessageSource messages;

	PlanPages(Plans plans, Accounts accounts, MessageSource messages) {
		this.plans = plans;
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
		for (var version : sight.versions()) {
			for (var goal : version.goals()) {
				names.computeIfAbsent(goal.responsible(), this::name);
				goal.tasks().forEach(task -> names.computeIfAbsent(task.assignee(), this::name));
			}
		}
		return new PlanPage(id, file.reference(), sight.versions(), sight.today(), sight.mayChange(), team, names);
	}

	private String name(UserId user) {
		return accounts.card(user).map(StaffCard::displayName)
			.orElseGet(() -> messages.getMessage("plan.staffRemoved", null, LocaleContextHolder.getLocale()));
	}
}
