package eu.tandem.hub;

import java.time.Clock;
import java.util.Optional;

import eu.tandem.agency.Agencies;
import eu.tandem.kernel.NotFound;
import eu.tandem.web.Words;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The network picture of a hub: anyone signed in may look, as at the hub itself. */
@Controller
class NetworkPictureController {

	private final Hubs hubs;
	private final Agreements agreements;
	private final Agencies agencies;
	private final Clock clock;
	private final Words words;

	NetworkPictureController(Hubs hubs, Agreements agreements, Agencies agencies, Clock clock, Words words) {
		this.hubs = hubs;
		this.agreements = agreements;
		this.agencies = agencies;
		this.clock = clock;
		this.words = words;
	}

	@GetMapping("/network/hubs/{id}/picture")
	String show(@PathVariable String id, Model model) {
		var hub = HubId.parse(id).flatMap(hubs::find).orElseThrow(NotFound::new);
		var members = hub.agencies().stream()
			.map(member -> agencies.find(member.agency()))
			.flatMap(Optional::stream)
			.map(agency -> new NetworkPicture.Member(agency.name(), agency.details().sector()))
			.toList();
		model.addAttribute("hub", hub);
		model.addAttribute("picture", NetworkPicture.of(hub.name(), members, agreements.ofHub(hub.id()),
				hub.today(clock), words::in));
		return "hub/picture";
	}
}
