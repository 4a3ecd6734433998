package eu.tandem.audit;

import java.util.Arrays;

import eu.tandem.audit.AuditVerification.Breach;
import eu.tandem.audit.AuditVerification.Broken;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSourceResolvable;

/**
 * Follows the chain from its first position to its head, one event at a time, and names the first event where the
 * chain breaks. It holds one event and one hash at a time, whatever the length of the trail.
 */
final class ChainWalk {

	private final SealKey key;
	private final ChainHead head;
	private final @Nullable ChainMark expected;

	private long position;
	private byte[] hash = ChainLink.GENESIS;
	private @Nullable Long sequence;
	private @Nullable Broken broken;

	ChainWalk(SealKey key, ChainHead head, @Nullable ChainMark expected) {
		this.key = key;
		this.head = head;
		this.expected = expected;
	}

	/** The events in the chain so far. */
	long events() {
		return position;
	}

	/** Takes the next chained event, in chain order; false once the chain is broken. */
	boolean step(StoredEvent event) {
		broken = check(event);
		if (broken != null) {
			return false;
		}
		position = event.position();
		hash = event.chainHash();
		sequence = event.sequence();
		return true;
	}

	private @Nullable Broken check(StoredEvent event) {
		long at = event.position();
		if (at > head.position()) {
			return brokenAt(event, Breach.HEAD_CHANGED, head.position() == 0 ? TrailWords.of("audit.broken.headReset")
					: TrailWords.of("audit.broken.beyondHead"));
		}
		if (at > position + 1) {
			return brokenAt(event, Breach.DELETED, TrailWords.of("audit.broken.previousMissing"));
		}
		if (at <= position) {
			return brokenAt(event, Breach.OUT_OF_ORDER, TrailWords.of("audit.broken.placeTaken"));
		}
		if (!event.sealedBy(key)) {
			return brokenAt(event, Breach.CHANGED, TrailWords.of("audit.broken.contentChanged"));
		}
		var link = ChainLink.hash(hash, at, event.sequence(), event.seal());
		if (!Arrays.equals(link, event.chainHash())) {
			if (event.previousHash() != null && !Arrays.equals(event.previousHash(), hash) && Arrays.equals(
					ChainLink.hash(event.previousHash(), at, event.sequence(), event.seal()), event.chainHash())) {
				return brokenAt(event, Breach.DELETED, TrailWords.of("audit.broken.previousReplaced"));
			}
			return brokenAt(event, Breach.OUT_OF_ORDER, TrailWords.of("audit.broken.misplaced"));
		}
		if (!Arrays.equals(event.previousHash(), hash)) {
			return brokenAt(event, Breach.CHANGED, TrailWords.of("audit.broken.linkChanged"));
		}
		if (expected != null && at == expected.position() && !Arrays.equals(link, expected.hashBytes())) {
			return brokenAt(event, Breach.CHECKPOINT_DIFFERS, TrailWords.of("audit.broken.checkpointHashDiffers", at));
		}
		return null;
	}

	/** After the last chained event: the first break found, or whether the chain ends where Tandem sealed it. */
	@Nullable Broken finish() {
		if (broken != null) {
			return broken;
		}
		if (!head.sealedBy(key)) {
			return new Broken(Breach.HEAD_CHANGED, head.sequence(), head.position(), TrailWords.of("audit.broken.headSeal"));
		}
		if (position < head.position()) {
			if (position + 1 == head.position()) {
				return new Broken(Breach.DELETED, head.sequence(), head.position(), TrailWords.of("audit.broken.lastMissing"));
			}
			return new Broken(Breach.DELETED, null, position + 1,
					TrailWords.of("audit.broken.tailMissing", head.position(), head.sequence(), position));
		}
		if (!Arrays.equals(hash, head.hash())) {
			return new Broken(Breach.HEAD_CHANGED, sequence, position, TrailWords.of("audit.broken.hashesRecomputed"));
		}
		if (expected != null && expected.position() > position) {
			return new Broken(Breach.CHECKPOINT_DIFFERS, null, expected.position(),
					TrailWords.of("audit.broken.endsBeforeCheckpoint", position, expected.position()));
		}
		if (expected != null && expected.position() == 0 && !Arrays.equals(expected.hashBytes(), ChainLink.GENESIS)) {
			return new Broken(Breach.CHECKPOINT_DIFFERS, null, 0L, TrailWords.of("audit.broken.checkpointNotTandems"));
		}
		return null;
	}

	ChainHead head() {
		return head;
	}

	private static Broken brokenAt(StoredEvent event, Breach breach, MessageSourceResolvable why) {
		return new Broken(breach, event.sequence(), event.position(), why);
	}
}
