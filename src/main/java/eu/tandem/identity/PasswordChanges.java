package eu.tandem.identity;

import java.time.Clock;
import java.util.Objects;

import eu.tandem.audit.AuditEvent;
import eu.tandem.audit.AuditLog;
import eu.tandem.kernel.InvalidInput;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;

/**
 * A signed-in person replaces their own password: they prove the current one (throttled like sign-in), the
 * new one follows the password rules, and every other session of the account ends.
 */
@Service
class PasswordChanges {

	private final AccountStore accounts;
	private final SignInThrottle throttle;
	private final PasswordEncoder passwords;
	private final AuditLog audit;
	private final TransactionOperations transactions;
	private final Clock clock;

	PasswordChanges(AccountStore accounts, SignInThrottle throttle, PasswordEncoder passwords, AuditLog audit,
			TransactionOperations transactions, Clock clock) {
		this.accounts = accounts;
		this.throttle = throttle;
		this.passwords = passwords;
		this.audit = audit;
		this.transactions = transactions;
		this.clock = clock;
	}

	/** Returns the sign-in with the account's new session epoch; refuses with {@link InvalidInput} on a field. */
	SignedIn change(SignedIn current, String currentPassword, String newPassword, String confirmation) {
		var user = current.getPrincipal();
		var username = new Username(user.username());
		var replacement = Password.of("newPassword", newPassword, username);
		if (!Objects.equals(newPassword, confirmation)) {
			throw InvalidInput.of("confirmation", "identity.error.confirmationDiffers");
		}
		var paused = throttle.admit(user.username());
		if (paused.isPresent()) {
			throw InvalidInput.of("currentPassword", "identity.signIn.paused", PasswordStepHandlers.clockTime(paused.get()));
		}
		var account = accounts.byId(user.id()).orElseThrow();
		if (!passwords.matches(currentPassword == null ? "" : currentPassword, account.passwordHash())) {
			throw InvalidInput.of("currentPassword", "identity.error.notCurrentPassword");
		}
		if (newPassword.equals(currentPassword)) {
			throw InvalidInput.of("newPassword", "identity.error.samePassword");
		}
		var hash = passwords.encode(replacement.reveal());
		var epoch = transactions.execute(tx -> {
			var newEpoch = accounts.changePassword(user.id(), hash, clock.instant());
			throttle.clear(user.username());
			audit.record(AuditEvent.success(user.asAuditActor(), IdentityAudit.PASSWORD_CHANGED, IdentityAudit.user(user.id())));
			return newEpoch;
		});
		return current.withNewPassword(Objects.requireNonNull(epoch));
	}
}
