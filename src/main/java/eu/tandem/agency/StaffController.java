package eu.tandem.agency;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import eu.tandem.identity.AccountView;
import eu.tandem.identity.Accounts;
import eu.tandem.identity.AgencyId;
import eu.tandem.identity.CurrentUser;
import eu.tandem.identity.Profession;
import eu.tandem.identity.Role;
import eu.tandem.identity.StaffAdministration;
import eu.tandem.identity.UserId;
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
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An agency's staff, managed by its administrators. Another agency's staff pages do not exist for them:
 * every request checks the agency against the signed-in administrator and answers 404 otherwise.
 */
@Controller
class StaffController {

	private final Agencies agencies;
	private final Accounts accounts;

	StaffController(Agencies agencies, Accounts accounts) {
		this.agencies = agencies;
		this.accounts = accounts;
	}

	@ModelAttribute("professions")
	List<Profession> professions() {
		return List.of(Profession.values());
	}

	@GetMapping("/agencies/{agencyId}/staff")
	String list(@PathVariable String agencyId, @AuthenticationPrincipal CurrentUser user, Model model) {
		return search(agencyId, "", null, user, model);
	}

	/** The filter is posted so that the names people type stay out of addresses, history and logs. */
	@PostMapping("/agencies/{agencyId}/staff/search")
	String search(@PathVariable String agencyId, @RequestParam(defaultValue = "") String q,
			@RequestHeader(name = "HX-Request", required = false) String htmx, @AuthenticationPrincipal CurrentUser user,
			Model model) {
		var agency = manageable(agencyId, user);
		model.addAttribute("agency", agency);
		model.addAttribute("q", q);
		var staff = accounts.staffOf(agency.id(), q.length() > 200 ? q.substring(0, 200) : q, user);
		model.addAttribute("staff", staff);
		model.addAttribute("manageable", staff.stream().filter(member -> StaffAdministration.mayManage(user, member))
			.map(AccountView::id).collect(Collectors.toSet()));
		return htmx == null ? "agency/staff" : "agency/staff-results";
	}

	@GetMapping("/agencies/{agencyId}/staff/new")
	String newForm(@PathVariable String agencyId, @AuthenticationPrincipal CurrentUser user, Model model) {
		prepare(model, manageable(agencyId, user), user, null);
		model.addAttribute("form", new StaffForm());
		return "agency/staff-form";
	}

	@PostMapping("/agencies/{agencyId}/staff")
	String create(@PathVariable String agencyId, @ModelAttribute("form") StaffForm form, BindingResult errors,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		var agency = manageable(agencyId, user);
		prepare(model, agency, user, null);
		var account = form.toNewAccount(agency.id(), errors);
		if (account == null) {
			return "agency/staff-form";
		}
		try {
			var created = accounts.create(account, user);
			redirect.addFlashAttribute("notice", Words.of("agency.notice.staffAdded", created.displayName(), created.username()));
			return "redirect:/agencies/" + agency.id() + "/staff";
		}
		catch (InvalidInput invalid) {
			FormErrors.reject(errors, invalid);
			return "agency/staff-form";
		}
	}

	@GetMapping("/agencies/{agencyId}/staff/{userId}")
	String editForm(@PathVariable String agencyId, @PathVariable String userId, @AuthenticationPrincipal CurrentUser user,
			Model model) {
		var agency = manageable(agencyId, user);
		var account = member(agency, userId, user);
		prepare(model, agency, user, account);
		model.addAttribute("form", StaffForm.of(account));
		return "agency/staff-form";
	}

	@PostMapping("/agencies/{agencyId}/staff/{userId}")
	String update(@PathVariable String agencyId, @PathVariable String userId, @ModelAttribute("form") StaffForm form,
			BindingResult errors, @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		var agency = manageable(agencyId, user);
		var account = member(agency, userId, user);
		prepare(model, agency, user, account);
		var changes = form.toChanges(errors);
		if (changes == null) {
			return "agency/staff-form";
		}
		try {
			accounts.update(account.id(), changes, form.getVersion(), user);
			redirect.addFlashAttribute("notice", Words.of("agency.notice.saved", changes.displayName()));
			return "redirect:/agencies/" + agency.id() + "/staff";
		}
		catch (InvalidInput invalid) {
			FormErrors.reject(errors, invalid);
			return "agency/staff-form";
		}
		catch (EditConflict conflict) {
			redirect.addFlashAttribute("conflict", new DefaultMessageSourceResolvable(conflict));
			return "redirect:/agencies/" + agency.id() + "/staff/" + account.id();
		}
	}

	@PostMapping("/agencies/{agencyId}/staff/{userId}/deactivate")
	String deactivate(@PathVariable String agencyId, @PathVariable String userId,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		return act(agencyId, userId, user, redirect, (account) -> {
			accounts.deactivate(account.id(), user);
			return Words.of("agency.notice.deactivated", account.displayName());
		});
	}

	@PostMapping("/agencies/{agencyId}/staff/{userId}/reactivate")
	String reactivate(@PathVariable String agencyId, @PathVariable String userId,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		return act(agencyId, userId, user, redirect, (account) -> {
			accounts.reactivate(account.id(), user);
			return Words.of("agency.notice.reactivated", account.displayName());
		});
	}

	@PostMapping("/agencies/{agencyId}/staff/{userId}/reset-mfa")
	String resetMfa(@PathVariable String agencyId, @PathVariable String userId,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		return act(agencyId, userId, user, redirect, (account) -> {
			accounts.resetMfa(account.id(), user);
			return Words.of("agency.notice.mfaReset", account.displayName());
		});
	}

	private interface StaffAction {
		MessageSourceResolvable perform(AccountView account);
	}

	private String act(String agencyId, String userId, CurrentUser user, RedirectAttributes redirect, StaffAction action) {
		var agency = manageable(agencyId, user);
		var account = member(agency, userId, user);
		try {
			redirect.addFlashAttribute("notice", action.perform(account));
		}
		catch (InvalidInput refused) {
			redirect.addFlashAttribute("problem", new DefaultMessageSourceResolvable(refused));
		}
		return "redirect:/agencies/" + agency.id() + "/staff/" + account.id();
	}

	private void prepare(Model model, Agency agency, CurrentUser user, AccountView account) {
		model.addAttribute("agency", agency);
		model.addAttribute("account", account);
		model.addAttribute("assignableRoles", Arrays.stream(Role.values())
			.filter(role -> StaffAdministration.mayAssign(user, Set.of(role))).toList());
	}

	private Agency manageable(String agencyId, CurrentUser user) {
		return AgencyId.parse(agencyId)
			.filter(id -> StaffAdministration.mayManageStaffOf(user, id))
			.flatMap(agencies::find)
			.orElseThrow(NotFound::new);
	}

	private AccountView member(Agency agency, String userId, CurrentUser user) {
		return UserId.parse(userId)
			.flatMap(id -> accounts.find(id, user))
			.filter(account -> account.agencyId().equals(agency.id()))
			.orElseThrow(NotFound::new);
	}
}
