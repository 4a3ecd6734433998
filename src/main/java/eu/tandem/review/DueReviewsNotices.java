package eu.tandem.review;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import eu.tandem.identity.CurrentUser;
import eu.tandem.identity.StartPageNotice;
import eu.tandem.identity.StartPageNotices;
import eu.tandem.web.Dates;
import eu.tandem.web.Words;
import org.springframework.stereotype.Component;

/**
 * On the start page of a case owner or coordinator: the reviews due within two weeks or overdue, the follow-up checks
 * waiting to be recorded, and those planned after a case closed, each case named by its reference and the day, never its content. One link to the
 * case when only one waits, to "my cases" otherwise.
 */
@Component
class DueReviewsNotices implements StartPageNotices {

	/** How far ahead a review shows: a fortnight, time enough to arrange a meeting. */
	static final int DAYS_AHEAD = 14;

	private final Reviews reviews;
	private final Dates dates;
	private final Clock clock;

	DueReviewsNotices(Reviews reviews, Dates dates, Clock clock) {
		this.reviews = reviews;
		this.dates = dates;
		this.clock = clock;
	}

	@Override
	public List<StartPageNotice> noticesFor(CurrentUser user) {
		var horizon = java.time.LocalDate.now(clock).plusDays(DAYS_AHEAD);
		var due = reviews.dueFor(user);
		var notices = new ArrayList<StartPageNotice>();
		var soon = due.stream().filter(work -> work.kind() == DueWork.Kind.REVIEW && !work.due().isAfter(horizon)).toList();
		if (!soon.isEmpty()) {
			notices.add(notice(soon, "review.home.reviews"));
		}
		var today = java.time.LocalDate.now(clock);
		var checks = due.stream().filter(work -> work.kind() == DueWork.Kind.FOLLOW_UP).toList();
		var waiting = checks.stream().filter(work -> !work.due().isAfter(today)).toList();
		if (!waiting.isEmpty()) {
			notices.add(notice(waiting, "review.home.followUps"));
		}
		var coming = checks.stream().filter(work -> work.due().isAfter(today)).toList();
		if (!coming.isEmpty()) {
			notices.add(notice(coming, "review.home.followUpsComing"));
		}
		return notices;
	}

	private StartPageNotice notice(List<DueWork> work, String key) {
		var listed = String.join("; ", work.stream().map(each -> each.reference() + " (" + dates.day(each.due()) + ")").toList());
		return new StartPageNotice(Words.of(key + ".heading", work.size()), Words.of(key + ".text", listed),
				work.size() == 1 ? work.getFirst().path() : "/cases", Words.of(key + ".link"),
				work.getFirst().due().atStartOfDay().toInstant(ZoneOffset.UTC));
	}
}
