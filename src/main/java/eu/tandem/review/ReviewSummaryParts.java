package eu.tandem.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import eu.tandem.casework.CaseStanding;
import eu.tandem.casework.CaseSummaryPart;
import eu.tandem.identity.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The reviews and follow-up checks in a case's JSON view, for whoever sees the case, as its reviews page shows them;
 * each read traced as that page. Two parts, {@code reviews} and {@code followUps}, with the next review's day.
 */
@Configuration(proxyBeanMethods = false)
class ReviewSummaryParts {

	record ReviewsJson(@Nullable LocalDate nextReviewDue, List<ReviewJson> recorded) {
	}

	record ReviewJson(Instant recordedAt, Decision decision, @Nullable Outcome outcome, @Nullable String outcomeWords,
			List<Review.Progress> progress) {
	}

	record FollowUpJson(int months, LocalDate dueOn, FollowUp.Status status, @Nullable Boolean newReferralNeeded) {
	}

	@Bean
	CaseSummaryPart reviewsPart(Reviews reviews) {
		return new CaseSummaryPart() {

			@Override
			public String name() {
				return "reviews";
			}

			@Override
			public Optional<Object> of(CaseStanding standing, CurrentUser viewer) {
				var sight = reviews.read(standing.file().id(), viewer);
				return Optional.of(new ReviewsJson(sight.nextReview(), sight.reviews().stream()
					.map(review -> new ReviewJson(review.recordedAt(), review.decision(), review.outcome(), review.outcomeWords(),
							review.progress()))
					.toList()));
			}
		};
	}

	@Bean
	CaseSummaryPart followUpsPart(Reviews reviews) {
		return new CaseSummaryPart() {

			@Override
			public String name() {
				return "followUps";
			}

			@Override
			public Optional<Object> of(CaseStanding standing, CurrentUser viewer) {
				var checks = reviews.followUpsOf(standing.file().id(), viewer);
				return checks.isEmpty() ? Optional.empty() : Optional.of(checks.stream()
					.map(check -> new FollowUpJson(check.months(), check.dueOn(), check.status(), check.newReferralNeeded())).toList());
			}
		};
	}
}
