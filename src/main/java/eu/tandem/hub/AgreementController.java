package eu.tandem.hub;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import eu.tandem.agency.Agencies;
import eu.tandem.agency.Agency;
import eu.tandem.agency.Sector;
import eu.tandem.identity.AgencyId;
import eu.tandem.identity.CurrentUser;
import eu.tandem.kernel.EditConflict;
import eu.tandem.kernel.InvalidInput;
import eu.tandem.kernel.NotFound;
import eu.tandem.web.FormErrors;
import eu.tandem.web.Words;
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

/** Drafting, reading, revising and signing a hub's information-sharing agreements. */
@Controller
class AgreementController {

	private final Hubs hubs;
	private final Agreements agreements;
	private final Agencies agencies;
	private final Clock clock;

	AgreementController(Hubs hubs, Agreements agreements, Agencies agencies, Clock clock) {
		this.hubs = hubs;
		this.agreements = agreements;
		this.agencies = agencies;
		this.clock = clock;
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("categories", List.of(DataCategory.values()));
		model.addAttribute("sectors", List.of(Sector.values()));
		model.addAttribute("sharingPurposes", List.of(SharingPurpose.values()));
		model.addAttribute("art6Bases", List.of(Art6Basis.values()));
		model.addAttribute("art9Conditions", List.of(Art9Condition.values()));
	}

	@GetMapping("/network/hubs/{id}/agreements/new")
	String newForm(@PathVariable String id, @AuthenticationPrincipal CurrentUser user, Model model) {
		var hub = editable(id, user);
		prepare(model, hub, null);
		model.addAttribute("form", AgreementForm.blank());
		return "hub/agreement-form";
	}

	@PostMapping("/network/hubs/{id}/agreements")
	String draft(@PathVariable String id, @ModelAttribute("form") AgreementForm form, BindingResult errors,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		var hub = editable(id, user);
		prepare(model, hub, null);
		var terms = form.toTerms(errors);
		if (terms == null) {
			return "hub/agreement-form";
		}
		try {
			var version = agreements.draft(hub.id(), terms, user);
			redirect.addFlashAttribute("notice", Words.of("hub.notice.drafted", version.title()));
			return "redirect:/network/agreements/" + version.agreement() + "/versions/1";
		}
		catch (InvalidInput invalid) {
			FormErrors.reject(errors, invalid);
			return "hub/agreement-form";
		}
	}

	@GetMapping("/network/agreements/{agreement}/versions/{number}")
	String version(@PathVariable String agreement, @PathVariable int number, @AuthenticationPrincipal CurrentUser user,
			Model model) {
		var id = AgreementId.parse(agreement).orElseThrow(NotFound::new);
		var versions = agreements.versions(id);
		var version = versions.stream().filter(v -> v.number() == number).findFirst().orElseThrow(NotFound::new);
		var hub = agreements.hubOf(id).flatMap(hubs::find).orElseThrow(NotFound::new);
		var today = hub.today(clock);
		model.addAttribute("hub", hub);
		model.addAttribute("version", version);
		model.addAttribute("versions", versions);
		model.addAttribute("latest", versions.getLast().number() == number);
		model.addAttribute("status", SharingPolicy.status(versions, today, agencies::nameOf));
		model.addAttribute("inForce", version.inForceOn(today));
		model.addAttribute("parties", version.parties().stream().map(agencies::find).flatMap(Optional::stream)
			.sorted(Comparator.comparing(Agency::name)).toList());
		model.addAttribute("mayEdit", HubStewardship.mayEdit(user, hub));
		model.addAttribute("maySignFor", AgreementRules.maySignForOwnAgency(user, version, versions.getLast().number())
				? agencies.find(user.agencyId()).orElse(null) : null);
		model.addAttribute("today", today);
		return "hub/agreement";
	}

	@GetMapping("/network/agreements/{agreement}/revise")
	String reviseForm(@PathVariable String agreement, @AuthenticationPrincipal CurrentUser user, Model model) {
		var id = AgreementId.parse(agreement).orElseThrow(NotFound::new);
		var hub = editable(agreements.hubOf(id).orElseThrow(NotFound::new).toString(), user);
		var latest = agreements.versions(id).getLast();
		prepare(model, hub, latest);
		model.addAttribute("form", AgreementForm.of(latest));
		return "hub/agreement-form";
	}

	@PostMapping("/network/agreements/{agreement}/versions")
	String revise(@PathVariable String agreement, @ModelAttribute("form") AgreementForm form, BindingResult errors,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		var id = AgreementId.parse(agreement).orElseThrow(NotFound::new);
		var hub = editable(agreements.hubOf(id).orElseThrow(NotFound::new).toString(), user);
		prepare(model, hub, agreements.versions(id).getLast());
		var terms = form.toTerms(errors);
		if (terms == null) {
			return "hub/agreement-form";
		}
		try {
			var version = agreements.revise(id, form.getBasedOn(), terms, form.getChangeNote(), user);
			redirect.addFlashAttribute("notice", Words.of("hub.notice.revised", String.valueOf(version.number())));
			return "redirect:/network/agreements/" + id + "/versions/" + version.number();
		}
		catch (InvalidInput invalid) {
			FormErrors.reject(errors, invalid);
			return "hub/agreement-form";
		}
		catch (EditConflict conflict) {
			redirect.addFlashAttribute("conflict", new DefaultMessageSourceResolvable(conflict));
			return "redirect:/network/agreements/" + id + "/revise";
		}
	}

	@PostMapping("/network/agreements/{agreement}/versions/{number}/sign")
	String sign(@PathVariable String agreement, @PathVariable int number,
			@RequestParam(defaultValue = "") String agency, @RequestParam(defaultValue = "") String signatoryName,
			@RequestParam(defaultValue = "") String signedOn, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		var id = AgreementId.parse(agreement).orElseThrow(NotFound::new);
		var hub = agreements.hubOf(id).flatMap(hubs::find).orElseThrow(NotFound::new);
		try {
			var party = AgencyId.parse(agency).orElseThrow(() -> InvalidInput.of("agency", "hub.error.signFor"));
			var day = signedOn.isBlank() ? hub.today(clock) : parse(signedOn);
			agreements.sign(id, number, party, signatoryName, day, user);
			redirect.addFlashAttribute("notice", Words.of("hub.notice.signed", agencies.nameOf(party)));
		}
		catch (InvalidInput refused) {
			redirect.addFlashAttribute("problem", new DefaultMessageSourceResolvable(refused));
		}
		return "redirect:/network/agreements/" + id + "/versions/" + number;
	}

	private static LocalDate parse(String day) {
		try {
			return LocalDate.parse(day.strip());
		}
		catch (DateTimeParseException notADate) {
			throw InvalidInput.of("signedOn", "hub.error.signedOnNotADate");
		}
	}

	private void prepare(Model model, Hub hub, AgreementVersion basedOn) {
		model.addAttribute("hub", hub);
		model.addAttribute("basedOn", basedOn);
		model.addAttribute("memberAgencies", hub.agencies().stream().map(member -> agencies.find(member.agency()))
			.flatMap(Optional::stream).sorted(Comparator.comparing(Agency::name)).toList());
	}

	private Hub editable(String id, CurrentUser user) {
		return hubs.forSteward(HubId.parse(id).orElseThrow(NotFound::new), user);
	}
}
