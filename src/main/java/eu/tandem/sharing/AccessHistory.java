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
import java.util.UUID;

import eu.tandem.agency.Agencies;
import eu.tandem.audit.ActionWords;
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
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A person's access history as sentences: who (by name and agency) did what to which of the person's records, when,
 * and how it ended, in the request's language (the answer's, when it is compiled into one), with the words each
 * module's bundle gives for the actions it declares ({@link ActionWords}): {@code sharing.item-viewed.done=read {0}}.
 * Times are UTC, as the answer to the person says. Repeated identical accesses — one person, one action, one record,
 * one outcome, each within {@link #CLOSE_TOGETHER} of the one before — read as one line ("… read the case 8 times on
 * 2 December 2026 between 10:23 and 10:41"), so that a data protection officer's own page views do not bury the rest.
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
	private final Map<String, ActionWords.Kind> kinds = new HashMap<>();
	private final MessageSource messages;

	AccessHistory(AuditLog audit, Accounts accounts, Agencies agencies, List<ActionWords> words, MessageSource messages) {
		this.audit = audit;
		this.accounts = accounts;
		this.agencies = agencies;
		this.messages = messages;
		words.forEach(source -> source.kinds().forEach((action, kind) -> kinds.put(action.code(), kind)));
	}

	/**
	 * The history of these records, each named in words, grouped, newest first, as far as it belongs to the hubs it is
	 * compiled for ({@link #staysInTheHubs}).
	 */
	List<SubjectAccessReport.Access> of(Map<AuditSubject, String> records, java.util.Set<AgencyId> hubAgencies) {
		var events = new ArrayList<>(audit.aboutAny(records.keySet(), ALL).stream()
			.filter(event -> staysInTheHubs(event, hubAgencies)).toList());
		events.sort(Comparator.comparing(RecordedAuditEvent::sequence));
		var names = new Names(LocaleContextHolder.getLocale());
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
		var record = event.subject() == null ? null : records.get(event.subject());
		if (record == null) {
			record = names.words("sharing.history.aRecord");
		}
		var action = event.action();
		var kind = kinds.get(action.code());
		// an action no module declares any more, recorded before it was removed, still reads as a sentence
		var did = kind == null ? names.words("sharing.history.unknown.done", action.code(), record)
				: names.words(ActionWords.done(action), record);
		var attempted = kind == null ? names.words("sharing.history.unknown.attempted", action.code(), record)
				: names.words(ActionWords.attempted(action), record);
		var once = group.times == 1;
		var outcome = switch (event.outcome()) {
			case SUCCESS -> "done";
			case DENIED -> "refused";
			case FAILURE -> "failed";
		};
		var sentence = names.words("sharing.history.line." + outcome + (once ? ".once" : ".repeated"),
				agency == null ? who : who + ", " + agency, event.outcome() == AuditOutcome.SUCCESS ? did : attempted,
				once ? InWords.moment(group.first) : when(group, names), group.times);
		if (event.purpose() != null) {
			sentence = names.words("sharing.history.line.purpose", sentence, event.purpose());
		}
		var what = event.outcome() == AuditOutcome.SUCCESS ? did : names.words("sharing.history.tried", attempted);
		return new SubjectAccessReport.Access(group.first, group.last, group.times, who, agency, what, outcome(event.outcome()),
				event.purpose(), kind(kind), sentence, subject(event.subject()));
	}

	/** "on 2 December 2026 between 10:23 and 10:41" (or "at 10:23"), "between … and …": repeated accesses, in UTC. */
	private static String when(Group group, Names names) {
		var firstDay = LocalDate.ofInstant(group.first, ZoneOffset.UTC);
		if (firstDay.equals(LocalDate.ofInstant(group.last, ZoneOffset.UTC))) {
			var from = InWords.clock(group.first);
			var to = InWords.clock(group.last);
			return from.equals(to) ? names.words("sharing.history.when.at", InWords.date(firstDay), from)
					: names.words("sharing.history.when.dayBetween", InWords.date(firstDay), from, to);
		}
		return names.words("sharing.history.when.between", InWords.moment(group.first), InWords.moment(group.last));
	}

	/** How an access ended, in the reader's words: "Done", "Refused", "Did not succeed". */
	String outcome(AuditOutcome outcome) {
		return messages.getMessage("sharing.history.outcome." + outcome.name(), null, LocaleContextHolder.getLocale());
	}

	/** A kind of access in the reader's words: "Reading and listing"; "Other" for an action no module gave words for. */
	String kind(ActionWords.@Nullable Kind kind) {
		return messages.getMessage("sharing.history.kind." + (kind == null ? "OTHER" : kind.name()), null,
				LocaleContextHolder.getLocale());
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

	/** Names of staff and agencies, each looked up once per history, and the words of one language. */
	private final class Names {

		private final Map<UUID, String> staff = new HashMap<>();
		private final Map<AgencyId, String> agencyNames = new HashMap<>();
		private final Locale locale;

		Names(Locale locale) {
			this.locale = locale;
		}

		String words(String key, Object... arguments) {
			return messages.getMessage(key, arguments, locale);
		}

		String who(@Nullable UUID user, @Nullable String username) {
			if (user == null) {
				// the retention job and other work Tandem does by itself record no account
				return username == null ? words("sharing.history.notSignedIn")
						: words("sharing.history.tandem", username.replace('-', ' ').toLowerCase(Locale.ROOT));
			}
			return staff.computeIfAbsent(user, id -> accounts.card(new UserId(id)).map(StaffCard::displayName)
				.orElseGet(() -> username != null ? username : words("sharing.staffRemoved")));
		}

		String agency(AgencyId id) {
			return agencyNames.computeIfAbsent(id, agencies::nameOf);
		}
	}
}
