package eu.tandem.audit;

import java.util.HexFormat;

/**
 * A chain position with the hash it had, as written down from a checkpoint: {@code 1234:9f86d0…}. A verification
 * given one also checks the chain still has that hash there, which catches a chain recomputed from scratch.
 */
public record ChainMark(long position, String hash) {

	public ChainMark {
		if (position < 0) {
			throw new IllegalArgumentException("A chain position is 0 or more, not " + position);
		}
		if (hash == null || !hash.matches("[0-9a-f]{64}")) {
			throw new IllegalArgumentException("A chain hash is 64 hexadecimal digits, as a checkpoint shows it");
		}
	}

	/** Reads {@code <position>:<hash>}, the form {@link AuditCheckpoint#mark()} writes. */
	public static ChainMark parse(String text) {
		var parts = text.strip().toLowerCase().split(":", -1);
		if (parts.length != 2 || !parts[0].matches("[0-9]{1,18}")) {
			throw new IllegalArgumentException("A checkpoint is <position>:<hash>, such as 1234:9f86d081…, not: " + text);
		}
		return new ChainMark(Long.parseLong(parts[0]), parts[1]);
	}

	byte[] hashBytes() {
		return HexFormat.of().parseHex(hash);
	}

	@Override
	public String toString() {
		return position + ":" + hash;
	}
}
