package eu.tandem.hub;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import eu.tandem.agency.Agencies;
import eu.tandem.agency.AgencyProfile;
import eu.tandem.agency.Sector;
import eu.tandem.identity.Accounts;
import eu.tandem.identity.AgencyId;
import eu.tandem.identity.PublicPages;
import eu.tandem.kernel.NotFound;
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

	/**
	 * A member agency as the public sees it: what it does, its part in this hub, and the names of its people
	 * in the hub only if the agency chose to publish staff names.
	 */
	record PublicAgency(String name, Sector sector, String part, String responsibilities, List<Person> people) {
	}

	/** A named person of the agency in the hub, with their part in it. */
	record Person(String name, HubRole role) {
	}

	private final Hubs hubs;
	private final Agencies agencies;
	private final Accounts accounts;

	PublicHubController(Hubs hubs, Agencies agencies, Accounts accounts) {
		this.hubs = hubs;
		this.agencies = agencies;
		this.accounts = accounts;
	}

	@Bean
	static PublicPages hubPublicPages() {
		return () -> List.of("/hubs", "/hubs/*");
	}

	private List<Person> people(Hub hub, AgencyId agency) {
		return hub.members().stream().filter(member -> member.agency().equals(agency))
			.map(member -> accounts.card(member.user()).filter(card -> card.active())
				.map(card -> new Person(card.displayName(), member.role())))
			.flatMap(Optional::stream)
			.sorted(Comparator.comparing(Person::name).thenComparing(Person::role))
			.toList();
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
		var profiles = agencies.profilesOf(hub.agencies().stream().map(Hub.MemberAgency::agency).toList());
		model.addAttribute("publicAgencies", hub.agencies().stream()
			.map(member -> agencies.find(member.agency()).map(agency -> {
				var profile = profiles.getOrDefault(agency.id(), AgencyProfile.empty());
				return new PublicAgency(agency.name(), agency.details().sector(), member.roleInHub(),
						profile.responsibilities(), profile.publishesStaffNames() ? people(hub, agency.id()) : List.of());
			}))
			.flatMap(Optional::stream)
			.sorted(Comparator.comparing(PublicAgency::name))
			.toList());
		model.addAttribute("supportedHubs", hubs.supportedBy(hub.id()).stream().filter(Hub::published).toList());
		return "hub/public";
	}
}
