package eu.tandem.referral;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import eu.tandem.hub.HubId;
import eu.tandem.identity.AgencyId;
import eu.tandem.identity.UserId;
import eu.tandem.kernel.ReferralId;
import eu.tandem.knowledge.CaseAttribute;
import eu.tandem.person.PersonId;
import org.jspecify.annotations.Nullable;

/**
 * A referral as stored, with its triage decision and deconfliction once there are any. Its reference
 * ({@code AUG-2026-0042}) is what people say and type; the case opened from it carries the same. {@code person} is
 * whom the referral is about now; {@code filedAbout} the record made from what the referrer wrote, which differs
 * once the coordinator decided it is someone the hub knew already.
 */
public record Referral(ReferralId id, String reference, HubId hub, @Nullable PersonId person, @Nullable PersonId filedAbout,
		UserId referrer, AgencyId referrerAgency,
		Concern.Channel channel, @Nullable String contactDescription, String concern, @Nullable String observed,
		@Nullable LocalDate observedOn, Concern.Type type, Set<Concern.Vulnerability> vulnerabilities,
		Concern.Awareness personAware, Concern.Consent consent, Concern.Urgency urgency, ReferralStatus status,
		Instant receivedAt, @Nullable Instant decidedAt, @Nullable Instant closedAt, @Nullable Triage triage,
		@Nullable Deconfliction deconfliction, long version) {

	/** The coordinator's decision and why. */
	public record Triage(Decision decision, String rationale, @Nullable String signpostedTo, UserId decidedBy,
			Instant decidedAt) {
	}

	/** Screens and the subject access answer write it as {@code referral.decision.<NAME>}. */
	public enum Decision {
		PROCEED, SIGNPOST, NO_FURTHER_ACTION
	}

	/** The police member's answer: only proceed, or hold until a review date. */
	public record Deconfliction(UserId requestedBy, Instant requestedAt, @Nullable Answer answer, @Nullable LocalDate reviewOn,
			@Nullable Instant answeredAt) {

		public enum Answer {
			PROCEED, HOLD
		}

		public boolean answered() {
			return answer != null;
		}

		/** The police member's hold has reached its review date: the hub may ask again (as ReferralStore lets it). */
		public boolean holdEndedBy(LocalDate today) {
			return answer == Answer.HOLD && !reviewOn.isAfter(today);
		}
	}

	public Referral {
		vulnerabilities = Set.copyOf(vulnerabilities);
	}

	/** A concern may arrive with no way to tell who it is about; it is allowed, and marked. */
	public boolean identifiable() {
		return person != null;
	}

	/** What the referrer noticed that makes some of the network's knowledge relevant; the case starts with it marked. */
	public Set<CaseAttribute> caseAttributes() {
		var attributes = EnumSet.noneOf(CaseAttribute.class);
		vulnerabilities.forEach(vulnerability -> vulnerability.caseAttribute().ifPresent(attributes::add));
		return attributes;
	}
}
