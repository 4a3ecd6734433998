package eu.tandem.audit;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * One thing that happened: who did what, to which record, and how it ended. Never the content of the
 * record itself; {@code reason} is a short machine-readable cause such as {@code bad-credentials}.
 */
public record AuditEvent(AuditActor actor, AuditAction action, AuditOutcome outcome, @Nullable AuditSubject subject,
		@Nullable String purpose, @Nullable String reason) {

	public AuditEvent {
		Objects.requireNonNull(actor, "actor");
		Objects.requireNonNull(action, "action");
		Objects.requireNonNull(outcome, "outcome");
		if (reason != null && !reason.matches("[a-z0-9-]{1,64}")) {
			throw new IllegalArgumentException("An audit reason is a short code such as 'bad-credentials'");
		}
	}

	public static AuditEvent success(AuditActor actor, AuditAction action, @Nullable AuditSubject subject) {
		return new AuditEvent(actor, action, AuditOutcome.SUCCESS, subject, null, null);
	}

	public static AuditEvent failure(AuditActor actor, AuditAction action, @Nullable AuditSubject subject,
			String reason) {
		return new AuditEvent(actor, action, AuditOutcome.FAILURE, subject, null, reason);
	}

	public static AuditEvent denied(AuditActor actor, AuditAction action, @Nullable AuditSubject subject,
			String reason) {
		return new AuditEvent(actor, action, AuditOutcome.DENIED, subject, null, reason);
	}
}
