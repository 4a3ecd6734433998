package eu.tandem.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import eu.tandem.audit.AuditVerification.Breach;
import eu.tandem.audit.AuditVerification.Broken;
import eu.tandem.support.TandemIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionOperations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The trail tampered with directly in PostgreSQL, the way only someone with the database's superuser password can,
 * and the verification naming the first broken event. Tampering breaks the trail for everyone using the database,
 * so these tests have a database of their own.
 */
@TandemIntegrationTest
@TestPropertySource(properties = AuditChainIT.OWN_DATABASE)
class AuditChainIT {

	/** A setting no other test class has, so that Spring starts a separate application with its own data directory. */
	static final String OWN_DATABASE = "tandem.test.purpose=audit-tampering";

	@Autowired
	AuditLog audit;

	@Autowired
	AuditChain chain;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionOperations transactions;

	@Autowired
	ChainStore store;

	Tampering tampering;
	final AuditActor dpo = new AuditActor(UUID.randomUUID(), "dpo." + UUID.randomUUID(), UUID.randomUUID(),
			Set.of("DATA_PROTECTION_OFFICER"));
	/** Five events, oldest first, in the chain. */
	List<Long> events;

	@BeforeEach
	void fiveChainedEvents() {
		tampering = new Tampering(jdbc, transactions);
		var subject = AuditSubject.of("person", UUID.randomUUID());
		for (int i = 0; i < 5; i++) {
			transactions.executeWithoutResult(tx -> audit.record(AuditEvent.success(dpo, AuditAction.of("test.looked-at"), subject)));
		}
		events = new ArrayList<>(audit.about(subject, 5).stream().map(RecordedAuditEvent::sequence).toList().reversed());
		chain.checkpoint();
		tampering.snapshot();
	}

	@AfterEach
	void trailAsItWas() {
		tampering.restore();
		assertThat(chain.verify(dpo, null).intact()).as("the trail after putting it back").isTrue();
	}

	@Test
	void intactTrailVerifies() {
		var checkpoint = chain.checkpoint();
		var result = chain.verify(dpo, checkpoint.mark());

		assertThat(result).isInstanceOfSatisfying(AuditVerification.Intact.class, intact -> {
			assertThat(intact.headPosition()).isEqualTo(checkpoint.position());
			assertThat(intact.events()).isEqualTo(checkpoint.position());
			assertThat(intact.headHash()).isEqualTo(checkpoint.hash());
			assertThat(intact.inWords()).startsWith("audit trail intact: " + checkpoint.position() + " events, head at position "
					+ checkpoint.position() + ", hash " + checkpoint.hash());
		});
		var recorded = audit.latest(AuditChain.VERIFIED, 1).getFirst();
		assertThat(recorded.event().actor()).isEqualTo(dpo);
		assertThat(recorded.event().reason()).isEqualTo("intact");
	}

	@Test
	void everyEventJoinsTheChainInTheOrderOfItsPositions() {
		var positions = jdbc.sql("select chain_position from audit.event where sequence in (:events) order by sequence")
			.param("events", events).query(Long.class).list();
		assertThat(positions).hasSize(5).isSorted().doesNotContainNull();
		assertThat(positions.getLast() - positions.getFirst()).isEqualTo(4);
	}

	@Test
	void detectsAlteredEvent() {
		tampering.asSuperuser(Map.of("s", events.get(2)),
				"update audit.event set outcome = 'DENIED', reason = 'not-in-case-team' where sequence = :s");

		assertBrokenAt(events.get(2), Breach.CHANGED, "content does not match its seal (changed after it was written)");
	}

	@Test
	void detectsAlteredEventEvenWithANewSeal() {
		tampering.asSuperuser(Map.of("s", events.get(1)),
				"update audit.event set actor_username = 'someone.else', seal = sha256(seal) where sequence = :s");

		assertBrokenAt(events.get(1), Breach.CHANGED, "content does not match its seal (changed after it was written)");
	}

	@Test
	void detectsDeletedEvent() {
		tampering.asSuperuser(Map.of("s", events.get(1)), "delete from audit.event where sequence = :s");

		assertBrokenAt(events.get(2), Breach.DELETED, "the event before it in the chain is missing (deleted)");
	}

	@Test
	void detectsDeletedNewestEvent() {
		tampering.asSuperuser(Map.of("s", events.get(4)), "delete from audit.event where sequence = :s");

		assertBrokenAt(events.get(4), Breach.DELETED,
				"missing: the chain was sealed up to this event, but it is no longer in the trail (deleted)");
	}

	@Test
	void detectsReorderedEvents() {
		// the two events trade everything they say, seals included, and keep their places in the chain
		var columns = "event_id, occurred_at, actor_user_id, actor_username, actor_agency_id, actor_roles, action,"
				+ " outcome, subject_type, subject_id, purpose, reason, client_address, seal";
		tampering.asSuperuser(Map.of("a", events.get(1), "b", events.get(3)),
				"create temporary table swapped on commit drop as select sequence, " + columns
						+ " from audit.event where sequence in (:a, :b)",
				// event_id is unique: the first event lets go of its own before the second takes it
				"update audit.event set event_id = gen_random_uuid() where sequence = :a",
				"update audit.event set (" + columns + ") = (select " + columns + " from swapped where sequence = :a)"
						+ " where sequence = :b",
				"update audit.event set (" + columns + ") = (select " + columns + " from swapped where sequence = :b)"
						+ " where sequence = :a");

		assertBrokenAt(events.get(1), Breach.OUT_OF_ORDER, "out of order (Tandem sealed it, but not at this place in the chain)");
	}

	@Test
	void detectsEventsThatTradedPlacesInTheChain() {
		tampering.asSuperuser(Map.of("a", events.get(1), "b", events.get(2)),
				// positions are unique and positive: both move out of the way first
				"update audit.event set chain_position = chain_position + 1000000000000 where sequence in (:a, :b)",
				"update audit.event e set chain_position = (select o.chain_position - 1000000000000 from audit.event o"
						+ " where o.sequence = case e.sequence when :a then :b else :a end) where e.sequence in (:a, :b)");

		assertBrokenAt(events.get(2), Breach.OUT_OF_ORDER, "out of order (Tandem sealed it, but not at this place in the chain)");
	}

	@Test
	void detectsEventInsertedOutsideTheApplication() {
		// no superuser needed to insert: the trail accepts new events, but only Tandem can seal them
		var inserted = jdbc.sql("""
				insert into audit.event (event_id, occurred_at, actor_username, action, outcome, subject_type, subject_id)
				values (gen_random_uuid(), now() - interval '1 hour', 'someone', 'person.viewed', 'SUCCESS', 'person', '42')
				returning sequence""").query(Long.class).single();

		assertBrokenAt(inserted, Breach.NOT_SEALED_BY_TANDEM, "not sealed by Tandem (inserted outside the application)");
		assertThat(jdbc.sql("select chain_position from audit.event where sequence = :s").param("s", inserted)
			.query(Long.class).optional()).as("left out of the chain by the sealer").isEmpty();
	}

	@Test
	void detectsEventCopiedWithAnotherEventsSeal() {
		var inserted = jdbc.sql("""
				insert into audit.event (event_id, occurred_at, actor_username, action, outcome, seal)
				select gen_random_uuid(), occurred_at, actor_username, action, outcome, seal
				from audit.event where sequence = :s returning sequence""").param("s", events.get(0)).query(Long.class).single();

		assertBrokenAt(inserted, Breach.NOT_SEALED_BY_TANDEM,
				"not sealed by Tandem (inserted outside the application, or changed before it joined the chain)");
	}

	@Test
	void checkpointDetectsRecomputedChain() {
		var checkpoint = chain.checkpoint();
		var subject = AuditSubject.of("person", UUID.randomUUID());
		for (int i = 0; i < 3; i++) {
			transactions.executeWithoutResult(tx -> audit.record(AuditEvent.success(dpo, AuditAction.of("test.later"), subject)));
		}
		chain.checkpoint();
		// what anyone can do without the key: delete an event, close the gap, recompute every hash after it with
		// the published formula, and move the head (its seal they cannot make)
		tampering.asSuperuser(Map.of("s", events.get(1)), """
				do $$
				declare
				    gone bigint := (select chain_position from audit.event where sequence = %d);
				    previous bytea := (select chain_hash from audit.event where chain_position = gone - 1);
				    later record;
				begin
				    delete from audit.event where chain_position = gone;
				    for later in select sequence, chain_position, seal from audit.event
				                 where chain_position > gone order by chain_position loop
				        update audit.event
				        set chain_position = later.chain_position - 1, previous_hash = previous,
				            chain_hash = sha256(previous || int8send(later.chain_position - 1) || int8send(later.sequence) || later.seal)
				        where sequence = later.sequence
				        returning chain_hash into previous;
				    end loop;
				    update audit.chain_head set position = position - 1, hash = previous;
				end
				$$""".formatted(events.get(1)));

		var withoutCheckpoint = chain.verify(dpo, null);
		assertThat(withoutCheckpoint).isInstanceOfSatisfying(Broken.class,
				broken -> assertThat(broken.breach()).isEqualTo(Breach.HEAD_CHANGED));

		var atCheckpoint = jdbc.sql("select sequence from audit.event where chain_position = :p")
			.param("p", checkpoint.position()).query(Long.class).single();
		assertBrokenAt(checkpoint.mark(), atCheckpoint, Breach.CHECKPOINT_DIFFERS, "the chain no longer has the hash the"
				+ " checkpoint recorded at position " + checkpoint.position() + " (the chain up to here was rewritten)");
	}

	@Test
	void theSealerDoesNotExtendAChainWhoseHeadWasChanged() {
		tampering.asSuperuser(Map.of(), "update audit.chain_head set position = position + 1");
		transactions.executeWithoutResult(tx -> audit.record(AuditEvent.success(dpo, AuditAction.of("test.after"), null)));

		var verification = chain.verify(dpo, null);

		assertThat(verification).isInstanceOfSatisfying(Broken.class,
				broken -> assertThat(broken.breach()).isEqualTo(Breach.HEAD_CHANGED));
		assertThat(jdbc.sql("select count(*) from audit.event where chain_position is null").query(Long.class).single())
			.isGreaterThanOrEqualTo(1);
		assertThatThrownBy(chain::checkpoint).hasMessageContaining("does not match its seal");
	}

	@Test
	void refusesAKeyOtherThanTheOneThatSealedTheTrail() {
		var genesis = new ChainGenesis(store, transactions);

		assertThatThrownBy(() -> genesis.begin(EventSealTest.randomKey(), "the test's key"))
			.hasMessageContaining("sealed with another key than the one in the test's key");
	}

	void assertBrokenAt(long sequence, Breach breach, String why) {
		assertBrokenAt(null, sequence, breach, why);
	}

	void assertBrokenAt(ChainMark checkpoint, long sequence, Breach breach, String why) {
		var result = chain.verify(dpo, checkpoint);
		assertThat(result).isInstanceOfSatisfying(Broken.class, broken -> {
			assertThat(broken.inWords()).isEqualTo("audit trail BROKEN at event " + sequence + ": " + why);
			assertThat(broken.breach()).isEqualTo(breach);
		});
		var recorded = audit.latest(AuditChain.VERIFIED, 1).getFirst();
		assertThat(recorded.event().reason()).isEqualTo("broken");
		assertThat(recorded.event().subject()).isEqualTo(AuditSubject.of("audit-event", sequence));
	}
}
