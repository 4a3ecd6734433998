package eu.tandem.referral;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import eu.tandem.identity.CurrentUser;
import eu.tandem.identity.StartPageNotice;
import eu.tandem.identity.StartPageNotices;
import eu.tandem.privacy.InWords;
import org.springframework.stereotype.Component;

/**
 * What waits today for a hub's coordinator and its police member: referrals to triage (the urgent ones named first),
 * holds whose review date has come, and deconfliction requests to answer. Counts and references only, never a
 * person or a concern, so nothing about anyone is read or traced here; the pages the notices link to trace what
 * they show.
 */
@Component
class WaitingReferrals implements StartPageNotices {

	private final Referrals referrals;
	private final ReferralStore store;
	private final Clock clock;

	WaitingReferrals(Referrals referrals, ReferralStore store, Clock clock) {
		this.referrals = referrals;
		this.store = store;
		this.clock = clock;
	}

	@Override
	public List<StartPageNotice> noticesFor(CurrentUser user) {
		var notices = new ArrayList<StartPageNotice>();
		var coordinated = referrals.coordinatedHubs(user);
		if (!coordinated.isEmpty()) {
			var queue = store.inTriage(coordinated);
			var today = LocalDate.now(clock);
			var undecided = queue.stream().filter(referral -> referral.deconfliction() == null
					|| referral.deconfliction().answer() != Referral.Deconfliction.Answer.HOLD
					|| referral.deconfliction().holdEndedBy(today)).toList();
			if (!undecided.isEmpty()) {
				var urgent = undecided.stream().filter(referral -> referral.urgency() == Concern.Urgency.URGENT).count();
				notices.add(new StartPageNotice(count(undecided.size(), "referral waits", "referrals wait") + " for triage",
						(urgent == 0 ? "" : urgent + " of them " + (urgent == 1 ? "is" : "are") + " urgent. ")
								+ "The oldest came in on " + InWords.date(oldest(undecided)) + ".",
						"/triage", "Go to triage", oldest(undecided)));
			}
			queue.stream().filter(referral -> referral.deconfliction() != null && referral.deconfliction().holdEndedBy(today))
				.forEach(referral -> notices.add(new StartPageNotice("The police member's hold on " + referral.reference() + " has ended",
						"The police member asked the hub to hold until " + InWords.date(referral.deconfliction().reviewOn())
								+ ". Ask again, then decide.",
						"/triage/" + referral.id(), "Open " + referral.reference(), referral.deconfliction().answeredAt())));
		}
		var requests = referrals.deconflictionRequests(user);
		if (!requests.isEmpty()) {
			var asked = requests.stream().map(referral -> referral.deconfliction().requestedAt()).min(Comparator.naturalOrder()).orElseThrow();
			notices.add(new StartPageNotice(count(requests.size(), "deconfliction request waits", "deconfliction requests wait")
					+ " for your answer", "A hub asks whether it may go ahead. Answer proceed, or hold with a review date.",
					"/deconfliction", "Answer the requests", asked));
		}
		return notices;
	}

	private static Instant oldest(List<Referral> referrals) {
		return referrals.stream().map(Referral::receivedAt).min(Comparator.naturalOrder()).orElseThrow();
	}

	private static String count(int n, String one, String many) {
		return n == 1 ? "1 " + one : n + " " + many;
	}
}
