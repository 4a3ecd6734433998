package eu.tandem.identity;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import eu.tandem.audit.AuditActor;
import eu.tandem.audit.AuditEvent;
import eu.tandem.audit.AuditLog;
import eu.tandem.audit.AuditOutcome;
import eu.tandem.kernel.EditConflict;
import eu.tandem.kernel.InvalidInput;
import eu.tandem.kernel.NotFound;
import eu.tandem.web.Language;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff accounts, managed by the administrators of their agency. Every method checks on the server that
 * the caller may manage the account's agency; an account they may not manage does not exist for them.
 */
@Service
public class Accounts {

	private final AccountStore store;
	private final PasswordEncoder passwords;
	private final AuditLog audit;
	private final Clock clock;

	Accounts(AccountStore store, PasswordEncoder passwords, AuditLog audit, Clock clock) {
		this.store = store;
		this.passwords = passwords;
		this.audit = audit;
		this.clock = clock;
	}

	/** Opens an account; its holder enrols an authenticator at first sign-in. */
	@Transactional
	public AccountView create(NewAccount account, CurrentUser actor) {
		requireMayManage(actor, account.agencyId());
		requireMayAssign(actor, account);
		// the administrator knows this password: its holder replaces it at first sign-in
		return insert(account, null, true, actor.asAuditActor());
	}

	/**
	 * Opens an account whose authenticator is already known. Only for demo data and scripted set-ups, where
	 * the secret is published on purpose; a production start never loads them unless asked.
	 */
	AccountView createWithAuthenticator(NewAccount account, TotpSecret secret) {
		return insert(account, secret, false, AuditActor.unknown());
	}

	/** Keeps the language the user chose in the header's switch with their account. */
	@Transactional
	public void chooseLanguage(CurrentUser user, Language language) {
		store.chooseLanguage(user.id(), language);
		audit.record(AuditEvent.success(user.asAuditActor(), IdentityAudit.LANGUAGE_CHOSEN, IdentityAudit.user(user.id())));
	}

	/** The account, if the actor may manage it; otherwise it does not exist for them. */
	@Transactional(readOnly = true)
	public Optional<AccountView> find(UserId id, CurrentUser actor) {
		return store.byId(id).map(AccountStore.StoredAccount::view)
			.filter(view -> StaffAdministration.mayManage(actor, view));
	}

	/** A colleague's card for shared screens (hub members, signatories); nothing an administrator alone may see. */
	@Transactional(readOnly = true)
	public Optional<StaffCard> card(UserId id) {
		return store.byId(id).map(stored -> StaffCard.of(stored.view()));
	}

	/** The active staff of an agency, by name, as colleagues see them. */
	@Transactional(readOnly = true)
	public List<StaffCard> activeStaffOf(AgencyId agency) {
		return store.ofAgency(agency, "").stream().filter(AccountView::active).map(StaffCard::of).toList();
	}

	/** The staff of an agency whose name or username contains {@code filter}, by name. */
	@Transactional(readOnly = true)
	public List<AccountView> staffOf(AgencyId agency, String filter, CurrentUser actor) {
		if (!StaffAdministration.mayManageStaffOf(actor, agency)) {
			throw new NotFound();
		}
		return store.ofAgency(agency, filter == null ? "" : filter.strip());
	}

	/**
	 * Applies an administrator's changes, unless someone else changed the account since the form was
	 * loaded: then nothing is saved and {@link EditConflict} says so.
	 */
	@Transactional
	public AccountView update(UserId id, AccountChanges changes, long expectedVersion, CurrentUser actor) {
		var current = manageable(id, actor);
		if (!StaffAdministration.mayChangeRoles(actor, current, changes.roles())) {
			throw id.equals(actor.id()) ? InvalidInput.of("roles", "identity.error.ownRoles")
					: InvalidInput.of("roles", "identity.error.systemAdministratorRole");
		}
		if (!store.update(id, changes, expectedVersion, clock.instant())) {
			throw EditConflict.of("identity.conflict.account");
		}
		var auditActor = actor.asAuditActor();
		audit.record(AuditEvent.success(auditActor, IdentityAudit.ACCOUNT_UPDATED, IdentityAudit.user(id)));
		// which access was given or taken, so that a data protection officer can follow it
		changes.roles().stream().filter(role -> !current.roles().contains(role)).forEach(role -> audit.record(
				new AuditEvent(auditActor, IdentityAudit.ROLE_GRANTED, AuditOutcome.SUCCESS, IdentityAudit.user(id), null,
						IdentityAudit.code(role))));
		current.roles().stream().filter(role -> !changes.roles().contains(role)).forEach(role -> audit.record(
				new AuditEvent(auditActor, IdentityAudit.ROLE_REVOKED, AuditOutcome.SUCCESS, IdentityAudit.user(id), null,
						IdentityAudit.code(role))));
		return store.byId(id).orElseThrow().view();
	}

	/** Ends the account's use: its sessions end at their next request and it cannot sign in. */
	@Transactional
	public void deactivate(UserId id, CurrentUser actor) {
		manageable(id, actor);
		if (id.equals(actor.id())) {
			throw InvalidInput.of("account", "identity.error.deactivateSelf");
		}
		if (store.setActive(id, false, clock.instant())) {
			audit.record(AuditEvent.success(actor.asAuditActor(), IdentityAudit.ACCOUNT_DEACTIVATED, IdentityAudit.user(id)));
		}
	}

	@Transactional
	public void reactivate(UserId id, CurrentUser actor) {
		manageable(id, actor);
		if (store.setActive(id, true, clock.instant())) {
			audit.record(AuditEvent.success(actor.asAuditActor(), IdentityAudit.ACCOUNT_REACTIVATED, IdentityAudit.user(id)));
		}
	}

	/** For a lost phone: forgets the authenticator, ends the sessions; the next sign-in enrols a new one. */
	@Transactional
	public void resetMfa(UserId id, CurrentUser actor) {
		manageable(id, actor);
		store.clearTotp(id, clock.instant());
		audit.record(AuditEvent.success(actor.asAuditActor(), IdentityAudit.MFA_RESET, IdentityAudit.user(id)));
	}

	private AccountView insert(NewAccount account, TotpSecret secret, boolean passwordChangeRequired, AuditActor actor) {
		var id = UserId.random();
		var hash = passwords.encode(account.initialPassword().reveal());
		try {
			store.insert(id, account, hash, secret == null ? null : secret.base32(), passwordChangeRequired, clock.instant());
		}
		catch (DuplicateKeyException taken) {
			throw InvalidInput.of("username", "identity.error.usernameTaken", account.username().value());
		}
		audit.record(AuditEvent.success(actor, IdentityAudit.ACCOUNT_CREATED, IdentityAudit.user(id)));
		return store.byId(id).orElseThrow().view();
	}

	private AccountView manageable(UserId id, CurrentUser actor) {
		return find(id, actor).orElseThrow(NotFound::new);
	}

	private static void requireMayManage(CurrentUser actor, AgencyId agency) {
		if (!StaffAdministration.mayManageStaffOf(actor, agency)) {
			throw new NotFound();
		}
	}

	private static void requireMayAssign(CurrentUser actor, NewAccount account) {
		if (!StaffAdministration.mayAssign(actor, account.roles())) {
			throw InvalidInput.of("roles", "identity.error.systemAdministratorRole");
		}
	}
}
