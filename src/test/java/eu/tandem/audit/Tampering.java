package eu.tandem.audit;

import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Changes the audit trail as someone with the database's superuser password could: with triggers switched off for
 * the transaction. A snapshot taken before puts the trail back afterwards, so that one test's tampering is not the
 * next test's first broken event.
 */
final class Tampering {

	private final JdbcClient jdbc;
	private final TransactionOperations transactions;

	Tampering(JdbcClient jdbc, TransactionOperations transactions) {
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	void snapshot() {
		asSuperuser(Map.of(), "drop table if exists public.tampering_event", "drop table if exists public.tampering_head",
				"create table public.tampering_event as table audit.event",
				"create table public.tampering_head as table audit.chain_head");
	}

	void restore() {
		asSuperuser(Map.of(), "delete from audit.event",
				"insert into audit.event overriding system value select * from public.tampering_event",
				"delete from audit.chain_head", "insert into audit.chain_head select * from public.tampering_head",
				"drop table public.tampering_event", "drop table public.tampering_head");
	}

	/** Runs the statements in one transaction with triggers off, while no sealer is at work. */
	void asSuperuser(Map<String, ?> parameters, String... statements) {
		transactions.executeWithoutResult(tx -> {
			jdbc.sql("select pg_advisory_xact_lock(:key)").param("key", ChainStore.SEALER_LOCK).query(rs -> {
			});
			jdbc.sql("set local session_replication_role = replica").update();
			for (var statement : statements) {
				jdbc.sql(statement).params(parameters).update();
			}
		});
	}
}
