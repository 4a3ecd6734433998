package eu.tandem.sharing;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
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
import eu.tandem.web.EditConflict;
import eu.tandem.web.InvalidInput;
import eu.tandem.web.NotFound;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A case's information, its consents and its disclosure ledger: the screens over {@link CaseInformation} and {@link Disclosures}. */
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
		var caseId = caseId(id);
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
		return "sharing/information";
	}

	@PostMapping("/cases/{id}/information")
	String record(@PathVariable String id, @RequestParam(defaultValue = "") String category, @RequestParam(defaultValue = "") String kind,
			@RequestParam(defaultValue = "") String text, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		var caseId = caseId(id);
		return act(caseId, "/information", redirect, () -> {
			var chosen = parse(DataCategory.class, category).orElseThrow(() -> new InvalidInput("category", "Choose what kind of information it is."));
			var sort = parse(ItemKind.class, kind).filter(k -> k != ItemKind.SUMMARY).orElse(ItemKind.NOTE);
			information.record(caseId, chosen, sort, text, user);
			return "Recorded. " + who(chosen);
		});
	}

	@PostMapping("/cases/{id}/information/{item}/rectify")
	String rectify(@PathVariable String id, @PathVariable String item, @RequestParam(defaultValue = "") String text,
			@RequestParam(defaultValue = "") String reason, @RequestParam(defaultValue = "-1") long version,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		var caseId = caseId(id);
		var itemId = ItemId.parse(item).orElseThrow(NotFound::new);
		return act(caseId, "/information", redirect, () -> {
			information.rectify(itemId, text, reason, version, user);
			return "Corrected. The earlier wording is kept in the item's history.";
		});
	}

	@GetMapping("/cases/{id}/information/{item}")
	String item(@PathVariable String id, @PathVariable String item, @AuthenticationPrincipal CurrentUser user, Model model) {
		var itemId = ItemId.parse(item).orElseThrow(NotFound::new);
		var shown = information.view(itemId, user);
		if (!shown.caseId().equals(caseId(id))) {
			throw new NotFound();
		}
		model.addAttribute("item", shown);
		model.addAttribute("history", information.history(itemId, user));
		model.addAttribute("agencyName", agencies.nameOf(shown.sourceAgency()));
		model.addAttribute("authors", names(Set.of(shown.author())));
		return "sharing/item";
	}

	@PostMapping("/cases/{id}/disclosures")
	String disclose(@PathVariable String id, @RequestParam(name = "items", required = false) List<String> items,
			@RequestParam(defaultValue = "") String summary, @RequestParam(defaultValue = "") String summaryCategory,
			@RequestParam(defaultValue = "") String recipient, @RequestParam(defaultValue = "") String purpose,
			@RequestParam(defaultValue = "") String legalBasis, @RequestParam(defaultValue = "") String ground,
			@RequestParam(defaultValue = "") String consent, @RequestParam(defaultValue = "") String statute,
			@RequestParam(defaultValue = "") String expiresOn, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		var caseId = caseId(id);
		return act(caseId, "/information", redirect, () -> {
			var chosen = (items == null ? List.<String>of() : items).stream()
				// an id that is not one is refused like an item the practitioner does not hold, and traced the same way
				.map(text -> ItemId.parse(text).orElse(new ItemId(new UUID(0, 0))))
				.collect(Collectors.toSet());
			var toTeam = "team".equals(recipient);
			var toAgency = toTeam ? null : parseUuid(recipient).map(AgencyId::new).orElse(null);
			disclosures.disclose(caseId, new DisclosureRequest(chosen, summary, parse(DataCategory.class, summaryCategory).orElse(null),
					toTeam, toAgency, parse(SharingPurpose.class, purpose).orElse(null), legalBasis,
					parse(Disclosure.Ground.class, ground).orElse(null), parseUuid(consent).orElse(null), statute,
					date("expiresOn", expiresOn)), user);
			return "Disclosed. The disclosure is in the case's ledger.";
		});
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
		var disclosureId = parseUuid(disclosure).orElseThrow(NotFound::new);
		return act(caseId, "/information", redirect, () -> {
			disclosures.revoke(disclosureId, user);
			return "The disclosure is revoked; its recipients no longer see the items.";
		});
	}

	@GetMapping("/cases/{id}/consent")
	String consent(@PathVariable String id, @AuthenticationPrincipal CurrentUser user, Model model) {
		var caseId = caseId(id);
		var all = disclosures.consents(caseId, user);
		var hub = hubs.find(cases.standing(caseId, user).orElseThrow().file().hub()).orElseThrow();
		model.addAttribute("caseId", caseId);
		model.addAttribute("consents", all);
		model.addAttribute("withdrawn", all.stream().map(Consent::withdraws).filter(java.util.Objects::nonNull).collect(Collectors.toSet()));
		model.addAttribute("agencyNames", agencyNames(hub));
		model.addAttribute("hubAgencies", hub.agencies().stream().map(Hub.MemberAgency::agency).toList());
		model.addAttribute("categories", DataCategory.values());
		model.addAttribute("purposes", SharingPurpose.values());
		model.addAttribute("obtainedWays", Consent.Obtained.values());
		model.addAttribute("deciders", Consent.DecidedBy.values());
		model.addAttribute("today", LocalDate.now());
		return "sharing/consent";
	}

	@PostMapping("/cases/{id}/consent")
	String recordConsent(@PathVariable String id, @RequestParam(defaultValue = "") String decision,
			@RequestParam(defaultValue = "") String decidedBy, @RequestParam(name = "agencies", required = false) List<String> agencyIds,
			@RequestParam(name = "categories", required = false) List<String> categories,
			@RequestParam(name = "purposes", required = false) List<String> purposes, @RequestParam(defaultValue = "") String decidedOn,
			@RequestParam(defaultValue = "") String obtained, @RequestParam(defaultValue = "") String documentReference,
			@RequestParam(defaultValue = "") String capacityNote, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		var caseId = caseId(id);
		return act(caseId, "/consent", redirect, () -> {
			disclosures.recordConsent(caseId, new ConsentRequest(parse(Consent.Decision.class, decision).orElse(null),
					parse(Consent.DecidedBy.class, decidedBy).orElse(null),
					list(agencyIds).stream().map(InformationController::parseUuid).flatMap(Optional::stream).map(AgencyId::new)
						.collect(Collectors.toSet()),
					list(categories).stream().map(c -> parse(DataCategory.class, c)).flatMap(Optional::stream).collect(Collectors.toSet()),
					list(purposes).stream().map(p -> parse(SharingPurpose.class, p)).flatMap(Optional::stream).collect(Collectors.toSet()),
					date("decidedOn", decidedOn), parse(Consent.Obtained.class, obtained).orElse(null), documentReference,
					capacityNote), user);
			return "Consent decision recorded.";
		});
	}

	@PostMapping("/cases/{id}/consent/{consent}/withdraw")
	String withdraw(@PathVariable String id, @PathVariable String consent, @RequestParam(defaultValue = "") String decidedBy,
			@RequestParam(defaultValue = "") String decidedOn, @RequestParam(defaultValue = "") String obtained,
			@RequestParam(defaultValue = "") String documentReference, @RequestParam(defaultValue = "") String note,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		var caseId = caseId(id);
		var consentId = parseUuid(consent).orElseThrow(NotFound::new);
		return act(caseId, "/consent", redirect, () -> {
			var flagged = disclosures.withdraw(consentId, parse(Consent.DecidedBy.class, decidedBy).orElse(null),
					date("decidedOn", decidedOn), parse(Consent.Obtained.class, obtained).orElse(null), documentReference, note, user);
			return "Withdrawal recorded. No new disclosure can rest on this consent; " + flagged
					+ (flagged == 1 ? " disclosure already made under it is" : " disclosures already made under it are")
					+ " flagged for the recipients to review.";
		});
	}

	private interface Step {
		String perform();
	}

	private static String act(CaseId caseId, String page, RedirectAttributes redirect, Step step) {
		try {
			redirect.addFlashAttribute("notice", step.perform());
		}
		catch (InvalidInput | EditConflict refused) {
			redirect.addFlashAttribute("problem", refused.getMessage());
		}
		return "redirect:/cases/" + caseId + page;
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

	private static List<String> list(List<String> values) {
		return values == null ? List.of() : values;
	}

	private static LocalDate date(String field, String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException notADate) {
			throw new InvalidInput(field, "Enter the date as day, month and year, e.g. 2026-11-26.");
		}
	}

	private static Optional<UUID> parseUuid(String text) {
		try {
			return Optional.of(UUID.fromString(text.strip()));
		}
		catch (IllegalArgumentException | NullPointerException notAnId) {
			return Optional.empty();
		}
	}

	private static <E extends Enum<E>> Optional<E> parse(Class<E> type, String name) {
		return Arrays.stream(type.getEnumConstants()).filter(constant -> constant.name().equals(name)).findFirst();
	}
}
