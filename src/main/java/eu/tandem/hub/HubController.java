package eu.tandem.hub;

import java.time.Clock;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import eu.tandem.agency.Agencies;
import eu.tandem.agency.Country;
import eu.tandem.agency.Sector;
import eu.tandem.identity.Accounts;
import eu.tandem.identity.AgencyId;
import eu.tandem.identity.CurrentUser;
import eu.tandem.identity.StaffCard;
import eu.tandem.identity.UserId;
import eu.tandem.kernel.EditConflict;
import eu.tandem.kernel.InvalidInput;
import eu.tandem.kernel.NotFound;
import eu.tandem.web.FormErrors;
import eu.tandem.web.Words;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.security.access.prepost.PreAuthorize;
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

/** The hubs of the network for signed-in staff; their coordinators run them from here. */
@Controller
class HubController {

	/** A member agency as the hub page lists it. */
	record AgencyRow(AgencyId id, String name, Sector sector, String roleInHub) {
	}

	/** A named person in the hub as the hub page lists them. */
	record MemberRow(UserId id, String name, String agency, HubRole role) {
	}

	/** An agreement with where it stands today. */
	record AgreementRow(AgreementId id, String title, int latest, MessageSourceResolvable status) {
	}

	private final Hubs hubs;
	private final CaseOwnership ownership;
	private final Agreements agreements;
	private final Agencies agencies;
	private final Accounts accounts;
	private final Clock clock;

	HubController(Hubs hubs, Agreements agreements, Agencies agencies, Accounts accounts, CaseOwnership ownership, Clock clock) {
		this.ownership = ownership;
		this.hubs = hubs;
		this.agreements = agreements;
		this.agencies = agencies;
		this.accounts = accounts;
		this.clock = clock;
	}

	@ModelAttribute("levels")
	List<HubLevel> levels() {
		return List.of(HubLevel.values());
	}

	@GetMapping("/network/hubs")
	String list(Model model) {
		model.addAttribute("hubs", hubs.all());
		return "hub/list";
	}

	@GetMapping("/network/hubs/{id}")
	String show(@PathVariable String id, @AuthenticationPrincipal CurrentUser user, Model model) {
		var hub = load(id);
		var today = hub.today(clock);
		var hubAgreements = agreements.ofHub(hub.id());
		model.addAttribute("hub", hub);
		model.addAttribute("mayEdit", HubStewardship.mayEdit(user, hub));
		model.addAttribute("mayReadCatalogue", HubStewardship.worksIn(user, hub));
		model.addAttribute("agencyRows", hub.agencies().stream()
			.map(member -> agencies.find(member.agency()).map(agency -> new AgencyRow(agency.id(), agency.name(),
					agency.details().sector(), member.roleInHub())))
			.flatMap(Optional::stream)
			.sorted(Comparator.comparing(AgencyRow::name))
			.toList());
		model.addAttribute("memberRows", hub.members().stream()
			.map(member -> accounts.card(member.user()).map(card -> new MemberRow(card.id(), card.displayName(),
					agencies.nameOf(card.agencyId()), member.role())))
			.flatMap(Optional::stream)
			.sorted(Comparator.comparing(MemberRow::role).thenComparing(MemberRow::name))
			.toList());
		model.addAttribute("agreementRows", hubAgreements.stream()
			.map(versions -> new AgreementRow(versions.getFirst().agreement(), versions.getLast().title(),
					versions.getLast().number(), SharingPolicy.status(versions, today, agencies::nameOf)))
			.toList());
		model.addAttribute("checklist", SetupChecklist.of(hub, hubAgreements, ownership.casesWithAnOwner(hub.id()), today, agencies::nameOf));
		model.addAttribute("supportedHubs", hubs.supportedBy(hub.id()));
		model.addAttribute("supportingHub", hub.details().supportedBy() == null ? null
				: hubs.find(hub.details().supportedBy()).orElse(null));
		model.addAttribute("candidateAgencies", agencies.all().stream()
			.filter(agency -> !hub.hasMemberAgency(agency.id())).toList());
		model.addAttribute("candidateMembers", hub.agencies().stream()
			.flatMap(member -> accounts.activeStaffOf(member.agency()).stream())
			.filter(card -> hub.member(card.id()).isEmpty())
			.sorted(Comparator.comparing(StaffCard::displayName))
			.map(card -> new MemberRow(card.id(), card.displayName(), agencies.nameOf(card.agencyId()), null))
			.toList());
		model.addAttribute("hubRoles", List.of(HubRole.values()));
		return "hub/show";
	}

	@PreAuthorize("hasRole('SYSTEM_ADMINISTRATOR')")
	@GetMapping("/network/hubs/new")
	String newForm(Locale locale, Model model) {
		prepareForm(model, null, locale);
		model.addAttribute("form", new HubForm());
		return "hub/form";
	}

	@PreAuthorize("hasRole('SYSTEM_ADMINISTRATOR')")
	@PostMapping("/network/hubs")
	String create(@ModelAttribute("form") HubForm form, BindingResult errors, @AuthenticationPrincipal CurrentUser user,
			Locale locale, Model model, RedirectAttributes redirect) {
		prepareForm(model, null, locale);
		var details = form.toDetails(errors);
		if (details == null) {
			return "hub/form";
		}
		try {
			var hub = hubs.create(details, user);
			redirect.addFlashAttribute("notice", Words.of("hub.notice.created", hub.name()));
			return "redirect:/network/hubs/" + hub.id();
		}
		catch (InvalidInput invalid) {
			FormErrors.reject(errors, invalid);
			return "hub/form";
		}
	}

	@GetMapping("/network/hubs/{id}/edit")
	String editForm(@PathVariable String id, @AuthenticationPrincipal CurrentUser user, Locale locale, Model model) {
		var hub = editable(id, user);
		prepareForm(model, hub, locale);
		model.addAttribute("form", HubForm.of(hub));
		return "hub/form";
	}

	@PostMapping("/network/hubs/{id}")
	String update(@PathVariable String id, @ModelAttribute("form") HubForm form, BindingResult errors,
			@AuthenticationPrincipal CurrentUser user, Locale locale, Model model, RedirectAttributes redirect) {
		var hub = editable(id, user);
		prepareForm(model, hub, locale);
		var details = form.toDetails(errors);
		if (details == null) {
			return "hub/form";
		}
		try {
			hubs.update(hub.id(), details, form.getVersion(), user);
			redirect.addFlashAttribute("notice", Words.of("hub.notice.saved", details.name()));
			return "redirect:/network/hubs/" + hub.id();
		}
		catch (InvalidInput invalid) {
			FormErrors.reject(errors, invalid);
			return "hub/form";
		}
		catch (EditConflict conflict) {
			redirect.addFlashAttribute("conflict", new DefaultMessageSourceResolvable(conflict));
			return "redirect:/network/hubs/" + hub.id() + "/edit";
		}
	}

	@PostMapping("/network/hubs/{id}/agencies")
	String addAgency(@PathVariable String id, @RequestParam(defaultValue = "") String agency,
			@RequestParam(defaultValue = "") String roleInHub, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		var hub = load(id);
		return act(hub, redirect, () -> {
			var agencyId = AgencyId.parse(agency).orElseThrow(() -> InvalidInput.of("agency", "hub.error.agency"));
			hubs.addAgency(hub.id(), agencyId, roleInHub, user);
			return Words.of("hub.notice.agencyAdded", agencies.nameOf(agencyId), hub.name());
		});
	}

	@PostMapping("/network/hubs/{id}/agencies/{agency}/remove")
	String removeAgency(@PathVariable String id, @PathVariable String agency, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		var hub = load(id);
		var agencyId = AgencyId.parse(agency).filter(hub::hasMemberAgency).orElseThrow(NotFound::new);
		return act(hub, redirect, () -> {
			hubs.removeAgency(hub.id(), agencyId, user);
			return Words.of("hub.notice.agencyRemoved", agencies.nameOf(agencyId), hub.name());
		});
	}

	@PostMapping("/network/hubs/{id}/members")
	String appoint(@PathVariable String id, @RequestParam(defaultValue = "") String member,
			@RequestParam(defaultValue = "") String role, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		var hub = load(id);
		return act(hub, redirect, () -> {
			var userId = UserId.parse(member).orElseThrow(() -> InvalidInput.of("member", "hub.error.member"));
			var hubRole = Arrays.stream(HubRole.values()).filter(r -> r.name().equals(role)).findFirst()
				.orElseThrow(() -> InvalidInput.of("role", "hub.error.role"));
			hubs.appoint(hub.id(), userId, hubRole, user);
			return Words.of("hub.notice.appointed", nameOf(userId), Words.of("hub.role.phrase." + hubRole.name()));
		});
	}

	@PostMapping("/network/hubs/{id}/members/{member}/dismiss")
	String dismiss(@PathVariable String id, @PathVariable String member, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		var hub = load(id);
		var userId = UserId.parse(member).filter(u -> hub.member(u).isPresent()).orElseThrow(NotFound::new);
		return act(hub, redirect, () -> {
			hubs.dismiss(hub.id(), userId, user);
			return Words.of("hub.notice.dismissed", nameOf(userId));
		});
	}

	@PostMapping("/network/hubs/{id}/publish")
	String publish(@PathVariable String id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		var hub = load(id);
		return act(hub, redirect, () -> {
			hubs.publish(hub.id(), user);
			return Words.of("hub.notice.published", hub.name(), "/hubs/" + hub.id());
		});
	}

	@PostMapping("/network/hubs/{id}/unpublish")
	String unpublish(@PathVariable String id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		var hub = load(id);
		return act(hub, redirect, () -> {
			hubs.unpublish(hub.id(), user);
			return Words.of("hub.notice.unpublished", hub.name());
		});
	}

	private interface HubAction {
		MessageSourceResolvable perform();
	}

	/** Runs a change and reports it, or the rule that refused it, on the hub page. */
	private static String act(Hub hub, RedirectAttributes redirect, HubAction action) {
		try {
			redirect.addFlashAttribute("notice", action.perform());
		}
		catch (InvalidInput refused) {
			redirect.addFlashAttribute("problem", new DefaultMessageSourceResolvable(refused));
		}
		return "redirect:/network/hubs/" + hub.id();
	}

	/** A person's name, or words for someone whose account is gone. */
	private Object nameOf(UserId user) {
		return accounts.card(user).<Object>map(StaffCard::displayName).orElseGet(() -> Words.of("hub.notice.someone"));
	}

	private void prepareForm(Model model, Hub hub, Locale locale) {
		model.addAttribute("hub", hub);
		model.addAttribute("countries", Country.all(locale));
		model.addAttribute("nationalHubs", hubs.all().stream()
			.filter(other -> other.details().level() == HubLevel.NATIONAL && (hub == null || !other.id().equals(hub.id())))
			.toList());
	}

	private Hub load(String id) {
		return HubId.parse(id).flatMap(hubs::find).orElseThrow(NotFound::new);
	}

	private Hub editable(String id, CurrentUser user) {
		return hubs.forSteward(HubId.parse(id).orElseThrow(NotFound::new), user);
	}
}
