package eu.tandem.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import eu.tandem.audit.AuditVerification.Breach;
import eu.tandem.audit.AuditVerification.Broken;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules by which a walk along the chain names the first broken event, without a database. */
class ChainWalkTest {

	static final SealKey KEY = EventSealTest.randomKey();

	/** Sequences with gaps, as rolled-back transactions leave them: chain order is what counts. */
	final List<StoredEvent> chain = chain(6);

	@Test
	void aChainAsTandemWroteItIsIntact() {
		var walk = new ChainWalk(KEY, headOf(chain), null);
		chain.forEach(walk::step);
		assertThat(walk.finish()).isNull();
		assertThat(walk.events()).isEqualTo(6);
	}

	@Test
	void changedContentIsNamedByItsEvent() {
		var changed = chain.get(2);
		chain.set(2, new StoredEvent(changed.sequence(), EventSealTest.with(changed.content(), 6, "person.forgotten"),
				changed.seal(), changed.position(), changed.previousHash(), changed.chainHash()));
		assertThat(walk(chain, headOf(chain), null)).satisfies(broken(Breach.CHANGED, chain.get(2).sequence()));
	}

	@Test
	void aGapNamesTheEventAfterTheDeletedOne() {
		var head = headOf(chain);
		chain.remove(2);
		assertThat(walk(chain, head, null)).satisfies(broken(Breach.DELETED, chain.get(2).sequence()));
	}

	@Test
	void eventsSwappedInPlaceAreOutOfOrder() {
		var second = chain.get(1);
		var fourth = chain.get(3);
		chain.set(1, new StoredEvent(second.sequence(), fourth.content(), fourth.seal(), second.position(),
				second.previousHash(), second.chainHash()));
		chain.set(3, new StoredEvent(fourth.sequence(), second.content(), second.seal(), fourth.position(),
				fourth.previousHash(), fourth.chainHash()));
		assertThat(walk(chain, headAt(5), null)).satisfies(broken(Breach.OUT_OF_ORDER, second.sequence()));
	}

	@Test
	void theNewestEventDeletedIsNamedByTheSealedHead() {
		var head = headAt(5);
		var newest = chain.remove(5);
		assertThat(walk(chain, head, null)).satisfies(broken(Breach.DELETED, newest.sequence()));
	}

	@Test
	void severalNewestEventsDeletedNameTheFirstMissingPosition() {
		var head = headAt(5);
		chain.subList(3, 6).clear();
		var broken = walk(chain, head, null);
		assertThat(broken.sequence()).isNull();
		assertThat(broken.position()).isEqualTo(4);
		assertThat(broken.inWords()).startsWith("audit trail BROKEN at chain position 4: missing");
	}

	@Test
	void aChainRecomputedAfterADeletionNoLongerLeadsToTheSealedHead() {
		var head = headAt(5);
		var recomputed = recomputedWithout(1);
		assertThat(walk(recomputed, head, null)).satisfies(broken(Breach.DELETED, head.sequence()));
		// without the key, the head can be moved but not sealed again
		var forgedHead = new ChainHead(5, recomputed.getLast().sequence(), recomputed.getLast().chainHash(), head.seal());
		assertThat(walk(recomputed, forgedHead, null)).satisfies(broken(Breach.HEAD_CHANGED, head.sequence()));
	}

	@Test
	void aCheckpointNamesWhereARecomputedChainDiffers() {
		var checkpoint = new ChainMark(4, HexFormat.of().formatHex(chain.get(3).chainHash()));
		var recomputed = recomputedWithout(1);
		var forgedHead = new ChainHead(5, recomputed.getLast().sequence(), recomputed.getLast().chainHash(),
				headAt(5).seal());
		assertThat(walk(recomputed, forgedHead, checkpoint))
			.satisfies(broken(Breach.CHECKPOINT_DIFFERS, recomputed.get(3).sequence()));
		assertThat(walk(chain, headOf(chain), checkpoint)).isNull();
	}

	@Test
	void aCheckpointBeyondTheEndOfTheChainMeansEventsWereDeleted() {
		var checkpoint = new ChainMark(9, HexFormat.of().formatHex(new byte[32]));
		assertThat(walk(chain, headOf(chain), checkpoint).breach()).isEqualTo(Breach.CHECKPOINT_DIFFERS);
	}

	@Test
	void aHeadResetToTheStartIsNamedAtTheFirstEvent() {
		assertThat(walk(chain, ChainHead.empty(), null)).satisfies(broken(Breach.HEAD_CHANGED, chain.getFirst().sequence()));
	}

	static @Nullable Broken walk(List<StoredEvent> events, ChainHead head, @Nullable ChainMark expected) {
		var walk = new ChainWalk(KEY, head, expected);
		for (var event : events) {
			if (!walk.step(event)) {
				break;
			}
		}
		return walk.finish();
	}

	static Consumer<Broken> broken(Breach breach, @Nullable Long sequence) {
		return broken -> {
			assertThat(broken).isNotNull();
			assertThat(broken.breach()).as(broken.inWords()).isEqualTo(breach);
			assertThat(broken.sequence()).as(broken.inWords()).isEqualTo(sequence);
		};
	}

	ChainHead headAt(int index) {
		var event = chain.get(index);
		return ChainHead.sealed(KEY, event.position(), event.sequence(), event.chainHash());
	}

	static ChainHead headOf(List<StoredEvent> events) {
		if (events.isEmpty()) {
			return ChainHead.empty();
		}
		var last = events.getLast();
		return ChainHead.sealed(KEY, last.position(), last.sequence(), last.chainHash());
	}

	/** What someone without the key can do: remove an event and recompute every hash after it. */
	List<StoredEvent> recomputedWithout(int index) {
		var kept = new ArrayList<>(chain);
		kept.remove(index);
		var result = new ArrayList<StoredEvent>();
		var previous = ChainLink.GENESIS;
		for (int i = 0; i < kept.size(); i++) {
			var event = kept.get(i);
			var link = ChainLink.hash(previous, i + 1, event.sequence(), event.seal());
			result.add(new StoredEvent(event.sequence(), event.content(), event.seal(), (long) i + 1, previous, link));
			previous = link;
		}
		return result;
	}

	static List<StoredEvent> chain(int length) {
		var events = new ArrayList<StoredEvent>();
		var previous = ChainLink.GENESIS;
		for (int i = 1; i <= length; i++) {
			var content = new EventContent(UUID.randomUUID(), Instant.parse("2026-11-26T10:00:00Z").plusSeconds(i), null,
					null, null, List.of(), "identity.sign-in", "FAILURE", null, null, null, "bad-credentials", null);
			var seal = KEY.seal(content.canonical());
			long sequence = 100 + 3L * i;
			var link = ChainLink.hash(previous, i, sequence, seal);
			events.add(new StoredEvent(sequence, content, seal, (long) i, previous, link));
			previous = link;
		}
		return events;
	}
}
