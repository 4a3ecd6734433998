package eu.tandem.casework;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import eu.tandem.hub.HubId;
import eu.tandem.identity.AgencyId;
import eu.tandem.identity.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Break-the-glass grants in {@code casework.emergency_access}. */
@Repository
class EmergencyStore {

	private final JdbcClient jdbc;

	EmergencyStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(EmergencyAccess grant) {
		jdbc.sql("""
				insert into casework.emergency_access (id, case_id, user_id, agency_id, scope, reason, opened_at, expires_at)
				values (:id, :case, :user, :agency, :scope, :reason, :opened, :expires)
				""")
			.param("id", grant.id()).param("case", grant.caseId().value()).param("user", grant.user().value())
			.param("agency", grant.agency().value()).param("scope", grant.scope().name()).param("reason", grant.reason())
			.param("opened", Timestamp.from(grant.openedAt())).param("expires", Timestamp.from(grant.expiresAt()))
			.update();
	}

	/** The user's grants on the case that are running at this moment. */
	List<EmergencyAccess> active(CaseId id, UserId user, Instant now) {
		return jdbc.sql("""
				select * from casework.emergency_access
				 where case_id = :case and user_id = :user and opened_at <= :now and expires_at > :now
				""")
			.param("case", id.value()).param("user", user.value()).param("now", Timestamp.from(now))
			.query((rs, n) -> row(rs)).list();
	}

	List<EmergencyAccess> ofCase(CaseId id) {
		return jdbc.sql("select * from casework.emergency_access where case_id = :case order by opened_at desc")
			.param("case", id.value()).query((rs, n) -> row(rs)).list();
	}

	/** Grants not reviewed yet on cases of these hubs, oldest first: the data protection officer's queue. */
	List<EmergencyAccess> unreviewed(List<HubId> hubs) {
		if (hubs.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select e.* from casework.emergency_access e join casework.case_file c on c.id = e.case_id
				 where e.reviewed_at is null and c.hub_id = any(:hubs)
				 order by e.opened_at
				""")
			.param("hubs", hubs.stream().map(HubId::value).toArray(UUID[]::new)).query((rs, n) -> row(rs)).list();
	}

	java.util.Optional<EmergencyAccess> byId(UUID id) {
		return jdbc.sql("select * from casework.emergency_access where id = :id").param("id", id)
			.query((rs, n) -> row(rs)).optional();
	}

	boolean review(UUID id, UserId reviewer, String note, Instant now) {
		return jdbc.sql("""
				update casework.emergency_access set reviewed_at = :now, reviewed_by = :reviewer, review_note = :note
				 where id = :id and reviewed_at is null
				""")
			.param("id", id).param("reviewer", reviewer.value()).param("note", note).param("now", Timestamp.from(now))
			.update() == 1;
	}

	private static EmergencyAccess row(ResultSet rs) throws SQLException {
		var reviewed = rs.getTimestamp("reviewed_at");
		return new EmergencyAccess(rs.getObject("id", UUID.class), new CaseId(rs.getObject("case_id", UUID.class)),
				new UserId(rs.getObject("user_id", UUID.class)), new AgencyId(rs.getObject("agency_id", UUID.class)),
				EmergencyAccess.Scope.valueOf(rs.getString("scope")), rs.getString("reason"),
				rs.getTimestamp("opened_at").toInstant(), rs.getTimestamp("expires_at").toInstant(),
				reviewed == null ? null : reviewed.toInstant(), rs.getString("review_note"));
	}
}
