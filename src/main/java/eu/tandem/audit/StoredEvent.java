package eu.tandem.audit;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A row of {@code audit.event} as the chain sees it: its content, its seal and its place in the chain, if any. */
record StoredEvent(long sequence, EventContent content, byte @Nullable [] seal, @Nullable Long position,
		byte @Nullable [] previousHash, byte @Nullable [] chainHash) {

	static final String COLUMNS = """
			sequence, event_id, occurred_at, actor_user_id, actor_username, actor_agency_id, actor_roles, action, outcome,
			subject_type, subject_id, purpose, reason, client_address, seal, chain_position, previous_hash, chain_hash""";

	static StoredEvent map(ResultSet rs, int row) throws SQLException {
		var occurredAt = rs.getObject("occurred_at", OffsetDateTime.class);
		var content = new EventContent(rs.getObject("event_id", UUID.class), occurredAt == null ? null : occurredAt.toInstant(),
				rs.getObject("actor_user_id", UUID.class), rs.getString("actor_username"),
				rs.getObject("actor_agency_id", UUID.class), roles(rs.getArray("actor_roles")), rs.getString("action"),
				rs.getString("outcome"), rs.getString("subject_type"), rs.getString("subject_id"), rs.getString("purpose"),
				rs.getString("reason"), rs.getString("client_address"));
		return new StoredEvent(rs.getLong("sequence"), content, rs.getBytes("seal"), rs.getObject("chain_position", Long.class),
				rs.getBytes("previous_hash"), rs.getBytes("chain_hash"));
	}

	boolean sealedBy(SealKey key) {
		return key.sealed(content.canonical(), seal);
	}

	private static @Nullable List<String> roles(@Nullable Array array) throws SQLException {
		return array == null ? null : Arrays.asList((String[]) array.getArray());
	}
}
