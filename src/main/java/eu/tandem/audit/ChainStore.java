package eu.tandem.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The chain's SQL: the head, the events not yet chained, and the whole chain read in order without loading it. */
@Repository
class ChainStore {

	/** The advisory lock that lets one sealer at a time extend the chain, across all nodes ("tandem" + 1). */
	static final long SEALER_LOCK = 0x74616e64656d0001L;
	/** Rows fetched per round trip when reading the whole trail: memory stays flat at millions of events. */
	private static final int FETCH_SIZE = 1_000;

	private final JdbcClient jdbc;

	ChainStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Held until the current transaction ends; other sealers wait, writers of events do not. */
	void lockForSealing() {
		jdbc.sql("select pg_advisory_xact_lock(:key)").param("key", SEALER_LOCK).query(rs -> {
		});
	}

	ChainHead head() {
		return jdbc.sql("select position, sequence, hash, seal from audit.chain_head")
			.query((rs, row) -> new ChainHead(rs.getLong("position"), rs.getObject("sequence", Long.class),
					rs.getBytes("hash"), rs.getBytes("seal")))
			.optional()
			// a missing head row is itself tampering; an unsealed head with position 0 stands for it, and the chain
			// then runs beyond that head
			.orElse(ChainHead.empty());
	}

	void moveHead(ChainHead head, Instant at) {
		var moved = jdbc.sql("""
				update audit.chain_head set position = :position, sequence = :sequence, hash = :hash, seal = :seal,
				                            moved_at = :at""")
			.param("position", head.position())
			.param("sequence", head.sequence())
			.param("hash", head.hash())
			.param("seal", head.seal())
			.param("at", Timestamp.from(at))
			.update();
		if (moved != 1) {
			throw new IllegalStateException("audit.chain_head has no row: the chain's head was deleted outside Tandem");
		}
	}

	List<StoredEvent> unchained(long afterSequence, int limit) {
		return jdbc.sql("select " + StoredEvent.COLUMNS + " from audit.event"
				+ " where chain_position is null and sequence > :after order by sequence limit :limit")
			.param("after", afterSequence)
			.param("limit", limit)
			.query(StoredEvent::map)
			.list();
	}

	void chain(long sequence, long position, byte[] previousHash, byte[] chainHash) {
		jdbc.sql("""
				update audit.event set chain_position = :position, previous_hash = :previous, chain_hash = :hash
				where sequence = :sequence and chain_position is null""")
			.param("position", position)
			.param("previous", previousHash)
			.param("hash", chainHash)
			.param("sequence", sequence)
			.update();
	}

	/** Visits the chained events in chain order until the visitor returns false. Needs a transaction to stream. */
	void eachChained(Predicate<StoredEvent> visitor) {
		each("select " + StoredEvent.COLUMNS + " from audit.event where chain_position is not null order by chain_position",
				visitor);
	}

	/** Visits the events not in the chain, oldest first, until the visitor returns false. */
	void eachUnchained(Predicate<StoredEvent> visitor) {
		each("select " + StoredEvent.COLUMNS + " from audit.event where chain_position is null order by sequence", visitor);
	}

	private void each(String sql, Predicate<StoredEvent> visitor) {
		try {
			jdbc.sql(sql).withFetchSize(FETCH_SIZE).query(rs -> {
				if (!visitor.test(StoredEvent.map(rs, 0))) {
					throw Stop.INSTANCE;
				}
			});
		}
		catch (Stop stop) {
			// the visitor has seen what it needed
		}
	}

	/** The genesis row, locked until the transaction ends: one node at a time decides about the key. */
	Genesis genesisForUpdate() {
		return jdbc.sql("select last_legacy_sequence, key_check from audit.chain_genesis for update")
			.query((rs, row) -> new Genesis(rs.getLong("last_legacy_sequence"), rs.getBytes("key_check")))
			.single();
	}

	void recordKeyCheck(byte[] keyCheck) {
		jdbc.sql("update audit.chain_genesis set key_check = :check").param("check", keyCheck).update();
	}

	List<StoredEvent> unsealedLegacy(long lastLegacySequence, long afterSequence, int limit) {
		return jdbc.sql("select " + StoredEvent.COLUMNS + " from audit.event"
				+ " where seal is null and sequence > :after and sequence <= :last order by sequence limit :limit")
			.param("after", afterSequence)
			.param("last", lastLegacySequence)
			.param("limit", limit)
			.query(StoredEvent::map)
			.list();
	}

	void sealLegacy(long sequence, byte[] seal) {
		jdbc.sql("update audit.event set seal = :seal where sequence = :sequence and seal is null")
			.param("seal", seal)
			.param("sequence", sequence)
			.update();
	}

	record Genesis(long lastLegacySequence, byte @Nullable [] keyCheck) {
	}

	/** Ends a streamed query early; carries no stack trace, since it is not an error. */
	private static final class Stop extends RuntimeException {

		static final Stop INSTANCE = new Stop();

		private Stop() {
			super(null, null, false, false);
		}
	}
}
