package eu.tandem.audit;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** An event as stored: its place in the trail, when it was written and where the request came from. */
public record RecordedAuditEvent(long sequence, Instant occurredAt, AuditEvent event, @Nullable String clientAddress) {
}
