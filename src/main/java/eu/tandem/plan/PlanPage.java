package eu.tandem.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import eu.tandem.casework.CaseId;
import eu.tandem.hub.InterventionType;
import eu.tandem.identity.AgencyId;
import eu.tandem.identity.UserId;
import eu.tandem.web.Words;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSourceResolvable;

/**
 * What the plan screens show: the case's reference, every version of its plan, the team by name (to choose whom a goal
 * or task is for), the hub's catalogue and agencies (to choose an intervention and its provider) and what the user may do.
 *
 * @param team the case team, owner first, by name, to choose from
 * @param names everyone the plan names, the team and whoever has left it since
 * @param offered the interventions the hub's catalogue offers, in the catalogue's order: the defaults, then the hub's own
 * @param types every intervention the page names by code: those offered, and those the plan chose (retired ones too)
 * @param providers the hub's member agencies, by name, to choose who provides an intervention
 * @param agencyNames every agency the plan names, members of the hub or not
 */
record PlanPage(CaseId caseId, String reference, List<PlanVersion> versions, LocalDate today, boolean mayChange,
		List<Member> team, Map<UserId, String> names, List<InterventionType> offered, Map<String, InterventionType> types,
		List<Member> providers, Map<AgencyId, String> agencyNames) {

	/** Someone on the case team, to choose. */
	record Member(String key, String name) {
	}

	PlanPage {
		versions = List.copyOf(versions);
		team = List.copyOf(team);
		names = Map.copyOf(names);
		offered = List.copyOf(offered);
		types = Map.copyOf(types);
		providers = List.copyOf(providers);
		agencyNames = Map.copyOf(agencyNames);
	}

	public @Nullable PlanVersion current() {
		return versions.isEmpty() ? null : versions.getLast();
	}

	/** The versions before the current one, newest first. */
	public List<PlanVersion> earlier() {
		return versions.size() < 2 ? List.of() : versions.subList(0, versions.size() - 1).reversed();
	}

	/** No plan yet, or a draft: goals and tasks are added and changed on it. */
	public boolean drafting() {
		return current() == null || !current().agreed();
	}

	public boolean mayEdit() {
		return mayChange && drafting();
	}

	public boolean mayAgree() {
		return mayEdit() && current() != null && !current().goals().isEmpty();
	}

	public boolean mayRevise() {
		return mayChange && !drafting();
	}

	/** What an edit form is typed against: the current version, or no plan yet. */
	public TypedAgainst typedAgainst() {
		return current() == null ? TypedAgainst.NO_PLAN_YET : current().typedAgainst();
	}

	Optional<Goal> goal(UUID id) {
		return Optional.ofNullable(current()).flatMap(version -> version.goal(id));
	}

	Optional<Intervention> intervention(UUID id) {
		return Optional.ofNullable(current()).flatMap(version -> version.intervention(id));
	}

	Optional<Task> task(UUID id) {
		return Optional.ofNullable(current()).flatMap(version -> version.task(id));
	}

	public String name(UserId user) {
		return names.getOrDefault(user, "");
	}

	public String agency(AgencyId agency) {
		return agencyNames.getOrDefault(agency, "");
	}

	/** The catalogue's defaults on offer, in its order. */
	public List<InterventionType> offeredDefaults() {
		return offered.stream().filter(type -> !type.ownOfHub()).toList();
	}

	/** The hub's own on offer, by name. */
	public List<InterventionType> offeredOwn() {
		return offered.stream().filter(InterventionType::ownOfHub).toList();
	}

	/** The intervention a plan chose, for its name and practice; null for a code the catalogue no longer knows. */
	public @Nullable InterventionType type(String code) {
		return types.get(code);
	}

	/** An intervention's name, in the reader's language for a default; its code where the catalogue knows it no more. */
	public MessageSourceResolvable label(String code) {
		var type = types.get(code);
		return type == null ? Words.of("plan.intervention.unknown", code) : type.name();
	}

	/** The language of a hub's own intervention's words, to mark them; null for a default, which is in the reader's. */
	public @Nullable String languageOf(String code) {
		var type = types.get(code);
		return type == null || type.language() == null ? null : type.language().code();
	}

	/** A retired entry an intervention chose, which its form offers still (only to keep), or null. */
	public @Nullable InterventionType retiredChoice(String code) {
		var type = types.get(code);
		return type != null && type.retired() ? type : null;
	}
}
