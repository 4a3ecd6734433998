package eu.tandem.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import eu.tandem.web.Language;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Accounts in {@code identity.account}, in plain SQL. */
@Repository
class AccountStore {

	/** An account as the sign-in steps need it, secrets included; never leaves this package. */
	record StoredAccount(AccountView view, String passwordHash, @Nullable String totpSecret, boolean passwordChangeRequired,
			int sessionEpoch) {

		CurrentUser asCurrentUser() {
			return new CurrentUser(view.id(), view.username(), view.displayName(), view.agencyId(), view.profession(),
					view.roles(), sessionEpoch);
		}
	}

	private final JdbcClient jdbc;

	AccountStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(UserId id, NewAccount account, String passwordHash, @Nullable String totpSecret,
			boolean passwordChangeRequired, Instant now) {
		jdbc.sql("""
				insert into identity.account (id, username, display_name, agency_id, profession, roles, password_hash,
				                              totp_secret, password_change_required, created_at, updated_at)
				values (:id, :username, :displayName, :agencyId, :profession, :roles, :passwordHash, :totpSecret,
				        :passwordChangeRequired, :now, :now)
				""")
			.param("id", id.value())
			.param("username", account.username().value())
			.param("displayName", account.displayName())
			.param("agencyId", account.agencyId().value())
			.param("profession", account.profession().name())
			.param("roles", roleNames(account.roles()))
			.param("passwordHash", passwordHash)
			.param("totpSecret", totpSecret)
			.param("passwordChangeRequired", passwordChangeRequired)
			.param("now", Timestamp.from(now))
			.update();
	}

	/** The language the account's holder chose, if they chose one. */
	Optional<Language> language(UserId id) {
		return jdbc.sql("select language from identity.account where id = :id").param("id", id.value())
			.query(String.class).optional().flatMap(Language::ofCode);
	}

	void chooseLanguage(UserId id, Language language) {
		jdbc.sql("update identity.account set language = :language where id = :id")
			.param("language", language.code()).param("id", id.value()).update();
	}

	/** Applies the changes only if nobody changed the account since {@code expectedVersion} was read. */
	boolean update(UserId id, AccountChanges changes, long expectedVersion, Instant now) {
		return jdbc.sql("""
				update identity.account
				   set display_name = :displayName, profession = :profession, roles = :roles,
				       updated_at = :now, version = version + 1,
				       session_epoch = case when roles = cast(:roles as text[]) and profession = :profession
				                            then session_epoch else session_epoch + 1 end
				 where id = :id and version = :version
				""")
			.param("id", id.value())
			.param("displayName", changes.displayName())
			.param("profession", changes.profession().name())
			.param("roles", roleNames(changes.roles()))
			.param("version", expectedVersion)
			.param("now", Timestamp.from(now))
			.update() == 1;
	}

	boolean setActive(UserId id, boolean active, Instant now) {
		return jdbc.sql("""
				update identity.account
				   set active = :active, updated_at = :now, version = version + 1,
				       session_epoch = session_epoch + case when :active then 0 else 1 end
				 where id = :id and active <> :active
				""")
			.param("id", id.value())
			.param("active", active)
			.param("now", Timestamp.from(now))
			.update() == 1;
	}

	/** Forgets the authenticator; the next sign-in enrols a new one and current sessions end. */
	void clearTotp(UserId id, Instant now) {
		jdbc.sql("""
				update identity.account
				   set totp_secret = null, totp_last_step = null, updated_at = :now, version = version + 1,
				       session_epoch = session_epoch + 1
				 where id = :id
				""")
			.param("id", id.value())
			.param("now", Timestamp.from(now))
			.update();
	}

	/** Stores a confirmed authenticator, unless another one was confirmed meanwhile. */
	boolean enrolTotp(UserId id, String secret, long usedStep, Instant now) {
		return jdbc.sql("""
				update identity.account
				   set totp_secret = :secret, totp_last_step = :step, updated_at = :now, version = version + 1
				 where id = :id and totp_secret is null
				""")
			.param("id", id.value())
			.param("secret", secret)
			.param("step", usedStep)
			.param("now", Timestamp.from(now))
			.update() == 1;
	}

	/**
	 * Marks a time step as used, atomically: a code is accepted once, even when two requests race with it.
	 */
	boolean useTotpStep(UserId id, long step) {
		return jdbc.sql("""
				update identity.account set totp_last_step = :step
				 where id = :id and (totp_last_step is null or totp_last_step < :step)
				""")
			.param("id", id.value())
			.param("step", step)
			.update() == 1;
	}

	void recordSignIn(UserId id, Instant now) {
		jdbc.sql("update identity.account set last_sign_in_at = :now where id = :id")
			.param("id", id.value())
			.param("now", Timestamp.from(now))
			.update();
	}

	/** Replaces the password; every other session of the account ends. Returns the new session epoch. */
	int changePassword(UserId id, String passwordHash, Instant now) {
		return jdbc.sql("""
				update identity.account
				   set password_hash = :hash, password_change_required = false, updated_at = :now,
				       version = version + 1, session_epoch = session_epoch + 1
				 where id = :id
				returning session_epoch
				""")
			.param("id", id.value())
			.param("hash", passwordHash)
			.param("now", Timestamp.from(now))
			.query(Integer.class)
			.single();
	}

	Optional<StoredAccount> byUsername(String username) {
		return jdbc.sql("select * from identity.account where username = :username")
			.param("username", username)
			.query((rs, row) -> stored(rs))
			.optional();
	}

	Optional<StoredAccount> byId(UserId id) {
		return jdbc.sql("select * from identity.account where id = :id")
			.param("id", id.value())
			.query((rs, row) -> stored(rs))
			.optional();
	}

	/** The state a live session is checked against on every request. */
	Optional<SessionState> sessionState(UserId id) {
		return jdbc.sql("select active, session_epoch from identity.account where id = :id")
			.param("id", id.value())
			.query((rs, row) -> new SessionState(rs.getBoolean("active"), rs.getInt("session_epoch")))
			.optional();
	}

	record SessionState(boolean active, int epoch) {
	}

	List<AccountView> ofAgency(AgencyId agency, String filter) {
		var pattern = "%" + filter.toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
		return jdbc.sql("""
				select * from identity.account
				 where agency_id = :agency
				   and (lower(display_name) like :pattern or username like :pattern)
				 order by lower(display_name), username
				""")
			.param("agency", agency.value())
			.param("pattern", pattern)
			.query((rs, row) -> view(rs))
			.list();
	}

	boolean exists(Username username) {
		return jdbc.sql("select count(*) from identity.account where username = :username")
			.param("username", username.value())
			.query(Long.class)
			.single() > 0;
	}

	private static StoredAccount stored(ResultSet rs) throws SQLException {
		return new StoredAccount(view(rs), rs.getString("password_hash"), rs.getString("totp_secret"),
				rs.getBoolean("password_change_required"), rs.getInt("session_epoch"));
	}

	private static AccountView view(ResultSet rs) throws SQLException {
		var lastSignIn = rs.getTimestamp("last_sign_in_at");
		return new AccountView(new UserId(rs.getObject("id", UUID.class)), rs.getString("username"),
				rs.getString("display_name"), new AgencyId(rs.getObject("agency_id", UUID.class)),
				Profession.valueOf(rs.getString("profession")), roles((String[]) rs.getArray("roles").getArray()),
				rs.getBoolean("active"), rs.getString("totp_secret") != null,
				lastSignIn == null ? null : lastSignIn.toInstant(), rs.getLong("version"));
	}

	private static Set<Role> roles(String[] names) {
		return Arrays.stream(names).map(Role::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
	}

	private static String[] roleNames(Set<Role> roles) {
		return roles.stream().sorted().map(Role::name).toArray(String[]::new);
	}
}
