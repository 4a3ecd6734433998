package eu.tandem.audit;

import java.time.Instant;

/**
 * Where the chain ended at a moment, to be kept outside Tandem: whoever holds it can later show that the chain up to
 * {@code position} was not rewritten, even by someone who holds the seal key.
 *
 * @param sequence the event at the head of the chain; 0 while the chain is empty
 */
public record AuditCheckpoint(long position, long sequence, String hash, Instant at) {

	/** One line of JSON, the same from the screen's download and from the command line. */
	public String toJson() {
		return "{\"position\":" + position + ",\"sequence\":" + sequence + ",\"hash\":\"" + hash + "\",\"at\":\"" + at
				+ "\"}";
	}

	/** What to give a later verification to compare with: {@code <position>:<hash>}. */
	public ChainMark mark() {
		return new ChainMark(position, hash);
	}
}
