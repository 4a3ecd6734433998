package eu.tandem.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import eu.tandem.agency.Agencies;
import eu.tandem.audit.AuditAction;
import eu.tandem.audit.AuditEvent;
import eu.tandem.audit.AuditLog;
import eu.tandem.audit.AuditOutcome;
import eu.tandem.audit.AuditSubject;
import eu.tandem.casework.CaseFile;
import eu.tandem.casework.CaseFiles;
import eu.tandem.casework.CaseId;
import eu.tandem.casework.CaseStanding;
import eu.tandem.hub.HubId;
import eu.tandem.hub.InterventionCatalogue;
import eu.tandem.identity.Accounts;
import eu.tandem.identity.CurrentUser;
import eu.tandem.identity.StaffCard;
import eu.tandem.identity.UserId;
import eu.tandem.person.PersonId;
import eu.tandem.privacy.Fields;
import eu.tandem.privacy.HeldEntry;
import eu.tandem.privacy.HeldSection;
import eu.tandem.privacy.InWords;
import eu.tandem.privacy.PersonalDataHolder;
import eu.tandem.privacy.SubjectScope;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The support plans of the person's cases in the officer's hubs, for a subject access request: the current version
 * with its goals, interventions, tasks and agreement, and each earlier version as it was. The words and dates are in the request's
 * language, the answer's while one is compiled.
 */
@Component
class PersonalDataInPlans implements PersonalDataHolder {

	private final PlanStore store;
	private final CaseFiles cases;
	private final Accounts accounts;
	private final Agencies agencies;
	private final InterventionCatalogue catalogue;
	private final AuditLog audit;
	private final MessageSource messages;

	PersonalDataInPlans(PlanStore store, CaseFiles cases, Accounts accounts, Agencies agencies, InterventionCatalogue catalogue,
			AuditLog audit, MessageSource messages) {
		this.store = store;
		this.agencies = agencies;
		this.catalogue = catalogue;
		this.cases = cases;
		this.accounts = accounts;
		this.audit = audit;
		this.messages = messages;
	}

	@Override
	public String module() {
		return "plan";
	}

	/** The person's cases, of any of their records, in the scope's hubs, oldest first, with their plans' versions. */
	private Map<CaseFile, List<PlanVersion>> plansIn(SubjectScope scope) {
		var found = new LinkedHashMap<CaseId, CaseFile>();
		for (var person : scope.personRecords()) {
			cases.ofPerson(new PersonId(person)).stream().filter(file -> scope.hubs().contains(file.hub()))
				.forEach(file -> found.put(file.id(), file));
		}
		var plans = new LinkedHashMap<CaseFile, List<PlanVersion>>();
		found.values().stream().sorted(Comparator.comparing(CaseFile::openedAt)).forEach(file -> {
			var versions = store.versions(file.id());
			if (!versions.isEmpty()) {
				plans.put(file, versions);
			}
		});
		return plans;
	}

	@Override
	@Transactional
	public List<HeldSection> heldAbout(SubjectScope scope) {
		var entries = new ArrayList<HeldEntry>();
		plansIn(scope).forEach((file, versions) -> {
			audit.record(new AuditEvent(scope.officer().asAuditActor(), Plans.VIEWED, AuditOutcome.SUCCESS, Plans.subject(file.id()),
					SubjectScope.PURPOSE, scope.rule()));
			var current = versions.getLast();
			var earlier = versions.subList(0, versions.size() - 1).reversed().stream()
				.map(version -> new HeldEntry.Earlier(words("plan.held.version", version.number()), fields(file.hub(), version)))
				.toList();
			entries.add(new HeldEntry("plan-" + file.id().value(), words("plan.held.title", file.reference()), words("plan.held.kind"),
					current.createdAt(), null, current.createdBy(), null, fields(file.hub(), current), earlier, Set.of(Plans.subject(file.id()))));
		});
		return entries.isEmpty() ? List.of() : List.of(new HeldSection(words("plan.held.section"), entries));
	}

	private List<HeldEntry.Field> fields(HubId hub, PlanVersion version) {
		var fields = Fields.of().with(words("plan.held.versionNumber"), String.valueOf(version.number()));
		var agreement = version.agreement();
		fields.with(words("plan.held.agreement"), agreement == null ? words("plan.held.notAgreed")
				: words("plan.held.agreedLine", words("plan.decidedBy." + agreement.decidedBy().name()), InWords.date(agreement.decidedOn()),
						words("plan.obtained." + agreement.obtained().name())));
		if (agreement != null) {
			fields.with(words("plan.agreement.note"), agreement.note());
		}
		for (var goal : version.goals()) {
			fields.with(words("plan.held.goal", goal.position()), words("plan.held.goalLine", goal.statement(), goal.indicator(),
					goal.baseline(), goal.target(), staff(goal.responsible()), InWords.date(goal.due())));
			for (var task : goal.tasks()) {
				fields.with(words("plan.held.task", goal.position()), words("plan.held.taskLine", task.title(), staff(task.assignee()),
						InWords.date(task.starts()), InWords.date(task.due()),
						task.done() ? words("plan.held.taskDone", InWords.date(task.doneAt())) : words("plan.held.taskOpen")));
			}
		}
		for (var intervention : version.interventions()) {
			var served = version.served(intervention).stream().map(goal -> String.valueOf(goal.position()))
				.collect(Collectors.joining(", "));
			fields.with(words("plan.held.intervention", intervention.position()), words("plan.held.interventionLine",
					interventionName(hub, intervention.code()), agencies.nameOf(intervention.provider()), staff(intervention.responsible()),
					InWords.date(intervention.starts()),
					intervention.ends() == null ? "" : words("plan.held.interventionEnds", InWords.date(intervention.ends())),
					words("plan.frequency." + intervention.frequency().name()),
					words("plan.interventionStatus." + intervention.status().name()), served));
			for (var task : intervention.tasks()) {
				fields.with(words("plan.held.interventionTask", intervention.position()), words("plan.held.taskLine", task.title(),
						staff(task.assignee()), InWords.date(task.starts()), InWords.date(task.due()),
						task.done() ? words("plan.held.taskDone", InWords.date(task.doneAt())) : words("plan.held.taskOpen")));
			}
		}
		return fields.list();
	}

	/** An intervention's name from the hub's catalogue, a default's in the answer's language; its code where it is gone. */
	private String interventionName(HubId hub, String code) {
		return catalogue.find(hub, code).map(type -> messages.getMessage(type.name(), LocaleContextHolder.getLocale()))
			.orElseGet(() -> words("plan.intervention.unknown", code));
	}

	/** Words in the request's language: the answer's, while one is compiled ({@link InWords#compiling}). */
	private String words(String key, Object... arguments) {
		return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}

	private String staff(UserId user) {
		return accounts.card(user).map(StaffCard::displayName).orElseGet(() -> words("plan.held.staffRemoved"));
	}

	@Override
	@Transactional(readOnly = true)
	public Map<AuditSubject, String> records(SubjectScope scope) {
		var named = words("plan.held.record");
		var records = new LinkedHashMap<AuditSubject, String>();
		plansIn(scope).keySet().forEach(file -> records.put(Plans.subject(file.id()), named));
		return records;
	}

	@Override
	@Transactional(readOnly = true)
	public boolean sees(String entryKey, CurrentUser user) {
		if (!entryKey.startsWith("plan-")) {
			return false;
		}
		return parse(entryKey.substring(5)).map(CaseId::new).flatMap(id -> cases.standing(id, user)).map(CaseStanding::seesCase)
			.orElse(false);
	}

	@Override
	public Map<AuditAction, Kind> kinds() {
		return Map.ofEntries(
				Map.entry(Plans.VIEWED, Kind.READ),
				Map.entry(Plans.VERSION_VIEWED, Kind.READ),
				Map.entry(Plans.GOAL_ADDED, Kind.CHANGE),
				Map.entry(Plans.GOAL_CHANGED, Kind.CHANGE),
				Map.entry(Plans.TASK_ADDED, Kind.CHANGE),
				Map.entry(Plans.TASK_CHANGED, Kind.CHANGE),
				Map.entry(Plans.TASK_MARKED, Kind.CHANGE),
				Map.entry(Plans.AGREED, Kind.CHANGE),
				Map.entry(Plans.REVISED, Kind.CHANGE),
				Map.entry(Plans.INTERVENTION_ADDED, Kind.CHANGE),
				Map.entry(Plans.INTERVENTION_CHANGED, Kind.CHANGE),
				Map.entry(Plans.INTERVENTION_MARKED, Kind.CHANGE));
	}

	private static Optional<UUID> parse(String text) {
		try {
			return Optional.of(UUID.fromString(text));
		}
		catch (IllegalArgumentException notAnId) {
			return Optional.empty();
		}
	}
}
