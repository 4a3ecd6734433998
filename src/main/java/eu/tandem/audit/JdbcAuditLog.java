package eu.tandem.audit;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The trail in PostgreSQL: inserts only; the table's trigger refuses anything else. */
@Service
class JdbcAuditLog implements AuditLog {

	private final JdbcClient jdbc;
	private final Clock clock;

	JdbcAuditLog(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(AuditEvent event) {
		insert(event);
	}

	private void insert(AuditEvent event) {
		var actor = event.actor();
		var subject = event.subject();
		jdbc.sql("""
				insert into audit.event (occurred_at, actor_user_id, actor_username, actor_agency_id, actor_roles,
				                         action, outcome, subject_type, subject_id, purpose, reason, client_address)
				values (:occurredAt, :userId, :username, :agencyId, :roles, :action, :outcome,
				        :subjectType, :subjectId, :purpose, :reason, :clientAddress)
				""")
			.param("occurredAt", Timestamp.from(clock.instant()))
			.param("userId", actor.userId())
			.param("username", actor.username())
			.param("agencyId", actor.agencyId())
			.param("roles", actor.roles().stream().sorted().toArray(String[]::new))
			.param("action", event.action().code())
			.param("outcome", event.outcome().name())
			.param("subjectType", subject == null ? null : subject.type())
			.param("subjectId", subject == null ? null : subject.id())
			.param("purpose", event.purpose())
			.param("reason", event.reason())
			.param("clientAddress", ClientAddress.ofCurrentRequest())
			.update();
	}

	@Override
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void recordRefusal(AuditEvent event) {
		insert(event);
	}

	@Override
	@Transactional(readOnly = true)
	public List<RecordedAuditEvent> about(AuditSubject subject, int limit) {
		return jdbc.sql("select * from audit.event where subject_type = :type and subject_id = :id"
				+ " order by sequence desc limit :limit")
			.param("type", subject.type())
			.param("id", subject.id())
			.param("limit", limit)
			.query((rs, row) -> map(rs))
			.list();
	}

	@Override
	@Transactional(readOnly = true)
	public List<RecordedAuditEvent> aboutAny(java.util.Collection<AuditSubject> subjects, int limit) {
		if (subjects.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select e.* from audit.event e
				  join unnest(cast(:types as text[]), cast(:ids as text[])) as wanted(type, id)
				    on e.subject_type = wanted.type and e.subject_id = wanted.id
				 order by e.sequence desc limit :limit
				""")
			.param("types", subjects.stream().map(AuditSubject::type).toArray(String[]::new))
			.param("ids", subjects.stream().map(AuditSubject::id).toArray(String[]::new))
			.param("limit", limit)
			.query((rs, row) -> map(rs))
			.list();
	}

	@Override
	@Transactional(readOnly = true)
	public List<RecordedAuditEvent> latest(AuditAction action, int limit) {
		return jdbc.sql("select * from audit.event where action = :action order by sequence desc limit :limit")
			.param("action", action.code())
			.param("limit", limit)
			.query((rs, row) -> map(rs))
			.list();
	}

	private static RecordedAuditEvent map(ResultSet rs) throws SQLException {
		var actor = new AuditActor(rs.getObject("actor_user_id", UUID.class), rs.getString("actor_username"),
				rs.getObject("actor_agency_id", UUID.class), roles(rs.getArray("actor_roles")));
		var subjectType = rs.getString("subject_type");
		var subject = subjectType == null ? null : new AuditSubject(subjectType, rs.getString("subject_id"));
		var event = new AuditEvent(actor, AuditAction.of(rs.getString("action")),
				AuditOutcome.valueOf(rs.getString("outcome")), subject, rs.getString("purpose"), rs.getString("reason"));
		return new RecordedAuditEvent(rs.getLong("sequence"), rs.getTimestamp("occurred_at").toInstant(), event,
				rs.getString("client_address"));
	}

	private static Set<String> roles(Array array) throws SQLException {
		return array == null ? Set.of() : Set.of((String[]) array.getArray());
	}
}
