package eu.tandem.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import eu.tandem.kernel.InvalidInput;
import org.jspecify.annotations.Nullable;

/**
 * A hub's schedule: a case under support is reviewed every so many months (three unless the hub says otherwise), and a
 * closed case is checked on so many months after closure (six and twelve unless the hub says otherwise). The months are
 * counted in calendar months from the day, as a person would: a review on 31 January falls due next on 30 April.
 */
record ReviewSchedule(int reviewEveryMonths, List<Integer> followUpMonths) {

	static final ReviewSchedule DEFAULT = new ReviewSchedule(3, List.of(6, 12));
	static final int LONGEST_INTERVAL = 24;
	static final int LATEST_FOLLOW_UP = 60;
	static final int MOST_FOLLOW_UPS = 4;

	ReviewSchedule {
		followUpMonths = List.copyOf(new TreeSet<>(followUpMonths));
		if (reviewEveryMonths < 1 || reviewEveryMonths > LONGEST_INTERVAL || followUpMonths.isEmpty()
				|| followUpMonths.size() > MOST_FOLLOW_UPS || followUpMonths.getFirst() < 1 || followUpMonths.getLast() > LATEST_FOLLOW_UP) {
			throw new IllegalArgumentException("Not a schedule: every " + reviewEveryMonths + " months, follow-ups " + followUpMonths);
		}
	}

	/** The next review: the interval after the last review, or after support began when there was none. */
	LocalDate nextReview(LocalDate lastReviewOrSupportBegan) {
		return lastReviewOrSupportBegan.plusMonths(reviewEveryMonths);
	}

	/** The days the follow-up checks fall due on, earliest first, for a case closed on this day. */
	List<LocalDate> followUps(LocalDate closedOn) {
		return followUpMonths.stream().map(closedOn::plusMonths).toList();
	}

	/**
	 * The schedule as a coordinator typed it: the interval a whole number of months from 1 to 24; the follow-ups one to
	 * four whole numbers of months from 1 to 60, separated by commas or spaces, each once. Every problem next to its
	 * field.
	 */
	static ReviewSchedule check(@Nullable String every, @Nullable String followUps) {
		var problems = new ArrayList<InvalidInput>();
		Integer interval = number(every);
		if (interval == null || interval < 1 || interval > LONGEST_INTERVAL) {
			problems.add(InvalidInput.of("reviewEveryMonths", "review.error.interval", LONGEST_INTERVAL));
		}
		var months = new ArrayList<Integer>();
		var parts = followUps == null ? new String[0] : followUps.strip().split("[\\s,;]+");
		for (var part : parts) {
			if (part.isEmpty()) {
				continue;
			}
			var month = number(part);
			if (month == null || month < 1 || month > LATEST_FOLLOW_UP) {
				problems.add(InvalidInput.of("followUpMonths", "review.error.followUpMonths", LATEST_FOLLOW_UP, MOST_FOLLOW_UPS));
				months.clear();
				break;
			}
			months.add(month);
		}
		if (problems.stream().noneMatch(problem -> problem.field().equals("followUpMonths"))
				&& (months.isEmpty() || new TreeSet<>(months).size() > MOST_FOLLOW_UPS)) {
			problems.add(InvalidInput.of("followUpMonths", "review.error.followUpMonths", LATEST_FOLLOW_UP, MOST_FOLLOW_UPS));
		}
		if (!problems.isEmpty()) {
			throw InvalidInput.together(problems);
		}
		return new ReviewSchedule(interval, months);
	}

	private static @Nullable Integer number(@Nullable String text) {
		if (text == null || !text.strip().matches("[0-9]{1,3}")) {
			return null;
		}
		return Integer.parseInt(text.strip());
	}

	/** The follow-up months as a coordinator types them: "6, 12". */
	String followUpsTyped() {
		return String.join(", ", followUpMonths.stream().map(String::valueOf).toList());
	}
}
