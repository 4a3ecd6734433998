package eu.tandem.audit;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * One link of the chain: {@code SHA-256(previous_hash || chain_position || sequence || seal)}, the positions as
 * 8-byte big-endian integers. Every part has a fixed length, so the concatenation is unambiguous, and anyone holding
 * an exported checkpoint can recompute it without the key (in PostgreSQL:
 * {@code sha256(previous_hash || int8send(chain_position) || int8send(sequence) || seal)}).
 */
final class ChainLink {

	static final int HASH_BYTES = 32;
	/** What the first event of the chain follows. */
	static final byte[] GENESIS = new byte[HASH_BYTES];

	private ChainLink() {
	}

	static byte[] hash(byte[] previousHash, long position, long sequence, byte[] seal) {
		try {
			var digest = MessageDigest.getInstance("SHA-256");
			digest.update(previousHash);
			digest.update(ByteBuffer.allocate(2 * Long.BYTES).putLong(position).putLong(sequence).array());
			digest.update(seal);
			return digest.digest();
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("Every Java runtime has SHA-256", e);
		}
	}
}
