package eu.tandem.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import eu.tandem.casework.CaseId;
import eu.tandem.hub.HubId;
import eu.tandem.identity.UserId;
import eu.tandem.kernel.ReferralId;
import org.jspecify.annotations.Nullable;

/** A check on how the person is doing, so many months after the case closed. */
record FollowUp(UUID id, CaseId caseId, ReferralId referral, HubId hub, int months, LocalDate dueOn, Status status,
		@Nullable Instant startedAt, @Nullable UserId recordedBy, @Nullable Instant recordedAt, @Nullable String note,
		@Nullable Boolean newReferralNeeded, List<Check> checks) {

	FollowUp {
		checks = List.copyOf(checks);
	}

	enum Status {
		PLANNED, STARTED, RECORDED, CANCELLED
	}

	/** How the person is doing on one indicator of the last plan. */
	record Check(int position, String indicator, String baseline, String target, String howNow) {
	}

	public boolean started() {
		return status == Status.STARTED;
	}
}
