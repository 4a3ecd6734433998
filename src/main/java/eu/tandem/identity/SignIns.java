package eu.tandem.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import eu.tandem.audit.AuditActor;
import eu.tandem.audit.AuditEvent;
import eu.tandem.audit.AuditLog;
import eu.tandem.audit.AuditOutcome;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;

/**
 * The two steps of signing in, each with its throttle and its trace. Hashing and code checks run outside
 * any transaction; what they lead to (a failure counted, an event written) commits together.
 */
@Service
class SignIns {

	/** Someone who knows the password has this long to enter the code. */
	static final Duration SECOND_STEP_WINDOW = Duration.ofMinutes(10);

	sealed interface Outcome {
	}

	record Accepted(SignedIn authentication) implements Outcome {
	}

	record PasswordAccepted(PasswordVerified authentication) implements Outcome {
	}

	record Refused(String reason, Optional<Instant> pausedUntil) implements Outcome {

		boolean paused() {
			return pausedUntil.isPresent();
		}
	}

	private final AccountStore accounts;
	private final SignInThrottle throttle;
	private final PasswordEncoder passwords;
	private final Totp totp;
	private final AuditLog audit;
	private final TransactionOperations transactions;
	private final Clock clock;
	private final String dummyHash;

	SignIns(AccountStore accounts, SignInThrottle throttle, PasswordEncoder passwords, Totp totp, AuditLog audit,
			TransactionOperations transactions, Clock clock) {
		this.accounts = accounts;
		this.throttle = throttle;
		this.passwords = passwords;
		this.totp = totp;
		this.audit = audit;
		this.transactions = transactions;
		this.clock = clock;
		// checked against when the username is unknown, so that a miss takes as long as a wrong password
		this.dummyHash = passwords.encode("not a password of anyone: " + UUID.randomUUID());
	}

	Outcome checkPassword(String typedUsername, String password) {
		var username = typedUsername == null ? "" : typedUsername.strip().toLowerCase(Locale.ROOT);
		var paused = throttle.pausedUntil(username);
		if (paused.isPresent()) {
			var known = accounts.byUsername(username);
			transactions.executeWithoutResult(tx -> audit.record(AuditEvent.denied(actorOf(known), IdentityAudit.SIGN_IN,
					known.map(a -> IdentityAudit.user(a.view().id())).orElse(null), "paused")));
			return new Refused("paused", paused);
		}
		var account = accounts.byUsername(username);
		var matches = passwords.matches(password == null ? "" : password,
				account.map(AccountStore.StoredAccount::passwordHash).orElse(dummyHash));
		if (account.isPresent() && matches && account.get().view().active()) {
			return new PasswordAccepted(new PasswordVerified(account.get().asCurrentUser(), clock.instant()));
		}
		var reason = account.isEmpty() ? "unknown-username" : matches ? "inactive-account" : "bad-password";
		return fail(username, account, reason);
	}

	/** The second step for someone with an authenticator. */
	Outcome checkCode(PasswordVerified pending, String code) {
		var user = pending.getPrincipal();
		var refusal = refusalBeforeCode(pending);
		if (refusal.isPresent()) {
			return refusal.get();
		}
		var account = accounts.byId(user.id()).filter(a -> a.view().active() && a.totpSecret() != null);
		if (account.isEmpty()) {
			return fail(user.username(), account, "not-enrolled");
		}
		var step = totp.matchingStep(new TotpSecret(account.get().totpSecret()), code);
		if (step.isEmpty()) {
			return fail(user.username(), account, "bad-code");
		}
		if (!accounts.useTotpStep(user.id(), step.getAsLong())) {
			return fail(user.username(), account, "replayed-code");
		}
		return succeed(account.get());
	}

	/** The second step on first sign-in: the code proves the app holds the new secret before it is kept. */
	Outcome enrol(PasswordVerified pending, TotpSecret secret, String code) {
		var user = pending.getPrincipal();
		var refusal = refusalBeforeCode(pending);
		if (refusal.isPresent()) {
			return refusal.get();
		}
		var account = accounts.byId(user.id()).filter(a -> a.view().active());
		var step = totp.matchingStep(secret, code);
		if (account.isEmpty() || step.isEmpty()) {
			return fail(user.username(), account, "bad-code");
		}
		var enrolled = transactions.execute(tx -> {
			if (!accounts.enrolTotp(user.id(), secret.base32(), step.getAsLong(), clock.instant())) {
				return false;
			}
			audit.record(AuditEvent.success(user.asAuditActor(), IdentityAudit.MFA_ENROLLED, IdentityAudit.user(user.id())));
			return true;
		});
		if (!Boolean.TRUE.equals(enrolled)) {
			return fail(user.username(), account, "already-enrolled");
		}
		return succeed(account.get());
	}

	boolean isEnrolled(UserId id) {
		return accounts.byId(id).map(a -> a.totpSecret() != null).orElse(false);
	}

	void signedOut(CurrentUser user) {
		transactions.executeWithoutResult(tx -> audit.record(
				AuditEvent.success(user.asAuditActor(), IdentityAudit.SIGN_OUT, IdentityAudit.user(user.id()))));
	}

	void sessionEnded(CurrentUser user, String reason) {
		transactions.executeWithoutResult(tx -> audit.record(new AuditEvent(user.asAuditActor(),
				IdentityAudit.SESSION_ENDED, AuditOutcome.SUCCESS, IdentityAudit.user(user.id()), null,
				reason)));
	}

	private Optional<Refused> refusalBeforeCode(PasswordVerified pending) {
		var user = pending.getPrincipal();
		if (pending.verifiedAt().plus(SECOND_STEP_WINDOW).isBefore(clock.instant())) {
			return Optional.of(new Refused("second-step-expired", Optional.empty()));
		}
		var paused = throttle.pausedUntil(user.username());
		if (paused.isPresent()) {
			transactions.executeWithoutResult(tx -> audit.record(
					AuditEvent.denied(user.asAuditActor(), IdentityAudit.SIGN_IN, IdentityAudit.user(user.id()), "paused")));
			return Optional.of(new Refused("paused", paused));
		}
		return Optional.empty();
	}

	private Accepted succeed(AccountStore.StoredAccount account) {
		var now = clock.instant();
		var user = account.asCurrentUser();
		transactions.executeWithoutResult(tx -> {
			accounts.recordSignIn(user.id(), now);
			throttle.clear(user.username());
			audit.record(AuditEvent.success(user.asAuditActor(), IdentityAudit.SIGN_IN, IdentityAudit.user(user.id())));
		});
		return new Accepted(new SignedIn(user, now));
	}

	private Refused fail(String username, Optional<AccountStore.StoredAccount> account, String reason) {
		transactions.executeWithoutResult(tx -> {
			throttle.recordFailure(username);
			audit.record(AuditEvent.failure(actorOf(account), IdentityAudit.SIGN_IN,
					account.map(a -> IdentityAudit.user(a.view().id())).orElse(null), reason));
		});
		return new Refused(reason, throttle.pausedUntil(username));
	}

	/** A known account is named in the trail; an unknown name is not kept, it may be a mistyped password. */
	private static AuditActor actorOf(Optional<AccountStore.StoredAccount> account) {
		return account.map(a -> a.asCurrentUser().asAuditActor()).orElse(AuditActor.unknown());
	}
}
