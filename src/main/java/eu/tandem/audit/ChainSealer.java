package eu.tandem.audit;

import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Adds committed, sealed events to the hash chain, in short transactions of its own under an advisory lock, so that
 * several nodes take turns and no business transaction ever waits for the chain. An event whose seal does not match
 * its content was not written by Tandem, or was changed before it got here: it stays out of the chain, for
 * verification to name. Runs soon after every commit that recorded events, on a schedule, and before verifying.
 */
@Component
class ChainSealer implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(ChainSealer.class);
	/** Events per transaction: the lock is held for moments, even with a backlog of millions. */
	private static final int BATCH = 500;

	private final ChainStore store;
	private final SealKey key;
	private final Clock clock;
	private final TransactionTemplate ownTransaction;
	private final ExecutorService background = Executors.newSingleThreadExecutor(runnable -> {
		var thread = new Thread(runnable, "audit-chain-sealer");
		thread.setDaemon(true);
		return thread;
	});
	private final AtomicBoolean requested = new AtomicBoolean();
	private volatile String lastProblem = "";
	private volatile long lastReportedOutsider;

	ChainSealer(ChainStore store, SealKey key, Clock clock, PlatformTransactionManager transactionManager) {
		this.store = store;
		this.key = key;
		this.clock = clock;
		this.ownTransaction = new TransactionTemplate(transactionManager);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * Seals in the background, off the request's thread. Requests while one waits are the same request: one run
	 * picks up every event committed before it starts.
	 */
	void sealSoon() {
		if (requested.compareAndSet(false, true)) {
			try {
				background.execute(() -> {
					requested.set(false);
					sealReportingProblems();
				});
			}
			catch (RejectedExecutionException shuttingDown) {
				requested.set(false);
			}
		}
	}

	/** For callers that must not fail because the chain cannot grow: the schedule and the background. */
	void sealReportingProblems() {
		try {
			sealPending();
		}
		catch (RuntimeException e) {
			report("Cannot extend the audit chain: " + e.getMessage() + ". Run the audit verification.");
		}
	}

	/** Adds every committed event not yet in the chain whose seal matches; returns how many it added. */
	int sealPending() {
		var chained = 0;
		var after = 0L;
		while (true) {
			var from = after;
			var batch = Objects.requireNonNull(ownTransaction.execute(tx -> sealBatch(from)));
			chained += batch.chained();
			if (batch.stopped()) {
				return chained;
			}
			if (batch.scanned() < BATCH) {
				lastProblem = "";
				return chained;
			}
			after = batch.lastScanned();
		}
	}

	private Batch sealBatch(long after) {
		store.lockForSealing();
		var head = store.head();
		if (!head.sealedBy(key)) {
			// extending a head that does not match its seal would seal over whatever was done to it
			report("The audit chain's head does not match its seal: the chain is not extended until the audit"
					+ " verification has been run and the cause found.");
			return new Batch(0, after, 0, true);
		}
		var events = store.unchained(after, BATCH);
		var position = head.position();
		var hash = head.hash();
		var sequence = head.sequence();
		var chained = 0;
		var lastScanned = after;
		for (var event : events) {
			lastScanned = event.sequence();
			if (!event.sealedBy(key)) {
				reportOutsider(event.sequence());
				continue;
			}
			position++;
			var link = ChainLink.hash(hash, position, event.sequence(), event.seal());
			store.chain(event.sequence(), position, hash, link);
			hash = link;
			sequence = event.sequence();
			chained++;
		}
		if (chained > 0) {
			store.moveHead(ChainHead.sealed(key, position, sequence, hash), clock.instant());
		}
		return new Batch(events.size(), lastScanned, chained, false);
	}

	private void reportOutsider(long sequence) {
		if (sequence > lastReportedOutsider) {
			lastReportedOutsider = sequence;
			log.warn("Audit event {} does not match its seal: it was not written by Tandem, or was changed before it"
					+ " joined the chain. It stays out of the chain; the audit verification names it.", sequence);
		}
	}

	/** Once per distinct problem, not every ten seconds. */
	private void report(String problem) {
		if (!problem.equals(lastProblem)) {
			lastProblem = problem;
			log.error(problem);
		}
	}

	@Override
	public void destroy() throws InterruptedException {
		background.shutdown();
		background.awaitTermination(10, TimeUnit.SECONDS);
	}

	private record Batch(int scanned, long lastScanned, int chained, boolean stopped) {
	}
}
