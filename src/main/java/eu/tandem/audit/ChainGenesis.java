package eu.tandem.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionOperations;

/**
 * The first start with a seal key: the database records a check value of the key (never the key), and the events
 * written before the chain existed get their seals. Every later start compares the key with that check value and
 * refuses a different one, since events sealed with two keys could never be verified together.
 */
final class ChainGenesis {

	private static final Logger log = LoggerFactory.getLogger(ChainGenesis.class);
	private static final byte[] KEY_CHECK_TEXT = "tandem.audit.key-check/1".getBytes(StandardCharsets.UTF_8);
	private static final int BATCH = 500;

	private final ChainStore store;
	private final TransactionOperations transactions;

	ChainGenesis(ChainStore store, TransactionOperations transactions) {
		this.store = store;
		this.transactions = transactions;
	}

	/** Whether the trail was sealed with some key before: then a missing key must be restored, not replaced. */
	boolean keyRecorded() {
		return Boolean.TRUE.equals(transactions.execute(tx -> store.genesisForUpdate().keyCheck() != null));
	}

	void begin(SealKey key, String keySource) {
		transactions.executeWithoutResult(tx -> {
			var genesis = store.genesisForUpdate();
			var check = key.seal(KEY_CHECK_TEXT);
			if (genesis.keyCheck() != null) {
				if (!MessageDigest.isEqual(genesis.keyCheck(), check)) {
					throw new IllegalStateException("The audit trail was sealed with another key than the one in "
							+ keySource + ". Give Tandem the key it was sealed with (restore it from a backup if it was lost):"
							+ " events sealed with another key would all fail verification.");
				}
				return;
			}
			store.lockForSealing();
			if (store.head().position() > 0) {
				// only a database changed outside Tandem has a chain but no key check; sealing old events now could
				// launder events inserted since, so they stay as they are, for verification to report
				log.error("audit.chain_genesis lost its key check while the audit chain has events: the database was"
						+ " changed outside Tandem. Run the audit verification.");
			}
			else {
				sealLegacyEvents(key, genesis.lastLegacySequence());
			}
			store.recordKeyCheck(check);
		});
	}

	private void sealLegacyEvents(SealKey key, long lastLegacySequence) {
		var sealed = 0;
		var after = 0L;
		while (true) {
			var batch = store.unsealedLegacy(lastLegacySequence, after, BATCH);
			for (var event : batch) {
				store.sealLegacy(event.sequence(), key.seal(event.content().canonical()));
				after = event.sequence();
				sealed++;
			}
			if (batch.size() < BATCH) {
				break;
			}
		}
		if (sealed > 0) {
			log.info("Sealed {} audit events written before the audit chain existed", sealed);
		}
	}
}
