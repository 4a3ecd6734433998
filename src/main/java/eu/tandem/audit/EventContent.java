package eu.tandem.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Everything an event says, as stored: what its seal covers. Roles are a set, so they are sealed in sorted order;
 * the time is sealed in microseconds, the precision PostgreSQL keeps. The random {@code eventId} makes every seal
 * unique, so that two identical events in the same microsecond cannot stand in for each other. Read back from
 * the table, any of it may be missing after tampering: then it simply no longer matches its seal.
 */
record EventContent(@Nullable UUID eventId, @Nullable Instant occurredAt, @Nullable UUID actorUserId,
		@Nullable String actorUsername, @Nullable UUID actorAgencyId, @Nullable List<String> actorRoles,
		@Nullable String action, @Nullable String outcome, @Nullable String subjectType,
		@Nullable String subjectId, @Nullable String purpose, @Nullable String reason, @Nullable String clientAddress) {

	/** Changes only with a new way of sealing; events sealed one way are never re-sealed another. */
	private static final String VERSION = "tandem.audit.event/1";

	EventContent {
		occurredAt = occurredAt == null ? null : occurredAt.truncatedTo(ChronoUnit.MICROS);
		actorRoles = actorRoles == null ? null
				: actorRoles.stream().sorted(Comparator.nullsFirst(Comparator.naturalOrder())).toList();
	}

	static EventContent of(AuditEvent event, UUID eventId, Instant occurredAt, @Nullable String clientAddress) {
		var actor = event.actor();
		var subject = event.subject();
		return new EventContent(eventId, occurredAt, actor.userId(), actor.username(), actor.agencyId(),
				List.copyOf(actor.roles()), event.action().code(), event.outcome().name(),
				subject == null ? null : subject.type(), subject == null ? null : subject.id(), event.purpose(),
				event.reason(), clientAddress);
	}

	byte[] canonical() {
		return new CanonicalEncoding()
			.text(VERSION)
			.text(eventId)
			.instant(occurredAt)
			.text(actorUserId)
			.text(actorUsername)
			.text(actorAgencyId)
			.texts(actorRoles)
			.text(action)
			.text(outcome)
			.text(subjectType)
			.text(subjectId)
			.text(purpose)
			.text(reason)
			.text(clientAddress)
			.toBytes();
	}
}
