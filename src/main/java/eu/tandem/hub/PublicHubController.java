package eu.tandem.hub;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import eu.tandem.agency.Agencies;
import eu.tandem.identity.PublicPages;
import eu.tandem.web.NotFound;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The hubs' "who does what" pages, for everyone and without sign-in: which agencies take part and what each
 * does, how to reach the single point of contact, and what happens after a referral. Built only from what
 * the hub and its agencies chose to publish; no client ever appears here.
 */
@Controller
class PublicHubController {

	/** A member agency as the public sees it. */
	record PublicAgency(String name, String sector, String part) {
	}

	private final Hubs hubs;
	private final Agencies agencies;

	PublicHubController(Hubs hubs, Agencies agencies) {
		this.hubs = hubs;
		this.agencies = agencies;
	}

	@Bean
	static PublicPages hubPublicPages() {
		return () -> List.of("/hubs", "/hubs/*");
	}

	@GetMapping("/hubs")
	String list(Model model) {
		model.addAttribute("hubs", hubs.published());
		return "hub/public-list";
	}

	@GetMapping("/hubs/{id}")
	String page(@PathVariable String id, Model model) {
		var hub = HubId.parse(id).flatMap(hubs::find).filter(Hub::published).orElseThrow(NotFound::new);
		model.addAttribute("hub", hub);
		model.addAttribute("publicAgencies", hub.agencies().stream()
			.map(member -> agencies.find(member.agency()).map(agency -> new PublicAgency(agency.name(),
					agency.details().sector().label(), member.roleInHub())))
			.flatMap(Optional::stream)
			.sorted(Comparator.comparing(PublicAgency::name))
			.toList());
		model.addAttribute("supportedHubs", hubs.supportedBy(hub.id()).stream().filter(Hub::published).toList());
		return "hub/public";
	}
}
