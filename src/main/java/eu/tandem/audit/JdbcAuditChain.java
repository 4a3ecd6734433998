package eu.tandem.audit;

import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import eu.tandem.audit.AuditVerification.Breach;
import eu.tandem.audit.AuditVerification.Broken;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Verifies the trail in one consistent snapshot of the database: the chain in chain order, then the events not yet
 * in it. Other nodes may go on extending the chain meanwhile; the snapshot does not see it.
 */
@Service
class JdbcAuditChain implements AuditChain {

	/** How long a genuine event may wait for the sealer before its absence from the chain counts as a break. */
	static final Duration GRACE = Duration.ofSeconds(60);

	private final ChainStore store;
	private final ChainSealer sealer;
	private final SealKey key;
	private final AuditLog log;
	private final Clock clock;
	private final TransactionOperations transactions;
	private final TransactionTemplate snapshot;

	JdbcAuditChain(ChainStore store, ChainSealer sealer, SealKey key, AuditLog log, Clock clock,
			TransactionOperations transactions, PlatformTransactionManager transactionManager) {
		this.store = store;
		this.sealer = sealer;
		this.key = key;
		this.log = log;
		this.clock = clock;
		this.transactions = transactions;
		this.snapshot = new TransactionTemplate(transactionManager);
		snapshot.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
		snapshot.setReadOnly(true);
	}

	@Override
	public AuditVerification verify(AuditActor by, @Nullable ChainMark expected) {
		return verify(by, null, expected);
	}

	/** @param purpose why, where the actor does not say it: the command line records "command line" */
	AuditVerification verify(AuditActor by, @Nullable String purpose, @Nullable ChainMark expected) {
		var result = verify(expected);
		var subject = result instanceof Broken broken && broken.sequence() != null
				? AuditSubject.of("audit-event", broken.sequence()) : null;
		transactions.executeWithoutResult(tx -> log.record(new AuditEvent(by, VERIFIED, AuditOutcome.SUCCESS, subject,
				purpose, result.intact() ? "intact" : "broken")));
		return result;
	}

	AuditVerification verify(@Nullable ChainMark expected) {
		sealer.sealPending();
		var pendingSince = clock.instant().minus(GRACE);
		return Objects.requireNonNull(snapshot.execute(tx -> {
			var walk = new ChainWalk(key, store.head(), expected);
			store.eachChained(walk::step);
			var broken = walk.finish();
			if (broken != null) {
				return broken;
			}
			var pending = new AtomicLong();
			var outside = new AtomicReference<Broken>();
			store.eachUnchained(event -> {
				if (!event.sealedBy(key)) {
					outside.set(new Broken(Breach.NOT_SEALED_BY_TANDEM, event.sequence(), null, event.seal() == null
							? TrailWords.of("audit.broken.notSealed") : TrailWords.of("audit.broken.notSealedOrChanged")));
					return false;
				}
				if (event.content().occurredAt().isAfter(pendingSince)) {
					pending.incrementAndGet();
					return true;
				}
				outside.set(new Broken(Breach.NOT_CHAINED, event.sequence(), null,
						TrailWords.of("audit.broken.notChained", GRACE.toSeconds())));
				return false;
			});
			if (outside.get() != null) {
				return outside.get();
			}
			var head = walk.head();
			return new AuditVerification.Intact(walk.events(), head.position(),
					head.sequence() == null ? 0 : head.sequence(), HexFormat.of().formatHex(head.hash()), pending.get());
		}));
	}

	@Override
	public AuditCheckpoint checkpoint() {
		sealer.sealPending();
		var head = Objects.requireNonNull(snapshot.execute(tx -> store.head()));
		if (!head.sealedBy(key)) {
			// a checkpoint of a forged head would vouch for the forgery
			throw new IllegalStateException("The record of where the audit chain ends does not match its seal;"
					+ " run the audit verification before exporting a checkpoint");
		}
		return new AuditCheckpoint(head.position(), head.sequence() == null ? 0 : head.sequence(),
				HexFormat.of().formatHex(head.hash()), clock.instant().truncatedTo(ChronoUnit.MILLIS));
	}
}
