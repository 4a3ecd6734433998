package eu.tandem.sharing;

import eu.tandem.scheduling.OneNodeAtATime;
import eu.tandem.vault.ContentVault;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

/**
 * After a key rotation, re-seals every item, earlier version and subject access request still sealed with an older key, a page at a time
 * in short transactions, at start and every night, on one node at a time (the others skip their turn). When the log says
 * nothing is left, the old key file can go.
 */
@Component
class Resealing {

	private static final Logger log = LoggerFactory.getLogger(Resealing.class);
	private static final int PAGE = 500;
	static final String JOB_NAME = "sharing.resealing";

	private final ItemStore items;
	private final SubjectAccessStore requests;
	private final ContentVault vault;
	private final TransactionOperations transactions;
	private final OneNodeAtATime oneNodeAtATime;

	Resealing(ItemStore items, SubjectAccessStore requests, ContentVault vault, TransactionOperations transactions,
			OneNodeAtATime oneNodeAtATime) {
		this.items = items;
		this.requests = requests;
		this.vault = vault;
		this.transactions = transactions;
		this.oneNodeAtATime = oneNodeAtATime;
	}

	@EventListener(ApplicationReadyEvent.class)
	void atStart() {
		oneNodeAtATime.run(JOB_NAME, this::resealAll);
	}

	@Scheduled(cron = "${tandem.vault.reseal-cron:0 15 3 * * *}", zone = "UTC")
	void nightly() {
		oneNodeAtATime.run(JOB_NAME, this::resealAll);
	}

	/** How many items, earlier versions and subject access requests were re-sealed with the current key. */
	int resealAll() {
		var current = vault.currentKeyId();
		var resealed = 0;
		int done;
		do {
			done = transactions.execute(tx -> {
				var page = items.sealedWithOtherKey(current, PAGE);
				page.forEach(item -> items.reseal(item.id(), vault.reseal(item.content(), CaseInformation.binding(item.id()))));
				return page.size();
			});
			resealed += done;
		}
		while (done == PAGE);
		do {
			done = transactions.execute(tx -> {
				var page = items.revisionsSealedWithOtherKey(current, PAGE);
				page.forEach(entry -> items.resealRevision(entry.getKey(), entry.getValue().revision(),
						vault.reseal(entry.getValue().content(), CaseInformation.binding(entry.getKey()))));
				return page.size();
			});
			resealed += done;
		}
		while (done == PAGE);
		do {
			// subject access drafts and answers hold items word for word: sealed, and re-sealed, as the items are
			done = transactions.execute(tx -> {
				var page = requests.sealedWithOtherKey(current, PAGE);
				page.forEach(request -> requests.reseal(request.id(), vault.reseal(request.content(), SubjectAccess.binding(request.id()))));
				return page.size();
			});
			resealed += done;
		}
		while (done == PAGE);
		if (resealed > 0) {
			log.info("Re-sealed {} items, earlier versions and subject access requests with content key {}", resealed, current);
		}
		return resealed;
	}
}
