package eu.tandem.plan;

import java.util.UUID;
import java.util.function.Supplier;

import eu.tandem.casework.CaseId;
import eu.tandem.identity.CurrentUser;
import eu.tandem.kernel.EditConflict;
import eu.tandem.kernel.InvalidInput;
import eu.tandem.kernel.NotFound;
import eu.tandem.web.FormErrors;
import eu.tandem.web.Words;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The support plan screens over {@link Plans}: the plan with its goals, interventions and tasks, a goal or an
 * intervention with its tasks, a task, and each earlier version. A refused form comes back on its page with every problem next to its field and what was typed
 * kept; one refused because someone changed the plan meanwhile comes back the same way, with the plan as it is now and
 * the form typed against it, so that saving again is a decision made having seen the other person's change. An
 * intervention's end is optional, so an end that is no date is refused here before anything is tried: no rule would
 * otherwise see it.
 */
@Controller
class PlanController {

	private final PlanPages pages;
	private final Plans plans;

	PlanController(PlanPages pages, Plans plans) {
		this.pages = pages;
		this.plans = plans;
	}

	@GetMapping("/cases/{id}/plan")
	String show(@PathVariable String id, @AuthenticationPrincipal CurrentUser user, Model model) {
		return planPage(caseId(id), user, model);
	}

	private String planPage(CaseId caseId, CurrentUser user, Model model) {
		var page = pages.plan(caseId, user);
		model.addAttribute("page", page);
		if (!model.containsAttribute("goalForm")) {
			model.addAttribute("goalForm", GoalForm.blank(page.typedAgainst()));
		}
		if (!model.containsAttribute("agreementForm")) {
			model.addAttribute("agreementForm", AgreementForm.on(page.today(), page.typedAgainst()));
		}
		if (!model.containsAttribute("interventionForm")) {
			model.addAttribute("interventionForm", InterventionForm.blank(page.typedAgainst()));
		}
		interventionChoices(model);
		model.addAttribute("deciders", DecidedBy.values());
		model.addAttribute("ways", Obtained.values());
		typedAgainstWhatIsShown(model, page);
		return "plan/plan";
	}

	@PostMapping("/cases/{id}/plan/goals")
	String addGoal(@PathVariable String id, @ModelAttribute("goalForm") GoalForm form, BindingResult errors,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		var caseId = caseId(id);
		return save(errors, model, redirect, "plan.notice.goalAdded", "redirect:/cases/" + caseId + "/plan",
				() -> plans.addGoal(caseId, form.toInput(errors), form.against(), user),
				() -> planPage(caseId, user, model));
	}

	@GetMapping("/cases/{id}/plan/goals/{goal}")
	String goal(@PathVariable String id, @PathVariable String goal, @AuthenticationPrincipal CurrentUser user, Model model) {
		return goalPage(caseId(id), id(goal), user, model);
	}

	private String goalPage(CaseId caseId, UUID goalId, CurrentUser user, Model model) {
		var page = pages.plan(caseId, user);
		var goal = page.goal(goalId).orElseThrow(NotFound::new);
		model.addAttribute("page", page);
		model.addAttribute("goal", goal);
		if (!model.containsAttribute("goalForm")) {
			model.addAttribute("goalForm", GoalForm.of(goal, page.typedAgainst()));
		}
		if (!model.containsAttribute("taskForm")) {
			model.addAttribute("taskForm", TaskForm.blank(page.typedAgainst()));
		}
		typedAgainstWhatIsShown(model, page);
		return "plan/goal";
	}

	@PostMapping("/cases/{id}/plan/goals/{goal}")
	String changeGoal(@PathVariable String id, @PathVariable String goal, @ModelAttribute("goalForm") GoalForm form,
			BindingResult errors, @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		var caseId = caseId(id);
		var goalId = id(goal);
		return save(errors, model, redirect, "plan.notice.goalChanged", "redirect:/cases/" + caseId + "/plan",
				() -> plans.changeGoal(caseId, goalId, form.toInput(errors), form.against(), user),
				() -> goalPage(caseId, goalId, user, model));
	}

	@PostMapping("/cases/{id}/plan/goals/{goal}/tasks")
	String addTask(@PathVariable String id, @PathVariable String goal, @ModelAttribute("taskForm") TaskForm form,
			BindingResult errors, @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		var caseId = caseId(id);
		var goalId = id(goal);
		return save(errors, model, redirect, "plan.notice.taskAdded", "redirect:/cases/" + caseId + "/plan/goals/" + goalId,
				() -> plans.addTask(caseId, goalId, form.toInput(errors), form.against(), user),
				() -> goalPage(caseId, goalId, user, model));
	}

	@PostMapping("/cases/{id}/plan/interventions")
	String addIntervention(@PathVariable String id, @ModelAttribute("interventionForm") InterventionForm form, BindingResult errors,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		var caseId = caseId(id);
		var typed = form.toInput(errors);
		if (errors.hasErrors()) {
			return planPage(caseId, user, model);
		}
		return save(errors, model, redirect, "plan.notice.interventionAdded", "redirect:/cases/" + caseId + "/plan",
				() -> plans.addIntervention(caseId, typed, form.against(), user),
				() -> planPage(caseId, user, model));
	}

	@GetMapping("/cases/{id}/plan/interventions/{intervention}")
	String intervention(@PathVariable String id, @PathVariable String intervention, @AuthenticationPrincipal CurrentUser user,
			Model model) {
		return interventionPage(caseId(id), id(intervention), user, model);
	}

	private String interventionPage(CaseId caseId, UUID interventionId, CurrentUser user, Model model) {
		var page = pages.plan(caseId, user);
		var intervention = page.intervention(interventionId).orElseThrow(NotFound::new);
		model.addAttribute("page", page);
		model.addAttribute("intervention", intervention);
		if (!model.containsAttribute("interventionForm")) {
			model.addAttribute("interventionForm", InterventionForm.of(intervention, page.typedAgainst()));
		}
		if (!model.containsAttribute("taskForm")) {
			model.addAttribute("taskForm", TaskForm.blank(page.typedAgainst()));
		}
		interventionChoices(model);
		typedAgainstWhatIsShown(model, page);
		return "plan/intervention";
	}

	@PostMapping("/cases/{id}/plan/interventions/{intervention}")
	String changeIntervention(@PathVariable String id, @PathVariable String intervention,
			@ModelAttribute("interventionForm") InterventionForm form, BindingResult errors, @AuthenticationPrincipal CurrentUser user,
			Model model, RedirectAttributes redirect) {
		var caseId = caseId(id);
		var interventionId = id(intervention);
		var typed = form.toInput(errors);
		if (errors.hasErrors()) {
			return interventionPage(caseId, interventionId, user, model);
		}
		return save(errors, model, redirect, "plan.notice.interventionChanged", "redirect:/cases/" + caseId + "/plan",
				() -> plans.changeIntervention(caseId, interventionId, typed, form.against(), user),
				() -> interventionPage(caseId, interventionId, user, model));
	}

	/** Marks where an intervention stands, on an agreed version too: a small form, so a refusal comes back above the plan. */
	@PostMapping("/cases/{id}/plan/interventions/{intervention}/status")
	String markIntervention(@PathVariable String id, @PathVariable String intervention, @RequestParam(defaultValue = "") String status,
			@RequestParam(defaultValue = "") String number, @RequestParam(defaultValue = "") String rowVersion,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		var caseId = caseId(id);
		var interventionId = id(intervention);
		try {
			plans.markIntervention(caseId, interventionId, Typed.choice(InterventionStatus.class, status), Typed.against(number, rowVersion),
					user);
			redirect.addFlashAttribute("notice", Words.of("plan.notice.interventionMarked"));
		}
		catch (InvalidInput | EditConflict refused) {
			redirect.addFlashAttribute("problem", copy((MessageSourceResolvable) refused));
		}
		return "redirect:/cases/" + caseId + "/plan";
	}

	@PostMapping("/cases/{id}/plan/interventions/{intervention}/tasks")
	String addInterventionTask(@PathVariable String id, @PathVariable String intervention, @ModelAttribute("taskForm") TaskForm form,
			BindingResult errors, @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		var caseId = caseId(id);
		var interventionId = id(intervention);
		return save(errors, model, redirect, "plan.notice.taskAdded",
				"redirect:/cases/" + caseId + "/plan/interventions/" + interventionId,
				() -> plans.addInterventionTask(caseId, interventionId, form.toInput(errors), form.against(), user),
				() -> interventionPage(caseId, interventionId, user, model));
	}

	@GetMapping("/cases/{id}/plan/tasks/{task}")
	String task(@PathVariable String id, @PathVariable String task, @AuthenticationPrincipal CurrentUser user, Model model) {
		return taskPage(caseId(id), id(task), user, model);
	}

	private String taskPage(CaseId caseId, UUID taskId, CurrentUser user, Model model) {
		var page = pages.plan(caseId, user);
		var task = page.task(taskId).orElseThrow(NotFound::new);
		model.addAttribute("page", page);
		model.addAttribute("task", task);
		model.addAttribute("goal", task.goal() == null ? null : page.goal(task.goal()).orElseThrow(NotFound::new));
		model.addAttribute("intervention", task.intervention() == null ? null
				: page.intervention(task.intervention()).orElseThrow(NotFound::new));
		if (!model.containsAttribute("taskForm")) {
			model.addAttribute("taskForm", TaskForm.of(task, page.typedAgainst()));
		}
		typedAgainstWhatIsShown(model, page);
		return "plan/task";
	}

	@PostMapping("/cases/{id}/plan/tasks/{task}")
	String changeTask(@PathVariable String id, @PathVariable String task, @ModelAttribute("taskForm") TaskForm form,
			BindingResult errors, @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		var caseId = caseId(id);
		var taskId = id(task);
		return save(errors, model, redirect, "plan.notice.taskChanged", "redirect:/cases/" + caseId + "/plan",
				() -> plans.changeTask(caseId, taskId, form.toInput(errors), form.against(), user),
				() -> taskPage(caseId, taskId, user, model));
	}

	/** Marks a task done or open again: a button, so a refusal comes back above the plan. */
	@PostMapping("/cases/{id}/plan/tasks/{task}/progress")
	String markTask(@PathVariable String id, @PathVariable String task, @RequestParam(defaultValue = "") String done,
			@RequestParam(defaultValue = "") String number, @RequestParam(defaultValue = "") String rowVersion,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		var caseId = caseId(id);
		var isDone = "true".equals(done);
		try {
			plans.markTask(caseId, id(task), isDone, Typed.against(number, rowVersion), user);
			redirect.addFlashAttribute("notice", Words.of(isDone ? "plan.notice.taskDone" : "plan.notice.taskOpen"));
		}
		catch (InvalidInput | EditConflict refused) {
			redirect.addFlashAttribute("problem", copy((MessageSourceResolvable) refused));
		}
		return "redirect:/cases/" + caseId + "/plan";
	}

	@PostMapping("/cases/{id}/plan/agreement")
	String agree(@PathVariable String id, @ModelAttribute("agreementForm") AgreementForm form, BindingResult errors,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		var caseId = caseId(id);
		return save(errors, model, redirect, "plan.notice.agreed", "redirect:/cases/" + caseId + "/plan",
				() -> plans.agree(caseId, form.toInput(errors), form.against(), user),
				() -> planPage(caseId, user, model));
	}

	@PostMapping("/cases/{id}/plan/revision")
	String revise(@PathVariable String id, @RequestParam(defaultValue = "") String number,
			@RequestParam(defaultValue = "") String rowVersion, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		var caseId = caseId(id);
		try {
			var next = plans.revise(caseId, Typed.against(number, rowVersion), user);
			redirect.addFlashAttribute("notice", Words.of("plan.notice.revised", next));
		}
		catch (InvalidInput | EditConflict refused) {
			redirect.addFlashAttribute("problem", copy((MessageSourceResolvable) refused));
		}
		return "redirect:/cases/" + caseId + "/plan";
	}

	@GetMapping("/cases/{id}/plan/versions/{number}")
	String version(@PathVariable String id, @PathVariable String number, @AuthenticationPrincipal CurrentUser user, Model model) {
		int n;
		try {
			n = Integer.parseInt(number);
		}
		catch (NumberFormatException notANumber) {
			throw new NotFound();
		}
		var page = pages.version(caseId(id), n, user);
		model.addAttribute("page", page);
		model.addAttribute("version", page.versions().stream().filter(version -> version.number() == n).findFirst().orElseThrow());
		return "plan/version";
	}

	/**
	 * Saves and redirects with a notice; a refusal for what was typed comes back with each problem next to its field, and
	 * one for a plan changed meanwhile with the conflict named, the form as typed and typed against the plan as it is now.
	 */
	private static String save(BindingResult errors, Model model, RedirectAttributes redirect, String notice, String then,
			Runnable change, Supplier<String> again) {
		try {
			change.run();
		}
		catch (InvalidInput refused) {
			FormErrors.reject(errors, refused);
			return again.get();
		}
		catch (EditConflict conflict) {
			model.addAttribute("conflict", conflict);
			return again.get();
		}
		redirect.addFlashAttribute("notice", Words.of(notice));
		return then;
	}

	/** The fixed lists an intervention form chooses from. */
	private static void interventionChoices(Model model) {
		model.addAttribute("frequencies", Frequency.values());
		model.addAttribute("statuses", InterventionStatus.values());
	}

	/** A copy of a refusal's words: the flash attribute is kept in the session, which stores words, not an exception. */
	private static MessageSourceResolvable copy(MessageSourceResolvable refused) {
		return new DefaultMessageSourceResolvable(refused.getCodes(), refused.getArguments());
	}

	/**
	 * After an edit conflict, the forms on the page are typed against the plan as it is now, which the page shows: saving
	 * again is then a decision made having seen the other person's change.
	 */
	private static void typedAgainstWhatIsShown(Model model, PlanPage page) {
		if (model.containsAttribute("conflict")) {
			model.asMap().values().stream().filter(Against.class::isInstance).map(Against.class::cast)
				.forEach(form -> form.seen(page.typedAgainst()));
		}
	}

	private static CaseId caseId(String id) {
		return CaseId.parse(id).orElseThrow(NotFound::new);
	}

	private static UUID id(String text) {
		var id = Typed.id(text);
		if (id == null) {
			throw new NotFound();
		}
		return id;
	}
}
