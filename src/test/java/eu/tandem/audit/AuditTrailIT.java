package eu.tandem.audit;

import java.util.Set;
import java.util.UUID;

import eu.tandem.support.TandemIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionOperations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@TandemIntegrationTest
class AuditTrailIT {

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionOperations transactions;

	@Autowired
	AuditChain chain;

	final AuditSubject subject = AuditSubject.of("user", UUID.randomUUID());
	final AuditActor actor = new AuditActor(UUID.randomUUID(), "ioana.popescu", UUID.randomUUID(), Set.of("ANALYST"));

	@Test
	void recordsWhoDidWhatToWhichRecordAndHowItEnded() {
		transactions.executeWithoutResult(tx -> audit.record(
				AuditEvent.denied(actor, AuditAction.of("test.looked-at"), subject, "not-in-case-team")));

		var recorded = audit.about(subject, 1).getFirst();
		assertThat(recorded.event().actor()).isEqualTo(actor);
		assertThat(recorded.event().outcome()).isEqualTo(AuditOutcome.DENIED);
		assertThat(recorded.event().reason()).isEqualTo("not-in-case-team");
		assertThat(recorded.occurredAt()).isNotNull();
		assertThat(recorded.clientAddress()).as("no request, no address").isNull();
	}

	@Test
	void isWrittenInTheCallersTransactionAndRollsBackWithIt() {
		assertThatThrownBy(() -> audit.record(AuditEvent.success(actor, AuditAction.of("test.outside"), subject)))
			.isInstanceOf(IllegalTransactionStateException.class);

		try {
			transactions.executeWithoutResult(tx -> {
				audit.record(AuditEvent.success(actor, AuditAction.of("test.rolled-back"), subject));
				throw new IllegalStateException("the access failed");
			});
		}
		catch (IllegalStateException expected) {
			// the access and its trace go together
		}
		assertThat(audit.about(subject, 10)).isEmpty();
	}

	@Test
	void theDatabaseRefusesToChangeOrRemoveEvents() {
		transactions.executeWithoutResult(tx -> audit.record(AuditEvent.success(actor, AuditAction.of("test.kept"), subject)));
		var sequence = audit.about(subject, 1).getFirst().sequence();

		assertThatThrownBy(() -> jdbc.sql("update audit.event set outcome = 'FAILURE' where sequence = :s")
			.param("s", sequence).update()).rootCause().hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.sql("delete from audit.event where sequence = :s").param("s", sequence).update())
			.rootCause().hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.sql("truncate audit.event").update()).rootCause().hasMessageContaining("append-only");

		assertThat(audit.about(subject, 10)).singleElement()
			.satisfies(recorded -> assertThat(recorded.event().outcome()).isEqualTo(AuditOutcome.SUCCESS));
	}

	@Test
	void anEventJoinsTheChainOnceAndKeepsItsPlace() {
		transactions.executeWithoutResult(tx -> audit.record(AuditEvent.success(actor, AuditAction.of("test.chained"), subject)));
		var sequence = audit.about(subject, 1).getFirst().sequence();
		chain.checkpoint();
		var position = jdbc.sql("select chain_position from audit.event where sequence = :s").param("s", sequence)
			.query(Long.class).single();
		assertThat(position).as("chained by the time a checkpoint is taken").isNotNull();

		assertThatThrownBy(() -> jdbc.sql("update audit.event set chain_position = chain_position + 1000000 where sequence = :s")
			.param("s", sequence).update()).rootCause().hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.sql("update audit.event set chain_hash = sha256(chain_hash) where sequence = :s")
			.param("s", sequence).update()).rootCause().hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.sql("update audit.event set seal = sha256(seal) where sequence = :s")
			.param("s", sequence).update()).rootCause().hasMessageContaining("append-only");
	}

	@Test
	void anEventCannotBeWrittenAlreadyChained() {
		assertThatThrownBy(() -> jdbc.sql("""
				insert into audit.event (event_id, occurred_at, action, outcome, seal, chain_position, previous_hash, chain_hash)
				values (gen_random_uuid(), now(), 'test.forged', 'SUCCESS', sha256('x'), 999999999, sha256('y'), sha256('z'))""")
			.update()).rootCause().hasMessageContaining("append-only");
	}
}
