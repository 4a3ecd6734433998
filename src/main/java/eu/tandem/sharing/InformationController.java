package eu.tandem.sharing;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import eu.tandem.agency.Agencies;
import eu.tandem.agency.Agency;
import eu.tandem.casework.CaseFiles;
import eu.tandem.casework.CaseId;
import eu.tandem.hub.DataCategory;
import eu.tandem.hub.Hub;
import eu.tandem.hub.Hubs;
import eu.tandem.hub.SharingPurpose;
import eu.tandem.identity.Accounts;
import eu.tandem.identity.AgencyId;
import eu.tandem.identity.CurrentUser;
import eu.tandem.identity.StaffCard;
import eu.tandem.identity.UserId;
import eu.tandem.kernel.EditConflict;
import eu.tandem.kernel.InvalidInput;
import eu.tandem.kernel.NotFound;
import eu.tandem.web.FormErrors;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A case's information, an item with its corrections, and the disclosure ledger: the screens over {@link CaseInformation}
 * and {@link Disclosures}. A refused form comes back on its page with every problem next to its field and what was
 * typed kept.
 */
@Controller
class InformationController {

	private final CaseInformation information;
	private final Disclosures disclosures;
	private final CaseFiles cases;
	private final Hubs hubs;
	private final Accounts accounts;
	private final Agencies agencies;

	InformationController(CaseInformation information, Disclosures disclosures, CaseFiles cases, Hubs hubs, Accounts accounts,
			Agencies agencies) {
		this.information = information;
		this.disclosures = disclosures;
		this.cases = cases;
		this.hubs = hubs;
		this.accounts = accounts;
		this.agencies = agencies;
	}

	@GetMapping("/cases/{id}/information")
	String show(@PathVariable String id, @AuthenticationPrincipal CurrentUser user, Model model) {
		return page(caseId(id), user, model);
	}

	/** The information page with its two forms: as typed where one was refused, empty otherwise. */
	private String page(CaseId caseId, CurrentUser user, Model model) {
		var items = information.visible(caseId, user);
		var standing = cases.standing(caseId, user).orElseThrow(NotFound::new);
		var hub = hubs.find(standing.file().hub()).orElseThrow();
		model.addAttribute("caseId", caseId);
		model.addAttribute("standing", standing);
		model.addAttribute("items", items);
		var unreached = agencies.find(items.stream().flatMap(item -> item.notReaching().stream()).collect(Collectors.toSet()))
			.stream().collect(Collectors.toMap(Agency::id, agency -> agency.name() + " (" + agency.details().sector().inWords() + ")"));
		model.addAttribute("unshared", items.stream().filter(item -> !item.notReaching().isEmpty())
			.collect(Collectors.toMap(Item::id, item -> notSharedInWords(item, unreached))));
		model.addAttribute("held", items.stream().filter(item -> item.sourceAgency().equals(user.agencyId())).toList());
		model.addAttribute("authors", names(items.stream().map(Item::author).collect(Collectors.toSet())));
		model.addAttribute("agencyNames", agencyNames(hub));
		model.addAttribute("otherAgencies", hub.agencies().stream().map(Hub.MemberAgency::agency)
			.filter(agency -> !agency.equals(user.agencyId())).toList());
		model.addAttribute("categories", DataCategory.values());
		model.addAttribute("recordable", Arrays.stream(DataCategory.values()).filter(category -> NeedToKnow.mayRecord(user, category)).toList());
		model.addAttribute("kinds", List.of(ItemKind.NOTE, ItemKind.OBSERVATION, ItemKind.SCREENER_RESULT));
		model.addAttribute("purposes", SharingPurpose.values());
		model.addAttribute("grounds", Disclosure.Ground.values());
		var ownDisclosures = standing.team() ? disclosures.madeByMyAgency(caseId, user) : List.<Disclosure>of();
		model.addAttribute("ownDisclosures", ownDisclosures);
		model.addAttribute("discloserNames", names(ownDisclosures.stream().map(Disclosure::disclosedBy).collect(Collectors.toSet())));
		model.addAttribute("consents", standing.team() ? disclosures.consents(caseId, user).stream()
			.filter(consent -> consent.decision() == Consent.Decision.GIVEN && !disclosures.withdrawn(consent.id())).toList() : List.of());
		if (!model.containsAttribute("recordForm")) {
			model.addAttribute("recordForm", new RecordForm());
		}
		if (!model.containsAttribute("disclosureForm")) {
			model.addAttribute("disclosureForm", new DisclosureForm());
		}
		return "sharing/information";
	}

	@PostMapping("/cases/{id}/information")
	String record(@PathVariable String id, @ModelAttribute("recordForm") RecordForm form, BindingResult errors,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		var caseId = caseId(id);
		var category = form.category();
		try {
			information.record(caseId, category, form.kind(), form.getText(), user);
		}
		catch (InvalidInput refused) {
			FormErrors.reject(errors, refused);
			return page(caseId, user, model);
		}
		redirect.addFlashAttribute("notice", "Recorded. " + who(category));
		return "redirect:/cases/" + caseId + "/information";
	}

	@GetMapping("/cases/{id}/information/{item}")
	String item(@PathVariable String id, @PathVariable String item, @AuthenticationPrincipal CurrentUser user, Model model) {
		var itemId = ItemId.parse(item).orElseThrow(NotFound::new);
		return itemPage(caseId(id), itemId, user, model);
	}

	/**
	 * A correction refused for what was typed comes back with the problems next to their fields; one refused because
	 * someone corrected the item meanwhile comes back with their wording beside the user's, which is kept, so that the
	 * user merges the two and nothing is overwritten unseen.
	 */
	@PostMapping("/cases/{id}/information/{item}/rectify")
	String rectify(@PathVariable String id, @PathVariable String item, @ModelAttribute("correction") CorrectionForm form,
			BindingResult errors, @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		var caseId = caseId(id);
		var itemId = ItemId.parse(item).orElseThrow(NotFound::new);
		try {
			information.rectify(itemId, form.getText(), form.getReason(), form.typedAgainst(), user);
		}
		catch (InvalidInput refused) {
			FormErrors.reject(errors, refused);
			return itemPage(caseId, itemId, user, model);
		}
		catch (EditConflict conflict) {
			model.addAttribute("conflict", conflict.getMessage());
			var page = itemPage(caseId, itemId, user, model);
			form.seen((Item) model.getAttribute("item"));
			return page;
		}
		redirect.addFlashAttribute("notice", "Corrected. The earlier wording is kept in the item's history.");
		return "redirect:/cases/" + caseId + "/information";
	}

	private String itemPage(CaseId caseId, ItemId itemId, CurrentUser user, Model model) {
		var shown = information.view(itemId, user);
		if (!shown.caseId().equals(caseId)) {
			throw new NotFound();
		}
		model.addAttribute("item", shown);
		model.addAttribute("history", information.history(itemId, user));
		model.addAttribute("agencyName", agencies.nameOf(shown.sourceAgency()));
		model.addAttribute("authors", names(Set.of(shown.author())));
		if (!model.containsAttribute("correction")) {
			model.addAttribute("correction", CorrectionForm.of(shown));
		}
		return "sharing/item";
	}

	@PostMapping("/cases/{id}/disclosures")
	String disclose(@PathVariable String id, @ModelAttribute("disclosureForm") DisclosureForm form, BindingResult errors,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		var caseId = caseId(id);
		var request = form.toRequest(errors);
		if (request == null) {
			return page(caseId, user, model);
		}
		try {
			disclosures.disclose(caseId, request, user);
		}
		catch (InvalidInput refused) {
			FormErrors.reject(errors, refused);
			return page(caseId, user, model);
		}
		redirect.addFlashAttribute("notice", "Disclosed. The disclosure is in the case's ledger.");
		return "redirect:/cases/" + caseId + "/information";
	}

	@GetMapping("/cases/{id}/disclosures")
	String ledger(@PathVariable String id, @AuthenticationPrincipal CurrentUser user, Model model) {
		var caseId = caseId(id);
		var entries = disclosures.ledger(caseId, user);
		var hub = hubs.find(cases.standing(caseId, user).orElseThrow().file().hub()).orElseThrow();
		model.addAttribute("caseId", caseId);
		model.addAttribute("entries", entries);
		model.addAttribute("agencyNames", agencyNames(hub));
		model.addAttribute("people", names(entries.stream().map(Disclosure::disclosedBy).collect(Collectors.toSet())));
		return "sharing/ledger";
	}

	@PostMapping("/cases/{id}/disclosures/{disclosure}/revoke")
	String revoke(@PathVariable String id, @PathVariable String disclosure, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		var caseId = caseId(id);
		var disclosureId = Typed.id(disclosure).orElseThrow(NotFound::new);
		try {
			disclosures.revoke(disclosureId, user);
			redirect.addFlashAttribute("notice", "The disclosure is revoked; its recipients no longer see the items.");
		}
		catch (InvalidInput refused) {
			redirect.addFlashAttribute("problem", refused.getMessage());
		}
		return "redirect:/cases/" + caseId + "/information";
	}

	private static String who(DataCategory category) {
		return switch (category) {
			case HEALTH -> "Only the health professionals of your agency on this case see it, unless it is disclosed.";
			case SECURITY, JUSTICE -> "Only your agency's people on this case see it, unless it is disclosed.";
			case IDENTITY, SOCIAL, EDUCATION -> "Your agency sees it, and the team's other agencies where the hub's "
					+ "agreement lets it reach them; the item says whom it does not reach.";
		};
	}

	/**
	 * "Not shared with Augsburg Police Prevention Unit (police) under the agreement — disclose it if the purpose needs
	 * it": told to the recording agency only, so that a hidden item is a choice and not an accident.
	 */
	private static String notSharedInWords(Item item, Map<AgencyId, String> named) {
		var whom = item.notReaching().stream().map(agency -> named.getOrDefault(agency, "another agency"))
			.sorted().collect(Collectors.joining(", "));
		return switch (item.category()) {
			case IDENTITY, SOCIAL, EDUCATION -> "Not shared with " + whom + " under the hub's agreement — disclose it if the "
					+ "purpose needs it.";
			case HEALTH, SECURITY, JUSTICE -> "Not shared with " + whom + ": " + item.category().inWords() + " stays with "
					+ "your agency — disclose it, or a summary, if the purpose needs it.";
		};
	}

	private Map<UserId, String> names(Set<UserId> users) {
		return users.stream().collect(Collectors.toMap(user -> user,
				user -> accounts.card(user).map(StaffCard::displayName).orElse("(account removed)")));
	}

	private Map<AgencyId, String> agencyNames(Hub hub) {
		return hub.agencies().stream().map(Hub.MemberAgency::agency)
			.sorted(Comparator.comparing(agencies::nameOf))
			.collect(Collectors.toMap(agency -> agency, agencies::nameOf, (a, b) -> a, java.util.LinkedHashMap::new));
	}

	private static CaseId caseId(String id) {
		return CaseId.parse(id).orElseThrow(NotFound::new);
	}
}
