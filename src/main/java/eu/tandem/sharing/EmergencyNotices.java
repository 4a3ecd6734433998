package eu.tandem.sharing;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

import eu.tandem.agency.Agencies;
import eu.tandem.audit.AuditAction;
import eu.tandem.audit.AuditEvent;
import eu.tandem.audit.AuditLog;
import eu.tandem.audit.AuditOutcome;
import eu.tandem.audit.AuditSubject;
import eu.tandem.casework.BreakGlass;
import eu.tandem.casework.CaseId;
import eu.tandem.casework.EmergencyAccess;
import eu.tandem.casework.EmergencyStepTaken;
import eu.tandem.hub.DataCategory;
import eu.tandem.hub.Hub;
import eu.tandem.hub.HubId;
import eu.tandem.hub.Hubs;
import eu.tandem.identity.Accounts;
import eu.tandem.identity.AgencyId;
import eu.tandem.identity.CurrentUser;
import eu.tandem.identity.Role;
import eu.tandem.identity.StaffCard;
import eu.tandem.identity.StartPageNotice;
import eu.tandem.identity.StartPageNotices;
import eu.tandem.identity.UserId;
import eu.tandem.kernel.NotFound;
import eu.tandem.web.Dates;
import eu.tandem.web.Words;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Telling the recording agency: when someone with emergency access opens a case's health, security or justice
 * information with the second step, the staff of each agency that recorded such information in the case and hold a
 * role in the case's hub, and that agency's data protection officers, are told at once — on their start page, with
 * who opened it, when and why. The notice is written in the grant's transaction: the grant is not made without it.
 */
@Service
class EmergencyNotices implements StartPageNotices {

	static final AuditAction NOTICES_VIEWED = AuditAction.of("sharing.emergency-notices-viewed");
	static final AuditAction NOTICE_SEEN = AuditAction.of("sharing.emergency-notice-seen");

	private final EmergencyNoticeStore notices;
	private final ItemStore items;
	private final Hubs hubs;
	private final Accounts accounts;
	private final Agencies agencies;
	private final BreakGlass breakGlass;
	private final AuditLog audit;
	private final Clock clock;
	private final Dates dates;

	EmergencyNotices(EmergencyNoticeStore notices, ItemStore items, Hubs hubs, Accounts accounts, Agencies agencies,
			BreakGlass breakGlass, AuditLog audit, Clock clock, Dates dates) {
		this.notices = notices;
		this.items = items;
		this.hubs = hubs;
		this.accounts = accounts;
		this.agencies = agencies;
		this.breakGlass = breakGlass;
		this.audit = audit;
		this.clock = clock;
		this.dates = dates;
	}

	/** One notice as its recipient reads it: who opened which information of their agency on which case, when and why. */
	public record Notice(UUID id, CaseId caseId, EmergencyAccess.Scope scope, String openedBy, String openedByAgency,
			String recordingAgency, Instant openedAt, String reason, Instant expiresAt, boolean seen) {
	}

	@EventListener
	void on(EmergencyStepTaken step) {
		tell(step, items.recordingAgencies(step.caseId(), step.category()));
	}

	/**
	 * Information of a category recorded while someone's second step for that category runs on the case reaches them
	 * at once: its agency is told as if it had recorded it before the step.
	 */
	void recordedDuringSteps(CaseId caseId, HubId hub, DataCategory category, AgencyId recording) {
		var step = EmergencyAccess.Scope.stepFor(category);
		if (step.isEmpty()) {
			return;
		}
		var now = clock.instant();
		breakGlass.onCase(caseId).stream().filter(grant -> grant.scope() == step.get() && grant.activeAt(now))
			.forEach(grant -> tell(new EmergencyStepTaken(grant.id(), caseId, hub, category, grant.user(), grant.agency(),
					grant.openedAt()), List.of(recording)));
	}

	private void tell(EmergencyStepTaken step, List<AgencyId> recordingAgencies) {
		var hub = hubs.find(step.hub()).orElseThrow();
		for (var recording : recordingAgencies) {
			var recipients = new LinkedHashSet<UserId>();
			hub.members().stream().filter(member -> member.agency().equals(recording)).map(Hub.Member::user).forEach(recipients::add);
			accounts.activeStaffOf(recording).stream().filter(card -> card.roles().contains(Role.DATA_PROTECTION_OFFICER))
				.map(StaffCard::id).forEach(recipients::add);
			recipients.remove(step.openedBy());
			for (var recipient : recipients) {
				notices.insert(UUID.randomUUID(), step, recording, recipient);
			}
		}
	}

	/**
	 * Who is still to be told: staff of the recording agency who hold a role in the case's hub, or its data protection
	 * officers. Asked again whenever notices are read, so that someone who left the hub or the agency reads none.
	 */
	private boolean stillToBeTold(CurrentUser user, EmergencyNoticeStore.Stored notice) {
		return user.agencyId().equals(notice.recordingAgency()) && (user.has(Role.DATA_PROTECTION_OFFICER)
				|| hubs.find(notice.hub()).flatMap(hub -> hub.member(user.id())).isPresent());
	}

	/**
	 * The user's notices not marked as read, for the start page: who opened which kind of their agency's information
	 * and when — not the case, not the reason, which the notices page shows and traces.
	 */
	@Override
	@Transactional(readOnly = true)
	public List<StartPageNotice> noticesFor(CurrentUser user) {
		return notices.unseenOf(user.id()).stream().filter(row -> stillToBeTold(user, row))
			.map(row -> {
				var opener = accounts.card(row.openedBy()).<Object>map(StaffCard::displayName)
					.orElse(Words.of("sharing.home.emergencyAccess.someone"));
				return new StartPageNotice(heading(EmergencyAccess.Scope.stepFor(row.category()).orElseThrow()),
						Words.of("sharing.home.emergencyAccess.text", opener, agencies.nameOf(row.openedByAgency()),
								dates.shortDayAndTime(row.openedAt())),
						"/emergency-notices", Words.of("sharing.home.emergencyAccess.link"), row.openedAt());
			})
			.toList();
	}

	private static MessageSourceResolvable heading(EmergencyAccess.Scope step) {
		return switch (step) {
			case HEALTH -> Words.of("sharing.home.emergencyAccess.health");
			case SECURITY -> Words.of("sharing.home.emergencyAccess.security");
			case JUSTICE -> Words.of("sharing.home.emergencyAccess.justice");
			case CASE -> throw new IllegalArgumentException("A grant on the whole case tells no recording agency");
		};
	}

	/** The notices of the last 90 days for the user, newest first; each listed one traced. */
	@Transactional
	public List<Notice> of(CurrentUser user) {
		var grantsOfCase = new java.util.HashMap<CaseId, List<EmergencyAccess>>();
		return notices.ofRecipient(user.id(), clock.instant().minus(java.time.Duration.ofDays(90))).stream()
			.filter(row -> stillToBeTold(user, row))
			.map(row -> {
				audit.record(new AuditEvent(user.asAuditActor(), NOTICES_VIEWED, AuditOutcome.SUCCESS,
						AuditSubject.of("case", row.caseId()), "emergency notice", null));
				var grant = grantsOfCase.computeIfAbsent(row.caseId(), breakGlass::onCase).stream()
					.filter(each -> each.id().equals(row.grant())).findFirst();
				return new Notice(row.id(), row.caseId(), EmergencyAccess.Scope.stepFor(row.category()).orElseThrow(),
						accounts.card(row.openedBy()).map(StaffCard::displayName).orElse("(account removed)"),
						agencies.nameOf(row.openedByAgency()), agencies.nameOf(row.recordingAgency()), row.openedAt(),
						grant.map(EmergencyAccess::reason).orElse("(no longer held)"),
						grant.map(EmergencyAccess::expiresAt).orElse(row.openedAt()), row.seenAt() != null);
			}).toList();
	}

	/** The recipient marks a notice as read; for anyone else it does not exist. */
	@Transactional
	public void markSeen(UUID id, CurrentUser user) {
		var notice = notices.byId(id).filter(found -> found.recipient().equals(user.id()) && stillToBeTold(user, found));
		if (notice.isEmpty()) {
			audit.recordRefusal(AuditEvent.denied(user.asAuditActor(), NOTICE_SEEN, AuditSubject.of("emergency-notice", id),
					"not-recipient"));
			throw new NotFound();
		}
		if (notices.markSeen(id, clock.instant())) {
			audit.record(AuditEvent.success(user.asAuditActor(), NOTICE_SEEN, AuditSubject.of("case", notice.get().caseId())));
		}
	}
}
