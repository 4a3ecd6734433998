package eu.tandem.audit;

import java.util.Arrays;

import eu.tandem.audit.AuditVerification.Breach;
import eu.tandem.audit.AuditVerification.Broken;
import org.jspecify.annotations.Nullable;

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
			return brokenAt(event, Breach.HEAD_CHANGED, head.position() == 0
					? "the record of where the chain ends was reset or removed (changed outside the application)"
					: "it lies beyond the end of the chain that Tandem sealed (the record of where the chain ends was"
							+ " replaced with an older one)");
		}
		if (at > position + 1) {
			return brokenAt(event, Breach.DELETED, "the event before it in the chain is missing (deleted)");
		}
		if (at <= position) {
			return brokenAt(event, Breach.OUT_OF_ORDER, "out of order (it claims a place in the chain that another event"
					+ " holds)");
		}
		if (!event.sealedBy(key)) {
			return brokenAt(event, Breach.CHANGED, "content does not match its seal (changed after it was written)");
		}
		var link = ChainLink.hash(hash, at, event.sequence(), event.seal());
		if (!Arrays.equals(link, event.chainHash())) {
			if (event.previousHash() != null && !Arrays.equals(event.previousHash(), hash) && Arrays.equals(
					ChainLink.hash(event.previousHash(), at, event.sequence(), event.seal()), event.chainHash())) {
				return brokenAt(event, Breach.DELETED, "the event before it in the chain is not the one it was chained"
						+ " after (that one was deleted or replaced)");
			}
			return brokenAt(event, Breach.OUT_OF_ORDER, "out of order (Tandem sealed it, but not at this place in the"
					+ " chain)");
		}
		if (!Arrays.equals(event.previousHash(), hash)) {
			return brokenAt(event, Breach.CHANGED, "its link to the event before it was changed");
		}
		if (expected != null && at == expected.position() && !Arrays.equals(link, expected.hashBytes())) {
			return brokenAt(event, Breach.CHECKPOINT_DIFFERS, "the chain no longer has the hash the checkpoint recorded"
					+ " at position " + at + " (the chain up to here was rewritten)");
		}
		return null;
	}

	/** After the last chained event: the first break found, or whether the chain ends where Tandem sealed it. */
	@Nullable Broken finish() {
		if (broken != null) {
			return broken;
		}
		if (!head.sealedBy(key)) {
			return new Broken(Breach.HEAD_CHANGED, head.sequence(), head.position(),
					"the record of where the chain ends does not match its seal (changed outside the application)");
		}
		if (position < head.position()) {
			if (position + 1 == head.position()) {
				return new Broken(Breach.DELETED, head.sequence(), head.position(), "missing: the chain was sealed up to"
						+ " this event, but it is no longer in the trail (deleted)");
			}
			return new Broken(Breach.DELETED, null, position + 1, "missing: the chain was sealed up to position "
					+ head.position() + " (event " + head.sequence() + "), but it ends at position " + position
					+ " (the events after it were deleted)");
		}
		if (!Arrays.equals(hash, head.hash())) {
			return new Broken(Breach.HEAD_CHANGED, sequence, position, "the chain's hashes no longer lead to the end"
					+ " that Tandem sealed: they were recomputed outside the application after an event before this one"
					+ " was changed or removed; verify against an exported checkpoint to find out up to where the chain"
					+ " is as it was");
		}
		if (expected != null && expected.position() > position) {
			return new Broken(Breach.CHECKPOINT_DIFFERS, null, expected.position(), "the chain ends at position " + position
					+ ", before the checkpoint's position " + expected.position() + " (events were deleted)");
		}
		if (expected != null && expected.position() == 0 && !Arrays.equals(expected.hashBytes(), ChainLink.GENESIS)) {
			return new Broken(Breach.CHECKPOINT_DIFFERS, null, 0L, "position 0 always has the hash 000…0; the checkpoint"
					+ " was not written by Tandem");
		}
		return null;
	}

	ChainHead head() {
		return head;
	}

	private static Broken brokenAt(StoredEvent event, Breach breach, String why) {
		return new Broken(breach, event.sequence(), event.position(), why);
	}
}
