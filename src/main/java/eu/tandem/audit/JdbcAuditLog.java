package eu.tandem.audit;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The trail in PostgreSQL: inserts only, each sealed with the key; the table's triggers refuse anything else but
 * adding a sealed event to the chain.
 */
@Service
class JdbcAuditLog implements AuditLog {

	private final JdbcClient jdbc;
	private final Clock clock;
	private final SealKey key;
	private final TransactionSynchronization sealAfterCommit;

	JdbcAuditLog(JdbcClient jdbc, Clock clock, SealKey key, ChainSealer sealer) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.key = key;
		this.sealAfterCommit = new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				sealer.sealSoon();
			}
		};
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(AuditEvent event) {
		insert(event);
	}

	/** Sealed here, chained after the commit: see {@link ChainSealer}. */
	private void insert(AuditEvent event) {
		var content = EventContent.of(event, UUID.randomUUID(), clock.instant(), ClientAddress.ofCurrentRequest());
		jdbc.sql("""
				insert into audit.event (event_id, occurred_at, actor_user_id, actor_username, actor_agency_id, actor_roles,
				                         action, outcome, subject_type, subject_id, purpose, reason, client_address, seal)
				values (:eventId, :occurredAt, :userId, :username, :agencyId, :roles, :action, :outcome,
				        :subjectType, :subjectId, :purpose, :reason, :clientAddress, :seal)
				""")
			.param("eventId", content.eventId())
			.param("occurredAt", OffsetDateTime.ofInstant(content.occurredAt(), ZoneOffset.UTC))
			.param("userId", content.actorUserId())
			.param("username", content.actorUsername())
			.param("agencyId", content.actorAgencyId())
			.param("roles", content.actorRoles().toArray(String[]::new))
			.param("action", content.action())
			.param("outcome", content.outcome())
			.param("subjectType", content.subjectType())
			.param("subjectId", content.subjectId())
			.param("purpose", content.purpose())
			.param("reason", content.reason())
			.param("clientAddress", content.clientAddress())
			.param("seal", key.seal(content.canonical()))
			.update();
		if (TransactionSynchronizationManager.isSynchronizationActive()
				&& !TransactionSynchronizationManager.getSynchronizations().contains(sealAfterCommit)) {
			TransactionSynchronizationManager.registerSynchronization(sealAfterCommit);
		}
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
