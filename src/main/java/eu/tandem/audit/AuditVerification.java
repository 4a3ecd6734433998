package eu.tandem.audit;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSourceResolvable;

/**
 * What a verification of the audit trail found: the whole trail intact, or the first event where it is broken and
 * why, in words a data protection officer can act on.
 */
public sealed interface AuditVerification {

	boolean intact();

	/** One line for people: the screen shows it, the command line prints it. */
	String inWords();

	/**
	 * Every event is in the chain in its place and matches its seal, and the chain ends where Tandem sealed it.
	 *
	 * @param events the events in the chain
	 * @param pending events written moments ago that the sealer has not added to the chain yet
	 */
	record Intact(long events, long headPosition, long headSequence, String headHash, long pending)
			implements AuditVerification {

		@Override
		public boolean intact() {
			return true;
		}

		@Override
		public String inWords() {
			var line = "audit trail intact: " + events + (events == 1 ? " event" : " events") + ", head at position "
					+ headPosition + ", hash " + headHash;
			return pending == 0 ? line
					: line + " (" + pending + (pending == 1 ? " event" : " events")
							+ " from the last minute not yet in the chain)";
		}
	}

	/**
	 * The first place where the trail is not as Tandem wrote it.
	 *
	 * @param sequence the event's number in the trail; absent only where the event itself is gone
	 * @param position its place in the chain, if it has one
	 * @param why what was done to it, as a key of the audit bundle with its arguments
	 */
	record Broken(Breach breach, @Nullable Long sequence, @Nullable Long position, MessageSourceResolvable why)
			implements AuditVerification {

		@Override
		public boolean intact() {
			return false;
		}

		/** "event 1234", or "chain position 57" where the event at that position is gone. */
		public String where() {
			return sequence != null ? "event " + sequence : "chain position " + position;
		}

		@Override
		public String inWords() {
			return "audit trail BROKEN at " + where() + ": " + TrailWords.english(why);
		}
	}

	/** How the trail was broken, for whoever handles it: each breach names what was done to it. */
	enum Breach {
		/** An event's content no longer matches the seal Tandem gave it when it was written. */
		CHANGED,
		/** Events the chain had are gone. */
		DELETED,
		/** An event is genuine but not in the place of the chain where Tandem put it. */
		OUT_OF_ORDER,
		/** An event without a seal of Tandem's: written to the database directly. */
		NOT_SEALED_BY_TANDEM,
		/** A genuine event that was not added to the chain in time: the sealer has stopped. */
		NOT_CHAINED,
		/** The chain's hashes no longer lead to the head Tandem sealed, or the head itself was changed. */
		HEAD_CHANGED,
		/** The chain no longer has the hash an exported checkpoint recorded. */
		CHECKPOINT_DIFFERS
	}
}
