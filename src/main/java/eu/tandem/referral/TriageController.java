package eu.tandem.referral;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import eu.tandem.agency.Agencies;
import eu.tandem.casework.CaseFiles;
import eu.tandem.hub.Hub;
import eu.tandem.hub.Hubs;
import eu.tandem.identity.Accounts;
import eu.tandem.identity.CurrentUser;
import eu.tandem.identity.Profession;
import eu.tandem.identity.StaffCard;
import eu.tandem.kernel.InvalidInput;
import eu.tandem.kernel.NotFound;
import eu.tandem.kernel.ReferralId;
import eu.tandem.knowledge.Library;
import eu.tandem.person.PersonId;
import eu.tandem.person.PersonRecord;
import eu.tandem.person.Persons;
import eu.tandem.web.FormErrors;
import eu.tandem.web.Words;
import org.jspecify.annotations.Nullable;
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
 * The coordinator's triage: the queue, one referral with "is this person already known?", deconfliction
 * with the police member, and the decision. The police member's own screen answers deconfliction requests.
 */
@Controller
class TriageController {

	private final Referrals referrals;
	private final Persons persons;
	private final Hubs hubs;
	private final CaseFiles cases;
	private final Library library;
	private final Accounts accounts;
	private final Agencies agencies;

	TriageController(Referrals referrals, Persons persons, Hubs hubs, CaseFiles cases, Library library, Accounts accounts,
			Agencies agencies) {
		this.library = library;
		this.accounts = accounts;
		this.agencies = agencies;
		this.referrals = referrals;
		this.persons = persons;
		this.hubs = hubs;
		this.cases = cases;
	}

	@GetMapping("/triage")
	String queue(@AuthenticationPrincipal CurrentUser user, Model model) {
		var queue = referrals.triageQueue(user);
		var people = queue.stream().map(Referral::person).filter(Objects::nonNull).collect(Collectors.toSet());
		model.addAttribute("queue", queue);
		model.addAttribute("names", persons.namesForList(people, user, "triage queue"));
		model.addAttribute("hubNames", hubs.all().stream().collect(Collectors.toMap(Hub::id, Hub::name)));
		model.addAttribute("coordinates", !referrals.coordinatedHubs(user).isEmpty());
		return "referral/triage-list";
	}

	/** Who sent the referral and how to reach them, so that the coordinator can call back. */
	record Referrer(@Nullable String name, @Nullable Profession profession, String agency, String agencyPhone, String agencyEmail) {
	}

	@GetMapping("/triage/{id}")
	String referral(@PathVariable String id, @AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("decisionForm", new DecisionForm());
		return show(ReferralId.parse(id).orElseThrow(NotFound::new), user, model);
	}

	private String show(ReferralId id, CurrentUser user, Model model) {
		var referral = referrals.view(id, user, "triage");
		var coordinates = referrals.coordinates(referral, user);
		model.addAttribute("referrer", referrer(referral));
		model.addAttribute("referral", referral);
		model.addAttribute("hub", hubs.find(referral.hub()).orElseThrow());
		model.addAttribute("coordinates", coordinates);
		model.addAttribute("caseId", cases.ofReferral(referral.id()).map(file -> file.id().toString()).orElse(null));
		if (referral.person() != null) {
			var record = persons.view(referral.person(), user, "triage");
			model.addAttribute("person", record);
			// "already known?" shows other people the hub knows: for its coordinators only, never the case team
			model.addAttribute("candidates", coordinates
					? persons.candidates(referral.hub(), record.details(), Optional.of(referral.person()), user) : List.of());
		}
		model.addAttribute("decisions", Referral.Decision.values());
		model.addAttribute("knowledge", library.relevantTo(referral.caseAttributes()));
		return "referral/triage";
	}

	@PostMapping("/triage/{id}/deconfliction")
	String requestDeconfliction(@PathVariable String id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		var referralId = ReferralId.parse(id).orElseThrow(NotFound::new);
		return act(referralId, redirect, () -> {
			referrals.requestDeconfliction(referralId, user);
			return Words.of("referral.notice.deconflictionRequested");
		});
	}

	/** A refused decision comes back with the choice and the rationale as typed, each problem next to its field. */
	@PostMapping("/triage/{id}/decision")
	String decide(@PathVariable String id, @ModelAttribute("decisionForm") DecisionForm form, BindingResult errors,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		var referralId = ReferralId.parse(id).orElseThrow(NotFound::new);
		var chosen = form.checked(errors);
		if (chosen != null) {
			try {
				referrals.decide(referralId, chosen, form.getRationale(), form.getSignpostedTo(), user);
				redirect.addFlashAttribute("notice", Words.of("referral.notice.decided",
						new DefaultMessageSourceResolvable("referral.decision." + chosen.name())));
				return "redirect:/triage/" + referralId;
			}
			catch (InvalidInput refused) {
				FormErrors.reject(errors, refused);
			}
		}
		return show(referralId, user, model);
	}

	@PostMapping("/triage/{id}/same-person")
	String samePerson(@PathVariable String id, @RequestParam(defaultValue = "") String known,
			@RequestParam(defaultValue = "") String reason, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		var referralId = ReferralId.parse(id).orElseThrow(NotFound::new);
		return act(referralId, redirect, () -> {
			var person = PersonId.parse(known).orElseThrow(() -> InvalidInput.of("known", "referral.error.personNotInTheList"));
			referrals.sameAsKnownPerson(referralId, person, reason, user);
			return Words.of("referral.notice.merged");
		});
	}

	@PostMapping("/triage/{id}/not-same-person")
	String notSamePerson(@PathVariable String id, @RequestParam(defaultValue = "") String reason,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		var referralId = ReferralId.parse(id).orElseThrow(NotFound::new);
		return act(referralId, redirect, () -> {
			referrals.notSamePerson(referralId, reason, user);
			return Words.of("referral.notice.unmerged");
		});
	}

	/**
	 * A request as the police member sees it: everything that identifies the person, so that they can search their
	 * own systems — names and aliases, date of birth, towns, identifiers, a minor's guardians — and nothing of the
	 * concern.
	 */
	record ToCheck(Referral request, String hub, @Nullable PersonRecord person, List<PersonRecord> guardians) {
	}

	@GetMapping("/deconfliction")
	String requests(@AuthenticationPrincipal CurrentUser user, Model model) {
		var hubNames = hubs.all().stream().collect(Collectors.toMap(Hub::id, Hub::name));
		model.addAttribute("requests", referrals.deconflictionRequests(user).stream().map(request -> {
			if (request.person() == null) {
				return new ToCheck(request, hubNames.get(request.hub()), null, List.of());
			}
			var person = persons.view(request.person(), user, "deconfliction");
			var guardians = person.relations().stream().filter(relation -> relation.kind() == PersonRecord.Relation.Kind.GUARDIAN)
				.map(relation -> persons.view(relation.related(), user, "deconfliction")).toList();
			return new ToCheck(request, hubNames.get(request.hub()), person, guardians);
		}).toList());
		return "referral/deconfliction";
	}

	@PostMapping("/deconfliction/{id}")
	String answer(@PathVariable String id, @RequestParam(defaultValue = "") String answer,
			@RequestParam(defaultValue = "") String reviewOn, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		var referralId = ReferralId.parse(id).orElseThrow(NotFound::new);
		try {
			var chosen = switch (answer) {
				case "PROCEED" -> Referral.Deconfliction.Answer.PROCEED;
				case "HOLD" -> Referral.Deconfliction.Answer.HOLD;
				default -> throw InvalidInput.of("answer", "referral.error.answerMissing");
			};
			referrals.answerDeconfliction(referralId, chosen, date(reviewOn), user);
			redirect.addFlashAttribute("notice", Words.of("referral.notice.answered"));
		}
		catch (InvalidInput refused) {
			redirect.addFlashAttribute("problem", new DefaultMessageSourceResolvable(refused));
		}
		return "redirect:/deconfliction";
	}

	private interface Step {
		MessageSourceResolvable perform();
	}

	/** Does the step and says what came of it; a refusal's words are copied, as a flash attribute outlives the request. */
	private static String act(ReferralId id, RedirectAttributes redirect, Step step) {
		try {
			redirect.addFlashAttribute("notice", step.perform());
		}
		catch (InvalidInput refused) {
			redirect.addFlashAttribute("problem", new DefaultMessageSourceResolvable(refused));
		}
		return "redirect:/triage/" + id;
	}

	private Referrer referrer(Referral referral) {
		var card = accounts.card(referral.referrer());
		var agency = agencies.find(referral.referrerAgency());
		// no name: the page says "a former member of staff" in the reader's language
		return new Referrer(card.map(StaffCard::displayName).orElse(null),
				card.map(StaffCard::profession).orElse(null),
				agency.map(found -> found.details().name()).orElse(""),
				agency.map(found -> found.details().contactPhone()).orElse(null),
				agency.map(found -> found.details().contactEmail()).orElse(null));
	}

	private static LocalDate date(String text) {
		if (text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException notADate) {
			throw InvalidInput.of("reviewOn", "referral.error.reviewOnNotADate");
		}
	}
}
