package eu.tandem.audit;

import java.util.Arrays;

import org.jspecify.annotations.Nullable;

/**
 * Where the chain ends: its last position, the sequence of the event there and that event's chain hash, sealed
 * with the key. Without it, deleting the newest events would leave a shorter chain that looks whole, and so would
 * recomputing every hash after a changed event; neither can produce a head that matches its seal.
 */
record ChainHead(long position, @Nullable Long sequence, byte[] hash, byte @Nullable [] seal) {

	private static final String VERSION = "tandem.audit.head/1";

	static ChainHead empty() {
		return new ChainHead(0, null, ChainLink.GENESIS, null);
	}

	static ChainHead sealed(SealKey key, long position, long sequence, byte[] hash) {
		return new ChainHead(position, sequence, hash, key.seal(canonical(position, sequence, hash)));
	}

	/** The empty head needs no seal: it protects nothing, and the first event must follow it. */
	boolean sealedBy(SealKey key) {
		if (position == 0) {
			return sequence == null && Arrays.equals(hash, ChainLink.GENESIS);
		}
		return sequence != null && key.sealed(canonical(position, sequence, hash), seal);
	}

	private static byte[] canonical(long position, long sequence, byte[] hash) {
		return new CanonicalEncoding().text(VERSION).number(position).number(sequence).bytes(hash).toBytes();
	}
}
