package eu.tandem.casework;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import eu.tandem.agency.Agencies;
import eu.tandem.hub.DataCategory;
import eu.tandem.hub.Hub;
import eu.tandem.hub.Hubs;
import eu.tandem.identity.Accounts;
import eu.tandem.identity.CurrentUser;
import eu.tandem.identity.Profession;
import eu.tandem.identity.StaffCard;
import eu.tandem.identity.UserId;
import eu.tandem.kernel.InvalidInput;
import eu.tandem.kernel.NotFound;
import eu.tandem.knowledge.CaseAttribute;
import eu.tandem.knowledge.Checklist;
import eu.tandem.knowledge.Library;
import eu.tandem.person.PersonId;
import eu.tandem.person.Persons;
import eu.tandem.web.Dates;
import eu.tandem.web.Words;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A case for its team and its hub's coordinators: owner, team, where it stands in its life. */
@Controller
class CaseController {

	private final CaseFiles cases;
	private final Hubs hubs;
	private final Persons persons;
	private final Accounts accounts;
	private final Agencies agencies;
	private final BreakGlass breakGlass;
	private final Library library;
	private final Dates dates;

	/** A break-the-glass grant as the case owner reads it: who (none for an account removed), from which agency. */
	record GrantLine(EmergencyAccess grant, @Nullable String who, String agency) {
	}

	/**
	 * A move in the case's life as the page lists it: who made it, by name (null for Tandem itself or an account
	 * removed, which {@code move.by()} tells apart).
	 */
	record TransitionLine(Transition move, @Nullable String who) {
	}

	/** Someone on the case team, with the profession the page writes in the reader's language. */
	record TeamMember(String name, String agency, Profession profession) {
	}

	CaseController(CaseFiles cases, Hubs hubs, Persons persons, Accounts accounts, Agencies agencies, BreakGlass breakGlass,
			Library library, Dates dates) {
		this.dates = dates;
		this.breakGlass = breakGlass;
		this.library = library;
		this.cases = cases;
		this.hubs = hubs;
		this.persons = persons;
		this.accounts = accounts;
		this.agencies = agencies;
	}

	@GetMapping("/cases")
	String mine(@AuthenticationPrincipal CurrentUser user, Model model) {
		var mine = cases.mine(user);
		model.addAttribute("cases", mine);
		model.addAttribute("names", names(mine, user, "my cases"));
		model.addAttribute("hubNames", hubs.all().stream().collect(Collectors.toMap(Hub::id, Hub::name)));
		// the case owner is told of every emergency access to their cases until the officer has reviewed it
		model.addAttribute("emergencies", mine.stream().filter(file -> user.id().equals(file.owner()))
			.flatMap(file -> breakGlass.onCase(file.id()).stream().filter(grant -> !grant.reviewed()))
			.map(grant -> new GrantLine(grant, accounts.card(grant.user()).map(StaffCard::displayName).orElse(null),
					agencies.nameOf(grant.agency())))
			.toList());
		return "casework/list";
	}

	/**
	 * Finds a case by its reference or the person's name and date of birth, among the cases the user may see. Sent
	 * as a form, so that no name stands in an address; the results come back on the same page, traced.
	 */
	@PostMapping("/cases/find")
	String find(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") String born,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("q", q);
		model.addAttribute("born", born);
		var problems = new LinkedHashMap<String, MessageSourceResolvable>();
		var day = capture(problems, () -> birthDate(born));
		var query = capture(problems, () -> CaseQuery.of(q, day));
		model.addAttribute("problems", problems);
		if (query != null && problems.isEmpty()) {
			var found = cases.find(query, user);
			model.addAttribute("found", found);
			model.addAttribute("foundNames", names(found, user, "case search"));
			model.addAttribute("hubNames", hubs.all().stream().collect(Collectors.toMap(Hub::id, Hub::name)));
		}
		return "casework/find";
	}

	private static <T> T capture(Map<String, MessageSourceResolvable> problems, Supplier<T> value) {
		try {
			return value.get();
		}
		catch (InvalidInput invalid) {
			problems.putIfAbsent(invalid.field(), invalid);
			return null;
		}
	}

	private static LocalDate birthDate(String text) {
		if (text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException notADate) {
			throw InvalidInput.of("born", "casework.error.bornNotADate");
		}
	}

	private Map<PersonId, String> names(List<CaseFile> files, CurrentUser user, String purpose) {
		var people = files.stream().map(CaseFile::person).filter(Objects::nonNull).collect(Collectors.toSet());
		return persons.namesForList(people, user, purpose);
	}

	@GetMapping("/cases/{id}")
	String show(@PathVariable String id, @AuthenticationPrincipal CurrentUser user, Model model) {
		var standing = cases.view(CaseId.parse(id).orElseThrow(NotFound::new), user);
		var file = standing.file();
		var hub = hubs.find(file.hub()).orElseThrow();
		model.addAttribute("file", file);
		model.addAttribute("standing", standing);
		model.addAttribute("steps", EmergencyAccess.Scope.steps().stream()
			.filter(step -> !standing.openedInEmergency(step.category().orElseThrow())).toList());
		model.addAttribute("openedSteps", EmergencyAccess.Scope.steps().stream()
			.filter(step -> standing.openedInEmergency(step.category().orElseThrow())).toList());
		model.addAttribute("emergencies", standing.seesEmergencyAccesses() ? breakGlass.onCase(file.id()).stream()
			.map(grant -> new GrantLine(grant, accounts.card(grant.user()).map(StaffCard::displayName).orElse(null),
					agencies.nameOf(grant.agency())))
			.toList() : List.of());
		model.addAttribute("closing", file.open() ? null : cases.closing(standing).orElse(null));
		model.addAttribute("nextStates", List.copyOf(CaseLifecycle.next(file.state())));
		model.addAttribute("transitions", cases.transitions(standing).reversed().stream()
			.map(move -> new TransitionLine(move, move.by() == null ? null : accounts.card(move.by()).map(StaffCard::displayName)
				.orElse(null)))
			.toList());
		model.addAttribute("teamMembers", file.team().stream().filter(member -> !member.user().equals(file.owner()))
			.map(member -> Map.entry(member.user().toString(), accounts.card(member.user()).map(StaffCard::displayName).orElse("?")))
			.toList());
		model.addAttribute("hub", hub);
		model.addAttribute("person", file.person() == null ? null : persons.view(file.person(), user, "case"));
		model.addAttribute("owner", file.owner() == null ? null : accounts.card(file.owner()).orElse(null));
		model.addAttribute("team", file.team().stream().map(member -> accounts.card(member.user())).flatMap(Optional::stream)
			.map(card -> new TeamMember(card.displayName(), agencies.nameOf(card.agencyId()), card.profession()))
			.toList());
		var practitioners = cases.practitionersOf(hub.id()).stream().sorted(Comparator.comparing(StaffCard::displayName)).toList();
		model.addAttribute("practitioners", choices(practitioners));
		// the team list offers only who is not on the team yet
		model.addAttribute("newMembers", choices(practitioners.stream().filter(card -> !file.onTeam(card.id())).toList()));
		var attributes = cases.attributes(file.id(), user);
		model.addAttribute("attributes", attributes);
		model.addAttribute("allAttributes", CaseAttribute.values());
		model.addAttribute("knowledge", library.relevantTo(attributes));
		model.addAttribute("fourRs", library.checklist(Checklist.FOUR_RS).orElse(null));
		return "casework/show";
	}

	@PostMapping("/cases/{id}/attributes")
	String attributes(@PathVariable String id, @RequestParam(defaultValue = "") List<String> attribute,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		return act(id, redirect, caseId -> {
			var marked = EnumSet.noneOf(CaseAttribute.class);
			for (var key : attribute) {
				marked.add(CaseAttribute.fromKey(key).orElseThrow(() -> InvalidInput.of("attributes",
						"casework.error.unknownAttribute")));
			}
			cases.markAttributes(caseId, marked, user);
			return marked.isEmpty() ? Words.of("casework.notice.nothingMarked") : Words.of("casework.notice.marked");
		});
	}

	@PostMapping("/cases/{id}/owner")
	String owner(@PathVariable String id, @RequestParam(defaultValue = "") String member, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		return act(id, redirect, caseId -> {
			cases.appointOwner(caseId, user(member), user);
			return Words.of("casework.notice.ownerAppointed");
		});
	}

	@PostMapping("/cases/{id}/team")
	String team(@PathVariable String id, @RequestParam(defaultValue = "") String member, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		return act(id, redirect, caseId -> {
			cases.addToTeam(caseId, user(member), user);
			return Words.of("casework.notice.added");
		});
	}

	@PostMapping("/cases/{id}/team/remove")
	String leave(@PathVariable String id, @RequestParam(defaultValue = "") String member, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		return act(id, redirect, caseId -> {
			cases.removeFromTeam(caseId, user(member), user);
			return Words.of("casework.notice.takenOff");
		});
	}

	@PostMapping("/cases/{id}/emergency/health")
	String emergencyHealth(@PathVariable String id, @RequestParam(defaultValue = "") String reason,
			@RequestParam(defaultValue = "") String code, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		return emergencyStep(id, DataCategory.HEALTH, reason, code, user, redirect);
	}

	@PostMapping("/cases/{id}/emergency/security")
	String emergencySecurity(@PathVariable String id, @RequestParam(defaultValue = "") String reason,
			@RequestParam(defaultValue = "") String code, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		return emergencyStep(id, DataCategory.SECURITY, reason, code, user, redirect);
	}

	@PostMapping("/cases/{id}/emergency/justice")
	String emergencyJustice(@PathVariable String id, @RequestParam(defaultValue = "") String reason,
			@RequestParam(defaultValue = "") String code, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		return emergencyStep(id, DataCategory.JUSTICE, reason, code, user, redirect);
	}

	/** A refused step comes back open, with the reason as typed and the problem next to it; the code is never kept. */
	private String emergencyStep(String id, DataCategory category, String reason, String code, CurrentUser user,
			RedirectAttributes redirect) {
		var caseId = CaseId.parse(id).orElseThrow(NotFound::new);
		try {
			var grant = breakGlass.openCategory(caseId, category, reason, code, user);
			redirect.addFlashAttribute("notice", Words.of("casework.notice.stepOpened",
					new DefaultMessageSourceResolvable("casework.scope." + grant.scope().name()),
					dates.shortDayAndTime(grant.expiresAt())));
		}
		catch (InvalidInput refused) {
			// next to the step's own form where the page shows it again; at the top where it does not (opened already, closed)
			var formShown = cases.standing(caseId, user).filter(standing -> standing.emergency() && !standing.entitled()
					&& standing.file().open() && !standing.openedInEmergency(category)).isPresent();
			if (!formShown) {
				redirect.addFlashAttribute("problem", new DefaultMessageSourceResolvable(refused));
				return "redirect:/cases/" + caseId;
			}
			redirect.addFlashAttribute("stepProblem", new DefaultMessageSourceResolvable(refused));
			redirect.addFlashAttribute("stepField", refused.field());
			redirect.addFlashAttribute("stepCategory", category.name().toLowerCase(java.util.Locale.ROOT));
			redirect.addFlashAttribute("stepReason", reason);
		}
		return "redirect:/cases/" + caseId;
	}

	/**
	 * Moves the case on in its life. A refused move comes back with the form open, the choice and the reason as typed,
	 * and each reason next to what would mend it: the move itself, or the reason asked for.
	 */
	@PostMapping("/cases/{id}/move")
	String move(@PathVariable String id, @RequestParam(defaultValue = "") String to, @RequestParam(defaultValue = "") String reason,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		var caseId = CaseId.parse(id).orElseThrow(NotFound::new);
		try {
			var state = state(to);
			var moved = cases.move(caseId, state, reason, user);
			redirect.addFlashAttribute("notice", moved.reopened() ? Words.of("casework.notice.reopened")
					: state == CaseState.CLOSED ? Words.of("casework.notice.closed")
					: Words.of("casework.notice.moved", Words.named("casework.state.", state)));
		}
		catch (InvalidInput refused) {
			var problems = new LinkedHashMap<String, List<MessageSourceResolvable>>();
			refused.each().forEach(problem -> problems.computeIfAbsent(problem.field(), field -> new java.util.ArrayList<>())
				.add(new DefaultMessageSourceResolvable(problem.getCodes(), problem.getArguments())));
			redirect.addFlashAttribute("moveProblems", problems);
			redirect.addFlashAttribute("moveTo", to);
			redirect.addFlashAttribute("moveReason", reason);
		}
		return "redirect:/cases/" + caseId;
	}

	private static CaseState state(String typed) {
		try {
			return CaseState.valueOf(typed.strip());
		}
		catch (IllegalArgumentException notAState) {
			throw InvalidInput.of(CaseLifecycle.TO, "casework.error.chooseWhereTo");
		}
	}

	private interface Step {
		MessageSourceResolvable perform(CaseId id);
	}

	/** Does the step and says what came of it; a refusal's words are copied, as a flash attribute outlives the request. */
	private static String act(String id, RedirectAttributes redirect, Step step) {
		var caseId = CaseId.parse(id).orElseThrow(NotFound::new);
		try {
			redirect.addFlashAttribute("notice", step.perform(caseId));
		}
		catch (InvalidInput refused) {
			redirect.addFlashAttribute("problem", new DefaultMessageSourceResolvable(refused));
		}
		return "redirect:/cases/" + caseId;
	}

	private List<Map.Entry<String, String>> choices(List<StaffCard> cards) {
		return cards.stream()
			.map(card -> Map.entry(card.id().toString(), card.displayName() + " (" + agencies.nameOf(card.agencyId()) + ")"))
			.toList();
	}

	private static UserId user(String value) {
		return UserId.parse(value).orElseThrow(() -> InvalidInput.of("member", "casework.error.practitionerNotInTheList"));
	}
}
