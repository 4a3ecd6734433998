package eu.tandem.hub;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import eu.tandem.agency.Agencies;
import eu.tandem.agency.Agency;
import eu.tandem.identity.AgencyId;
import eu.tandem.kernel.NotFound;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Asks the sharing check by hand: "may this flow?" for a hub. The question holds no personal data, so it
 * is a plain GET that can be bookmarked and shared.
 */
@Controller
class SharingCheckController {

	private final Hubs hubs;
	private final InformationSharing sharing;
	private final Agencies agencies;
	private final Clock clock;

	SharingCheckController(Hubs hubs, InformationSharing sharing, Agencies agencies, Clock clock) {
		this.hubs = hubs;
		this.sharing = sharing;
		this.agencies = agencies;
		this.clock = clock;
	}

	@GetMapping("/network/hubs/{id}/sharing-check")
	String check(@PathVariable String id, @RequestParam Optional<String> category, @RequestParam Optional<String> from,
			@RequestParam Optional<String> to, @RequestParam Optional<String> purpose, @RequestParam Optional<String> on,
			Model model) {
		var hub = HubId.parse(id).flatMap(hubs::find).orElseThrow(NotFound::new);
		model.addAttribute("hub", hub);
		model.addAttribute("categories", List.of(DataCategory.values()));
		model.addAttribute("sharingPurposes", List.of(SharingPurpose.values()));
		model.addAttribute("memberAgencies", hub.agencies().stream().map(member -> agencies.find(member.agency()))
			.flatMap(Optional::stream).sorted(Comparator.comparing(Agency::name)).toList());
		model.addAttribute("chosenCategory", category.orElse(""));
		model.addAttribute("chosenFrom", from.orElse(""));
		model.addAttribute("chosenTo", to.orElse(""));
		model.addAttribute("chosenPurpose", purpose.orElse(""));
		var day = on.filter(text -> !text.isBlank()).flatMap(SharingCheckController::date).orElseGet(() -> hub.today(clock));
		model.addAttribute("chosenDay", day);
		var question = question(hub.id(), category, from, to, purpose, day);
		if (category.isPresent() && question.isEmpty()) {
			model.addAttribute("incomplete", true);
		}
		question.ifPresent(asked -> model.addAttribute("decision", sharing.check(asked)));
		return "hub/sharing-check";
	}

	private static Optional<SharingQuestion> question(HubId hub, Optional<String> category, Optional<String> from,
			Optional<String> to, Optional<String> purpose, LocalDate day) {
		var chosenCategory = category.flatMap(value -> choice(DataCategory.class, value));
		var chosenFrom = from.flatMap(AgencyId::parse);
		var chosenTo = to.flatMap(AgencyId::parse);
		var chosenPurpose = purpose.flatMap(value -> choice(SharingPurpose.class, value));
		if (chosenCategory.isEmpty() || chosenFrom.isEmpty() || chosenTo.isEmpty() || chosenPurpose.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new SharingQuestion(hub, chosenCategory.get(), chosenFrom.get(), chosenTo.get(),
				chosenPurpose.get(), day));
	}

	private static <E extends Enum<E>> Optional<E> choice(Class<E> type, String value) {
		try {
			return Optional.of(Enum.valueOf(type, value));
		}
		catch (IllegalArgumentException unknown) {
			return Optional.empty();
		}
	}

	private static Optional<LocalDate> date(String text) {
		try {
			return Optional.of(LocalDate.parse(text.strip()));
		}
		catch (DateTimeParseException notADate) {
			return Optional.empty();
		}
	}
}
