package eu.tandem.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

import eu.tandem.audit.AuditActor;
import eu.tandem.audit.AuditEvent;
import eu.tandem.audit.AuditLog;
import eu.tandem.audit.AuditOutcome;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;

/**
 * The two steps of signing in, each admitted by the throttle and traced in the audit trail. Hashing and code
 * checks run outside any transaction; what completes a sign-in (the code's time step used up, the attempts
 * cleared, the event written) commits together or not at all.
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

	record Refused(Refusal reason, Optional<Instant> pausedUntil) implements Outcome {

		static Refused because(Refusal reason) {
			return new Refused(reason, Optional.empty());
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
		var account = accounts.byUsername(username);
		var paused = throttle.admit(username);
		if (paused.isPresent()) {
			traceRefusal(account, Refusal.PAUSED, AuditOutcome.DENIED);
			return new Refused(Refusal.PAUSED, paused);
		}
		var matches = passwords.matches(password == null ? "" : password,
				account.map(AccountStore.StoredAccount::passwordHash).orElse(dummyHash));
		if (account.isPresent() && matches && account.get().view().active()) {
			return new PasswordAccepted(new PasswordVerified(account.get().asCurrentUser(), clock.instant()));
		}
		var reason = account.isEmpty() ? Refusal.UNKNOWN_USERNAME : matches ? Refusal.INACTIVE_ACCOUNT : Refusal.BAD_PASSWORD;
		return refuse(account, reason);
	}

	/** The second step for someone with an authenticator. */
	Outcome checkCode(PasswordVerified pending, String code) {
		var refusal = refusalBeforeCode(pending);
		if (refusal.isPresent()) {
			return refusal.get();
		}
		var account = accounts.byId(pending.getPrincipal().id()).filter(a -> a.view().active() && a.totpSecret() != null);
		if (account.isEmpty()) {
			return refuse(account, Refusal.NOT_ENROLLED);
		}
		var step = totp.matchingStep(new TotpSecret(account.get().totpSecret()), code);
		if (step.isEmpty()) {
			return refuse(account, Refusal.BAD_CODE);
		}
		return complete(account.get(), (id) -> accounts.useTotpStep(id, step.getAsLong()), Refusal.REPLAYED_CODE);
	}

	/** The second step on first sign-in: the code proves the app holds the new secret before it is kept. */
	Outcome enrol(PasswordVerified pending, TotpSecret secret, String code) {
		var refusal = refusalBeforeCode(pending);
		if (refusal.isPresent()) {
			return refusal.get();
		}
		var account = accounts.byId(pending.getPrincipal().id()).filter(a -> a.view().active());
		var step = totp.matchingStep(secret, code);
		if (account.isEmpty() || step.isEmpty()) {
			return refuse(account, Refusal.BAD_CODE);
		}
		return complete(account.get(), (id) -> {
			if (!accounts.enrolTotp(id, secret.base32(), step.getAsLong(), clock.instant())) {
				return false;
			}
			var user = account.get().asCurrentUser();
			audit.record(AuditEvent.success(user.asAuditActor(), IdentityAudit.MFA_ENROLLED, IdentityAudit.user(id)));
			return true;
		}, Refusal.ALREADY_ENROLLED);
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
				IdentityAudit.SESSION_ENDED, AuditOutcome.SUCCESS, IdentityAudit.user(user.id()), null, reason)));
	}

	private Optional<Refused> refusalBeforeCode(PasswordVerified pending) {
		if (pending.verifiedAt().plus(SECOND_STEP_WINDOW).isBefore(clock.instant())) {
			return Optional.of(Refused.because(Refusal.SECOND_STEP_EXPIRED));
		}
		var user = pending.getPrincipal();
		var paused = throttle.admit(user.username());
		if (paused.isPresent()) {
			transactions.executeWithoutResult(tx -> audit.record(AuditEvent.denied(user.asAuditActor(),
					IdentityAudit.SIGN_IN, IdentityAudit.user(user.id()), Refusal.PAUSED.code())));
			return Optional.of(new Refused(Refusal.PAUSED, paused));
		}
		return Optional.empty();
	}

	/**
	 * Completes sign-in if {@code finalStep} (using up the code's time step, or keeping a new authenticator)
	 * succeeds, in the same transaction as the trace of it; otherwise refuses for {@code otherwise}.
	 */
	private Outcome complete(AccountStore.StoredAccount account, Predicate<UserId> finalStep, Refusal otherwise) {
		var now = clock.instant();
		var user = account.asCurrentUser();
		var completed = transactions.execute(tx -> {
			if (!finalStep.test(user.id())) {
				return false;
			}
			accounts.recordSignIn(user.id(), now);
			throttle.clear(user.username());
			audit.record(AuditEvent.success(user.asAuditActor(), IdentityAudit.SIGN_IN, IdentityAudit.user(user.id())));
			return true;
		});
		if (!Boolean.TRUE.equals(completed)) {
			return refuse(Optional.of(account), otherwise);
		}
		return new Accepted(new SignedIn(user, now, account.passwordChangeRequired()));
	}

	/** The attempt was counted when it was admitted; a refusal only leaves its trace. */
	private Refused refuse(Optional<AccountStore.StoredAccount> account, Refusal reason) {
		traceRefusal(account, reason, AuditOutcome.FAILURE);
		return Refused.because(reason);
	}

	private void traceRefusal(Optional<AccountStore.StoredAccount> account, Refusal reason, AuditOutcome outcome) {
		transactions.executeWithoutResult(tx -> audit.record(new AuditEvent(actorOf(account), IdentityAudit.SIGN_IN,
				outcome, account.map(a -> IdentityAudit.user(a.view().id())).orElse(null), null, reason.code())));
	}

	/** A known account is named in the trail; an unknown name is not kept, it may be a mistyped password. */
	private static AuditActor actorOf(Optional<AccountStore.StoredAccount> account) {
		return account.map(a -> a.asCurrentUser().asAuditActor()).orElse(AuditActor.unknown());
	}
}
