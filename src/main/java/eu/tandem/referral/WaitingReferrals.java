package eu.tandem.referral;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import eu.tandem.hub.Hub;
import eu.tandem.hub.Hubs;
import eu.tandem.identity.CurrentUser;
import eu.tandem.identity.StartPageNotice;
import eu.tandem.identity.StartPageNotices;
import eu.tandem.web.Dates;
import eu.tandem.web.Words;
import org.springframework.stereotype.Component;

/**
 * What waits today for a hub's coordinator and its police member: referrals to triage (the urgent ones named first),
 * holds whose review date has come, and deconfliction requests to answer. Counts and references only, never a
 * person or a concern, so nothing about anyone is read or traced here; the pages the notices link to trace what
 * they show. Dates are written when the start page asks, in the reader's language and time zone.
 */
@Component
class WaitingReferrals implements StartPageNotices {

	private final Referrals referrals;
	private final ReferralStore store;
	private final Hubs hubs;
	private final Clock clock;
	private final Dates dates;

	WaitingReferrals(Referrals referrals, ReferralStore store, Hubs hubs, Clock clock, Dates dates) {
		this.referrals = referrals;
		this.store = store;
		this.hubs = hubs;
		this.clock = clock;
		this.dates = dates;
	}

	@Override
	public List<StartPageNotice> noticesFor(CurrentUser user) {
		var notices = new ArrayList<StartPageNotice>();
		var coordinated = referrals.coordinatedHubs(user);
		if (!coordinated.isEmpty()) {
			var queue = store.inTriage(coordinated);
			// a hold ends on its review day as the referral's hub counts it, in its own time zone
			var today = hubs.all().stream().filter(hub -> coordinated.contains(hub.id()))
				.collect(Collectors.toMap(Hub::id, hub -> hub.today(clock)));
			var undecided = queue.stream().filter(referral -> referral.deconfliction() == null
					|| referral.deconfliction().answer() != Referral.Deconfliction.Answer.HOLD
					|| referral.deconfliction().holdEndedBy(today.get(referral.hub()))).toList();
			if (!undecided.isEmpty()) {
				var urgent = undecided.stream().filter(referral -> referral.urgency() == Concern.Urgency.URGENT).count();
				var oldestDay = dates.day(oldest(undecided));
				notices.add(new StartPageNotice(Words.of("referral.home.triage.heading", undecided.size()),
						urgent == 0 ? Words.of("referral.home.triage.text", oldestDay)
								: Words.of("referral.home.triage.urgentText", urgent, oldestDay),
						"/triage", Words.of("referral.home.triage.link"), oldest(undecided)));
			}
			queue.stream().filter(referral -> referral.deconfliction() != null
					&& referral.deconfliction().holdEndedBy(today.get(referral.hub())))
				.forEach(referral -> notices.add(new StartPageNotice(
						Words.of("referral.home.holdEnded.heading", referral.reference()),
						Words.of("referral.home.holdEnded.text", dates.day(referral.deconfliction().reviewOn())),
						"/triage/" + referral.id(), Words.of("referral.home.holdEnded.link", referral.reference()),
						referral.deconfliction().answeredAt())));
		}
		var requests = referrals.deconflictionRequests(user);
		if (!requests.isEmpty()) {
			var asked = requests.stream().map(referral -> referral.deconfliction().requestedAt()).min(Comparator.naturalOrder()).orElseThrow();
			notices.add(new StartPageNotice(Words.of("referral.home.deconfliction.heading", requests.size()),
					Words.of("referral.home.deconfliction.text"), "/deconfliction",
					Words.of("referral.home.deconfliction.link"), asked));
		}
		return notices;
	}

	private static Instant oldest(List<Referral> referrals) {
		return referrals.stream().map(Referral::receivedAt).min(Comparator.naturalOrder()).orElseThrow();
	}
}
