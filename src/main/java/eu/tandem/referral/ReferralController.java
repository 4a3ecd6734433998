package eu.tandem.referral;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import eu.tandem.casework.CaseAccess;
import eu.tandem.hub.Hub;
import eu.tandem.hub.HubId;
import eu.tandem.hub.HubStewardship;
import eu.tandem.hub.Hubs;
import eu.tandem.identity.CurrentUser;
import eu.tandem.kernel.InvalidInput;
import eu.tandem.kernel.NotFound;
import eu.tandem.kernel.ReferralId;
import eu.tandem.person.Persons;
import eu.tandem.person.Sex;
import eu.tandem.web.FormErrors;
import eu.tandem.web.Words;
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

/** Referring a concern to a hub, and the referrer's way back: what became of their referrals. */
@Controller
class ReferralController {

	/**
	 * A referral as its referrer sees it: its reference, whom it is about as they wrote it, where it went and where it
	 * stands, never the case.
	 */
	record MyReferral(ReferralId id, String reference, String person, String hub, Instant receivedAt, ReferralStatus status,
			String signpostedTo, Instant closedAt) {
	}

	private final Referrals referrals;
	private final Hubs hubs;
	private final Persons persons;

	ReferralController(Referrals referrals, Hubs hubs, Persons persons) {
		this.referrals = referrals;
		this.hubs = hubs;
		this.persons = persons;
	}

	@ModelAttribute
	void choices(Model model, @AuthenticationPrincipal CurrentUser user) {
		var all = hubs.all().stream().sorted(Comparator.comparing(Hub::name)).toList();
		// the hubs the user's own agency belongs to come first: a teacher in Augsburg refers to Augsburg
		model.addAttribute("ownHubs", ownHubs(all, user));
		model.addAttribute("otherHubs", all.stream().filter(hub -> !hub.hasMemberAgency(user.agencyId())).toList());
		model.addAttribute("hubs", all);
		model.addAttribute("coordinatedHubs", HubStewardship.coordinatedBy(user, all));
		model.addAttribute("channels", List.of(Concern.Channel.values()));
		model.addAttribute("types", List.of(Concern.Type.values()));
		model.addAttribute("vulnerabilityChoices", List.of(Concern.Vulnerability.values()));
		model.addAttribute("awareness", List.of(Concern.Awareness.values()));
		model.addAttribute("consents", List.of(Concern.Consent.values()));
		model.addAttribute("urgencies", List.of(Concern.Urgency.values()));
		model.addAttribute("sexes", List.of(Sex.values()));
	}

	@GetMapping("/referrals/new")
	String form(@RequestParam(name = "hub", required = false) String hub, @AuthenticationPrincipal CurrentUser user, Model model) {
		var form = new ReferralForm();
		// a user whose agency is in one hub refers to that hub; a follow-up that finds a new referral needed names its hub
		var own = ownHubs(hubs.all(), user);
		var named = HubId.parse(hub == null ? "" : hub).flatMap(hubs::find);
		if (named.isPresent()) {
			form.setHub(named.get().id().toString());
		}
		else if (own.size() == 1) {
			form.setHub(own.getFirst().id().toString());
		}
		model.addAttribute("form", form);
		return "referral/new";
	}

	private static List<Hub> ownHubs(List<Hub> all, CurrentUser user) {
		return all.stream().filter(hub -> hub.hasMemberAgency(user.agencyId())).toList();
	}

	@PostMapping("/referrals")
	String submit(@ModelAttribute("form") ReferralForm form, BindingResult errors, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		var referral = form.toReferral(errors, referrals.todayIn(HubId.parse(form.getHub())));
		if (referral == null) {
			return "referral/new";
		}
		try {
			var id = referrals.submit(referral, user);
			var hub = hubs.find(referral.hub()).map(Hub::name).orElse("");
			redirect.addFlashAttribute("notice", Words.of("referral.notice.sent", referrals.referenceOf(id), hub));
			return "redirect:/referrals";
		}
		catch (InvalidInput invalid) {
			FormErrors.reject(errors, invalid);
			return "referral/new";
		}
	}

	@GetMapping("/referrals")
	String mine(@AuthenticationPrincipal CurrentUser user, Model model) {
		var mine = referrals.mine(user);
		var names = persons.namesForList(mine.stream().map(Referral::filedAbout).filter(Objects::nonNull).collect(Collectors.toSet()),
				user, "my referrals");
		model.addAttribute("referrals", mine.stream()
			.map(referral -> new MyReferral(referral.id(), referral.reference(),
					referral.filedAbout() == null ? null : names.get(referral.filedAbout()),
					hubs.find(referral.hub()).map(Hub::name).orElse(""), referral.receivedAt(),
					referral.status(), referral.triage() == null ? null : referral.triage().signpostedTo(), referral.closedAt()))
			.toList());
		return "referral/mine";
	}

	/** What the referrer sent, as they wrote it, and where it stands: never the hub's reasons or the case. */
	@GetMapping("/referrals/{id}")
	String sent(@PathVariable String id, @AuthenticationPrincipal CurrentUser user, Model model) {
		var referral = referrals.sent(ReferralId.parse(id).orElseThrow(NotFound::new), user);
		model.addAttribute("referral", referral);
		model.addAttribute("hub", hubs.find(referral.hub()).map(Hub::name).orElse(""));
		if (referral.filedAbout() != null) {
			try {
				model.addAttribute("person", persons.view(referral.filedAbout(), user, "own referral"));
			}
			catch (NotFound erased) {
				// the person's record was erased when the retention of the case ended; the referral says so
			}
		}
		return "referral/sent";
	}
}
