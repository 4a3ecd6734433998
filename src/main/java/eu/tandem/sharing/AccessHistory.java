package eu.tandem.sharing;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import eu.tandem.agency.Agencies;
import eu.tandem.audit.ActionWords;
import eu.tandem.audit.AuditAction;
import eu.tandem.audit.AuditLog;
import eu.tandem.audit.AuditOutcome;
import eu.tandem.audit.AuditSubject;
import eu.tandem.audit.RecordedAuditEvent;
import eu.tandem.identity.Accounts;
import eu.tandem.identity.AgencyId;
import eu.tandem.identity.StaffCard;
import eu.tandem.identity.UserId;
import eu.tandem.privacy.InWords;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * A person's access history as sentences: who (by name and agency) did what to which of the person's records, when,
 * and how it ended, with the words every module gives for its actions. Repeated identical accesses — one person, one
 * action, one record, one outcome, each within {@link #CLOSE_TOGETHER} of the one before — read as one line ("… read
 * the case 8 times on 2 December 2026 between 10:23 and 10:41"), so that a data protection officer's own page views
 * do not bury the rest.
 */
@Component
class AccessHistory {

	/** Views of one record this close together are one visit; long enough for a working session, short of a day. */
	static final Duration CLOSE_TOGETHER = Duration.ofMinutes(30);
	/** The whole history is read: an answer to the person is complete, and a screen pages through it. */
	static final int ALL = Integer.MAX_VALUE;

	private final AuditLog audit;
	private final Accounts accounts;
	private final Agencies agencies;
	private final Map<String, ActionWords.Phrase> phrases = new HashMap<>();

	AccessHistory(AuditLog audit, Accounts accounts, Agencies agencies, List<ActionWords> words) {
		this.audit = audit;
		this.accounts = accounts;
		this.agencies = agencies;
		words.forEach(source -> source.phrases().forEach((action, phrase) -> phrases.put(action.code(), phrase)));
	}

	/**
	 * The history of these records, each named in words, grouped, newest first, as far as it belongs to the hubs it is
	 * compiled for ({@link #staysInTheHubs}).
	 */
	List<SubjectAccessReport.Access> of(Map<AuditSubject, String> records, java.util.Set<AgencyId> hubAgencies) {
		var events = new ArrayList<>(audit.aboutAny(records.keySet(), ALL).stream()
			.filter(event -> staysInTheHubs(event, hubAgencies)).toList());
		events.sort(Comparator.comparing(RecordedAuditEvent::sequence));
		var names = new Names();
		var open = new LinkedHashMap<List<Object>, Group>();
		var done = new ArrayList<Group>();
		for (var event : events) {
			var key = key(event);
			var group = open.get(key);
			if (group != null && !event.occurredAt().isAfter(group.last.plus(CLOSE_TOGETHER))) {
				group.last = event.occurredAt();
				group.times++;
				continue;
			}
			if (group != null) {
				done.add(group);
			}
			open.put(key, new Group(event));
		}
		done.addAll(open.values());
		done.sort(Comparator.comparing((Group group) -> group.last).thenComparing(group -> group.first).reversed());
		return done.stream().map(group -> line(group, records, names)).toList();
	}

	/**
	 * ACCESS TO THE REGISTER STAYS IN THE HUB: the register record is shared by every hub that knows the person, so its
	 * trail holds other hubs' reads too. A hub's history shows those by staff of its own agencies (and Tandem's own
	 * work), never another hub's: it would tell this hub that another hub knows the person, which the register never
	 * does. The other hub's officers answer for their own staff's reads. Every other record is the hub's own.
	 */
	static boolean staysInTheHubs(RecordedAuditEvent recorded, java.util.Set<AgencyId> hubAgencies) {
		var event = recorded.event();
		if (event.subject() == null || !event.subject().type().equals("person") || event.actor().agencyId() == null) {
			return true;
		}
		return hubAgencies.contains(new AgencyId(event.actor().agencyId()));
	}

	/** The words for an action, if its module gave any. */
	java.util.Optional<ActionWords.Phrase> phrase(AuditAction action) {
		return java.util.Optional.ofNullable(phrases.get(action.code()));
	}

	private static List<Object> key(RecordedAuditEvent recorded) {
		var event = recorded.event();
		var actor = event.actor().userId() != null ? event.actor().userId() : event.actor().username();
		return java.util.Arrays.asList(actor, event.action().code(), subject(event.subject()), event.outcome(), event.purpose());
	}

	private static @Nullable String subject(@Nullable AuditSubject subject) {
		return subject == null ? null : subject.type() + ":" + subject.id();
	}

	private SubjectAccessReport.Access line(Group group, Map<AuditSubject, String> records, Names names) {
		var event = group.event.event();
		var actor = event.actor();
		var who = names.who(actor.userId(), actor.username());
		var agency = actor.agencyId() == null ? null : names.agency(new AgencyId(actor.agencyId()));
		var phrase = phrases.get(event.action().code());
		var record = event.subject() == null ? "a record" : records.getOrDefault(event.subject(), "a record");
		var did = phrase == null ? "did " + event.action().code() + " to " + record : phrase.done().replace(ActionWords.RECORD, record);
		var attempted = phrase == null ? "do " + event.action().code() + " to " + record
				: phrase.attempted().replace(ActionWords.RECORD, record);
		var kind = phrase == null ? "Other" : phrase.kind().label();
		var action = switch (event.outcome()) {
			case SUCCESS -> did;
			case DENIED -> "tried to " + attempted + times(group) + " and was refused";
			case FAILURE -> "tried to " + attempted + times(group) + " and it did not succeed";
		};
		var sentence = new StringBuilder(who);
		if (agency != null) {
			sentence.append(", ").append(agency);
		}
		sentence.append(", ").append(action);
		if (event.outcome() == AuditOutcome.SUCCESS) {
			sentence.append(times(group));
		}
		sentence.append(when(group));
		if (event.purpose() != null) {
			sentence.append(" (purpose: ").append(event.purpose()).append(')');
		}
		var what = event.outcome() == AuditOutcome.SUCCESS ? did : "tried to " + attempted;
		return new SubjectAccessReport.Access(group.first, group.last, group.times, who, agency, what, outcome(event.outcome()),
				event.purpose(), kind, sentence.toString(), subject(event.subject()));
	}

	private static String times(Group group) {
		return group.times == 1 ? "" : " " + group.times + " times";
	}

	/** ", 2 December 2026 10:23", " on 2 December 2026 between 10:23 and 10:41" (or "at 10:23"), " between … and …" */
	private static String when(Group group) {
		if (group.times == 1) {
			return ", " + InWords.moment(group.first);
		}
		var firstDay = LocalDate.ofInstant(group.first, ZoneOffset.UTC);
		if (firstDay.equals(LocalDate.ofInstant(group.last, ZoneOffset.UTC))) {
			var from = InWords.clock(group.first);
			var to = InWords.clock(group.last);
			return " on " + InWords.date(firstDay) + (from.equals(to) ? " at " + from : " between " + from + " and " + to);
		}
		return " between " + InWords.moment(group.first) + " and " + InWords.moment(group.last);
	}

	static String outcome(AuditOutcome outcome) {
		return switch (outcome) {
			case SUCCESS -> "Done";
			case DENIED -> "Refused";
			case FAILURE -> "Did not succeed";
		};
	}

	private static final class Group {

		final RecordedAuditEvent event;
		final Instant first;
		Instant last;
		int times = 1;

		Group(RecordedAuditEvent event) {
			this.event = event;
			this.first = event.occurredAt();
			this.last = event.occurredAt();
		}
	}

	/** Names of staff and agencies, each looked up once per history. */
	private final class Names {

		private final Map<UUID, String> staff = new HashMap<>();
		private final Map<AgencyId, String> agencyNames = new HashMap<>();

		String who(@Nullable UUID user, @Nullable String username) {
			if (user == null) {
				// the retention job and other work Tandem does by itself record no account
				return username == null ? "Someone not signed in" : "Tandem's " + username.replace('-', ' ').toLowerCase(Locale.ROOT);
			}
			return staff.computeIfAbsent(user, id -> accounts.card(new UserId(id)).map(StaffCard::displayName)
				.orElse(Objects.requireNonNullElse(username, "a staff member whose account was removed")));
		}

		String agency(AgencyId id) {
			return agencyNames.computeIfAbsent(id, agencies::nameOf);
		}
	}
}
