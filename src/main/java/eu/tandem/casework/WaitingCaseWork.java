package eu.tandem.casework;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import eu.tandem.hub.HubStewardship;
import eu.tandem.hub.Hubs;
import eu.tandem.identity.CurrentUser;
import eu.tandem.identity.StartPageNotice;
import eu.tandem.identity.StartPageNotices;
import eu.tandem.web.Words;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What waits today in case work: for a data protection officer, emergency accesses to review; for a hub's
 * coordinator, cases taken on that have no case owner yet. Counts only, never a person, a case's content or a
 * reason given, so nothing is traced here; the pages the notices link to trace what they show.
 */
@Component
class WaitingCaseWork implements StartPageNotices {

	private final EmergencyStore grants;
	private final CaseStore cases;
	private final Hubs hubs;

	WaitingCaseWork(EmergencyStore grants, CaseStore cases, Hubs hubs) {
		this.grants = grants;
		this.cases = cases;
		this.hubs = hubs;
	}

	@Override
	@Transactional(readOnly = true)
	public List<StartPageNotice> noticesFor(CurrentUser user) {
		var notices = new ArrayList<StartPageNotice>();
		var all = hubs.all();
		var officerHubs = BreakGlass.hubsOfOfficer(user, all);
		if (!officerHubs.isEmpty()) {
			var waiting = grants.unreviewed(officerHubs);
			if (!waiting.isEmpty()) {
				notices.add(new StartPageNotice(Words.of("casework.home.emergencyReview.heading", waiting.size()),
						Words.of("casework.home.emergencyReview.text"), "/dpo/emergency-access",
						Words.of("casework.home.emergencyReview.link"),
						waiting.stream().map(EmergencyAccess::openedAt).min(Comparator.naturalOrder()).orElseThrow()));
			}
		}
		var coordinated = HubStewardship.coordinatedBy(user, all);
		var ownerless = cases.ofHubs(coordinated).stream().filter(file -> file.open() && file.owner() == null).toList();
		if (!ownerless.isEmpty()) {
			notices.add(new StartPageNotice(Words.of("casework.home.ownerless.heading", ownerless.size()),
					Words.of("casework.home.ownerless.text",
							String.join(", ", ownerless.stream().map(CaseFile::reference).sorted().toList())),
					"/cases", Words.of("casework.home.ownerless.link"),
					ownerless.stream().map(CaseFile::openedAt).min(Comparator.<Instant>naturalOrder()).orElseThrow()));
		}
		return notices;
	}
}
