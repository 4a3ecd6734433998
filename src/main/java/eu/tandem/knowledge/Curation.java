package eu.tandem.knowledge;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import eu.tandem.identity.CurrentUser;
import eu.tandem.kernel.EditConflict;
import eu.tandem.kernel.InvalidInput;
import eu.tandem.kernel.NotFound;
import eu.tandem.knowledge.ItemVersion.Status;
import eu.tandem.knowledge.StoredItem.Origin;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The curators' work on the library: a change is a draft, sent for review, and published by a second curator
 * ({@link #publish} refuses the writer). Every version stays, so the history of an item can be read; the public
 * sees only the published one.
 */
@Service
class Curation {

	/** An item with a version that is not published yet. */
	record Pending(StoredItem item, ItemVersion version, @Nullable LibraryEntry published) {
	}

	private final KnowledgeStore store;
	private final Clock clock;

	Curation(KnowledgeStore store, Clock clock) {
		this.store = store;
		this.clock = clock;
	}

	/** A new item, as a draft or sent for review at once; nobody sees it outside curation until published. */
	@Transactional
	StoredItem create(ItemType type, ItemContent content, @Nullable String note, boolean sendForReview, CurrentUser curator) {
		if (content.sourceUrl() == null) {
			throw InvalidInput.of("sourceUrl", "knowledge.error.noSource");
		}
		var now = clock.instant();
		var item = new StoredItem(UUID.randomUUID(), key(type, content), type, Origin.CURATOR, store.nextPosition(), null, null);
		store.insert(item, now);
		store.insert(new ItemVersion(item.id(), 1, sendForReview ? Status.IN_REVIEW : Status.DRAFT, content, note,
				curator.id().value(), now, sendForReview ? now : null, null, null, null));
		return item;
	}

	/**
	 * A new version of an item, based on the published version the curator saw. Refused when someone published a
	 * newer one meanwhile, or when another change of the item is open.
	 */
	@Transactional
	ItemVersion edit(String key, ItemContent content, @Nullable String note, @Nullable Integer basedOn, boolean sendForReview,
			CurrentUser curator) {
		var item = store.item(key).orElseThrow(NotFound::new);
		if (item.origin() == Origin.CURATOR && content.sourceUrl() == null) {
			throw InvalidInput.of("sourceUrl", "knowledge.error.noSource");
		}
		var open = store.openVersion(item.id());
		if (open.isPresent()) {
			throw open.get().status() == Status.DRAFT ? EditConflict.of("knowledge.error.alreadyDrafted", open.get().number())
					: EditConflict.of("knowledge.error.alreadyInReview", open.get().number());
		}
		if (!Objects.equals(item.publishedVersion(), basedOn)) {
			throw basedOn == null ? EditConflict.of("knowledge.error.publishedWhileNew", item.publishedVersion())
					: EditConflict.of("knowledge.error.publishedWhileEditing", item.publishedVersion(), basedOn);
		}
		var now = clock.instant();
		var version = new ItemVersion(item.id(), store.nextVersion(item.id()), sendForReview ? Status.IN_REVIEW : Status.DRAFT, content,
				note, curator.id().value(), now, sendForReview ? now : null, null, null, null);
		try {
			store.insert(version);
		}
		catch (DuplicateKeyException race) {
			throw EditConflict.of("knowledge.error.startedMeanwhile");
		}
		return version;
	}

	/** The writer sends their draft for review. */
	@Transactional
	void submit(String key, int number, CurrentUser curator) {
		var version = openVersion(key, number);
		if (!curator.id().value().equals(version.writtenBy())) {
			throw InvalidInput.of("version", "knowledge.error.onlyWriterSubmits");
		}
		if (!store.move(version.itemId(), number, Status.DRAFT, Status.IN_REVIEW, null, null, clock.instant())) {
			throw EditConflict.of("knowledge.error.noLongerDraft");
		}
	}

	/** A second curator publishes a version waiting for review; the one it replaces is kept as superseded. */
	@Transactional
	void publish(String key, int number, @Nullable String note, CurrentUser reviewer) {
		var version = openVersion(key, number);
		if (reviewer.id().value().equals(version.writtenBy())) {
			throw InvalidInput.of("version", "knowledge.error.secondCuratorPublishes");
		}
		if (!store.move(version.itemId(), number, Status.IN_REVIEW, Status.PUBLISHED, reviewer.id().value(), note, clock.instant())) {
			throw EditConflict.of("knowledge.error.notWaitingAnyMore");
		}
		store.makePublished(version.itemId(), number);
		store.refreshWords();
	}

	/** The reviewer sends a version back to its writer with a note saying what to change. */
	@Transactional
	void giveBack(String key, int number, @Nullable String note, CurrentUser reviewer) {
		if (note == null || note.isBlank()) {
			throw InvalidInput.of("note", "knowledge.error.noteMissing");
		}
		var version = openVersion(key, number);
		if (reviewer.id().value().equals(version.writtenBy())) {
			throw InvalidInput.of("version", "knowledge.error.secondCuratorReviews");
		}
		if (!store.move(version.itemId(), number, Status.IN_REVIEW, Status.RETURNED, reviewer.id().value(), note, clock.instant())) {
			throw EditConflict.of("knowledge.error.notWaiting");
		}
	}

	/** The writer withdraws their own draft or a version still waiting for review. */
	@Transactional
	void withdraw(String key, int number, CurrentUser curator) {
		var version = openVersion(key, number);
		if (!curator.id().value().equals(version.writtenBy())) {
			throw InvalidInput.of("version", "knowledge.error.onlyWriterWithdraws");
		}
		// no reviewer: a withdrawal is the writer's own act, and a writer never reviews their own version
		if (!store.move(version.itemId(), number, version.status(), Status.RETURNED, null, "Withdrawn by its writer",
				clock.instant())) {
			throw EditConflict.of("knowledge.error.changedMeanwhile");
		}
	}

	List<Pending> pending() {
		return store.withOpenVersions().stream().distinct()
			.map(id -> store.item(id).orElseThrow())
			.map(item -> new Pending(item, store.openVersion(item.id()).orElseThrow(), store.published(item.key()).orElse(null)))
			.toList();
	}

	/** The latest version of each item that was returned to this curator and not taken up again since. */
	List<Pending> returnedTo(CurrentUser curator) {
		return store.latestReturnedTo(curator.id().value()).stream()
			.map(version -> new Pending(store.item(version.itemId()).orElseThrow(), version,
					store.item(version.itemId()).flatMap(item -> store.published(item.key())).orElse(null)))
			.toList();
	}

	List<ItemVersion> history(String key) {
		return store.versions(store.item(key).orElseThrow(NotFound::new).id());
	}

	ItemVersion version(String key, int number) {
		var item = store.item(key).orElseThrow(NotFound::new);
		return store.version(item.id(), number).orElseThrow(NotFound::new);
	}

	private ItemVersion openVersion(String key, int number) {
		var version = version(key, number);
		if (!version.status().open()) {
			throw switch (version.status()) {
				case PUBLISHED -> EditConflict.of("knowledge.error.alreadyPublished", number);
				case SUPERSEDED -> EditConflict.of("knowledge.error.alreadySuperseded", number);
				default -> EditConflict.of("knowledge.error.alreadyReturned", number);
			};
		}
		return version;
	}

	/** A readable, unique key: "practice-anchor-work", "practice-anchor-work-2". */
	private String key(ItemType type, ItemContent content) {
		var words = content.heading().toLowerCase(java.util.Locale.ROOT);
		var slug = java.text.Normalizer.normalize(words, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
			.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
		slug = slug.length() > 60 ? slug.substring(0, slug.lastIndexOf('-', 60) > 0 ? slug.lastIndexOf('-', 60) : 60) : slug;
		var base = type.apiName().replace('_', '-') + "-" + (slug.isEmpty() ? "item" : slug);
		var key = base;
		for (int n = 2; store.item(key).isPresent(); n++) {
			key = base + "-" + n;
		}
		return key;
	}
}
