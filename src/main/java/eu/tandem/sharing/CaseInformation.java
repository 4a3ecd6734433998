package eu.tandem.sharing;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import eu.tandem.audit.AuditAction;
import eu.tandem.audit.AuditEvent;
import eu.tandem.audit.AuditLog;
import eu.tandem.audit.AuditOutcome;
import eu.tandem.audit.AuditSubject;
import eu.tandem.casework.CaseFile;
import eu.tandem.casework.CaseFiles;
import eu.tandem.casework.CaseId;
import eu.tandem.casework.CaseStanding;
import eu.tandem.hub.DataCategory;
import eu.tandem.hub.Hubs;
import eu.tandem.hub.InformationSharing;
import eu.tandem.hub.SharingRules;
import eu.tandem.identity.AgencyId;
import eu.tandem.identity.CurrentUser;
import eu.tandem.kernel.EditConflict;
import eu.tandem.knowledge.Library;
import eu.tandem.kernel.InputProblems;
import eu.tandem.kernel.InvalidInput;
import eu.tandem.kernel.NotFound;
import eu.tandem.kernel.PlainText;
import eu.tandem.vault.ContentVault;
import eu.tandem.vault.RecordBinding;
import eu.tandem.web.Language;
import eu.tandem.web.Words;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What practitioners record about the person in a case. Every read goes through {@link NeedToKnow}, item by
 * item, and every item shown is traced with the rule that allowed it; an item the viewer may not see is not
 * shown, not counted and not hinted at.
 */
@Service
public class CaseInformation {

	static final AuditAction RECORDED = AuditAction.of("sharing.item-recorded");
	static final AuditAction VIEWED = AuditAction.of("sharing.item-viewed");
	static final AuditAction RECTIFIED = AuditAction.of("sharing.item-rectified");
	static final int LONGEST_TEXT = 20_000;
	/** A contact's note is short: what happened and what was agreed; longer accounts are notes of their own. */
	static final int LONGEST_CONTACT_NOTE = 2_000;

	private final ItemStore items;
	private final ContactStore contacts;
	private final CaseFiles cases;
	private final Hubs hubs;
	private final InformationSharing sharing;
	private final EmergencyNotices notices;
	private final Library library;
	private final ContentVault vault;
	private final AuditLog audit;
	private final Clock clock;

	CaseInformation(ItemStore items, ContactStore contacts, CaseFiles cases, Hubs hubs, InformationSharing sharing,
			EmergencyNotices notices, Library library, ContentVault vault, AuditLog audit, Clock clock) {
		this.items = items;
		this.contacts = contacts;
		this.cases = cases;
		this.hubs = hubs;
		this.sharing = sharing;
		this.notices = notices;
		this.library = library;
		this.vault = vault;
		this.audit = audit;
		this.clock = clock;
	}

	static RecordBinding binding(ItemId id) {
		return new RecordBinding("sharing.item", id.value());
	}

	/**
	 * A member of the case team records an item, written in {@code language}; their agency holds it. Health items only
	 * by health professionals. What is wrong with the item is refused at once, each problem on its field.
	 */
	@Transactional
	public ItemId record(CaseId caseId, @Nullable DataCategory category, ItemKind kind, String text, Language language,
			CurrentUser author) {
		return record(caseId, category, kind, text, language, author, Wording.AS_WRITTEN);
	}

	/**
	 * {@link #record(CaseId, DataCategory, ItemKind, String, Language, CurrentUser)}, first asking the writer to
	 * reconsider words on the curators' list where {@code wording} says so: once the item is otherwise acceptable, a text
	 * that uses one is not saved but answered with {@link WordsToReconsider}.
	 */
	@Transactional
	public ItemId record(CaseId caseId, @Nullable DataCategory category, ItemKind kind, String text, Language language,
			CurrentUser author, Wording wording) {
		var standing = recorder(caseId, author, "text");
		var problems = new InputProblems();
		category(category, author, caseId, problems);
		var content = problems.check(() -> PlainText.requiredMultiLine("text", Words.of("sharing.information.record.text"), text,
				LONGEST_TEXT));
		problems.throwIfAny();
		promptAbout(content, wording);
		var id = new ItemId(UUID.randomUUID());
		items.insert(id, caseId, category, kind, author.agencyId(), author.id(), vault.seal(content, binding(id)), language,
				clock.instant());
		audit.record(AuditEvent.success(author.asAuditActor(), RECORDED, subject(id)));
		notices.recordedDuringSteps(caseId, standing.file().hub(), category, author.agencyId());
		return id;
	}

	/**
	 * A member of the case team records a contact with the person or their family: the day it happened, by the calendar
	 * of the case's hub and never after its today; with whom; how; whether it took place; and a short note in a data
	 * category, written in {@code language}, which their agency holds as any item. Every problem is refused at once,
	 * each on its field, and nothing is saved.
	 */
	@Transactional
	public ItemId recordContact(CaseId caseId, ContactRequest contact, CurrentUser author, Wording wording) {
		var standing = recorder(caseId, author, "note");
		var problems = new InputProblems();
		if (contact.day() == null) {
			problems.add(refused(author, RECORDED, caseId, "no-day", InvalidInput.of("day", "sharing.error.contact.noDay")));
		}
		else if (contact.day().isAfter(hubs.find(standing.file().hub()).orElseThrow().today(clock))) {
			problems.add(refused(author, RECORDED, caseId, "future-day", InvalidInput.of("day", "sharing.error.contact.future")));
		}
		if (contact.with() == null) {
			problems.add(refused(author, RECORDED, caseId, "no-with", InvalidInput.of("with", "sharing.error.contact.noWith")));
		}
		if (contact.mode() == null) {
			problems.add(refused(author, RECORDED, caseId, "no-mode", InvalidInput.of("mode", "sharing.error.contact.noMode")));
		}
		if (contact.attended() == null) {
			problems.add(refused(author, RECORDED, caseId, "no-attendance", InvalidInput.of("attended", "sharing.error.contact.noAttended")));
		}
		category(contact.category(), author, caseId, problems);
		var note = problems.check(() -> PlainText.requiredMultiLine("note", Words.of("sharing.contacts.note"), contact.note(),
				LONGEST_CONTACT_NOTE));
		problems.throwIfAny();
		promptAbout(note, wording);
		var id = new ItemId(UUID.randomUUID());
		items.insert(id, caseId, contact.category(), ItemKind.CONTACT, author.agencyId(), author.id(), vault.seal(note, binding(id)),
				contact.language(), clock.instant());
		contacts.insert(id, new Contact(contact.day(), contact.with(), contact.mode(), contact.attended()));
		audit.record(AuditEvent.success(author.asAuditActor(), RECORDED, subject(id)));
		notices.recordedDuringSteps(caseId, standing.file().hub(), contact.category(), author.agencyId());
		return id;
	}

	/**
	 * A gentle prompt, never a refusal: where the writer has not yet been asked, a text that uses words on the curators'
	 * list comes back with them, unsaved, so that the writer reconsiders them or saves as written.
	 */
	private void promptAbout(String text, Wording wording) {
		if (wording == Wording.PROMPT) {
			var found = library.stigmatisingWordsIn(text);
			if (!found.isEmpty()) {
				throw new WordsToReconsider(found);
			}
		}
	}

	/**
	 * How the author stands to the case they record in: on its team, and the case open; otherwise refused, the rule's
	 * words on the form's {@code field}.
	 */
	private CaseStanding recorder(CaseId caseId, CurrentUser author, String field) {
		var standing = standing(caseId, author, RECORDED);
		if (!standing.team()) {
			throw refused(author, RECORDED, caseId, "not-on-team", InvalidInput.of(field, "sharing.error.record.notOnTeam"));
		}
		if (!standing.file().open()) {
			throw refused(author, RECORDED, caseId, "case-closed", InvalidInput.of(field, "sharing.error.record.caseClosed"));
		}
		return standing;
	}

	/** A category is chosen, and one the author may record: health only by health professionals. */
	private void category(@Nullable DataCategory category, CurrentUser author, CaseId caseId, InputProblems problems) {
		if (category == null) {
			problems.add(refused(author, RECORDED, caseId, "no-category", InvalidInput.of("category", "sharing.error.record.noCategory")));
		}
		else if (!NeedToKnow.mayRecord(author, category)) {
			problems.add(refused(author, RECORDED, caseId, "not-health-professional",
					InvalidInput.of("category", "sharing.error.record.notHealthProfessional")));
		}
	}

	/**
	 * The items of the case this viewer may see, oldest first; each one traced. For the items the viewer's own agency
	 * recorded, the team's other agencies that the item does not reach, so that the recording agency can disclose it
	 * where the purpose needs it; nobody else learns of an item they do not see.
	 */
	@Transactional
	public List<Item> visible(CaseId caseId, CurrentUser viewer) {
		var standing = seeing(caseId, viewer);
		return visible(standing, sharing.rulesToday(standing.file().hub()), viewer);
	}

	/**
	 * How the viewer stands to the case, read once for a screen of its information; for whoever does not see the case
	 * it does not exist, traced as a refused view.
	 */
	@Transactional(readOnly = true)
	CaseStanding seeing(CaseId caseId, CurrentUser viewer) {
		return standing(caseId, viewer, VIEWED);
	}

	/**
	 * {@link #visible(CaseId, CurrentUser)} decided on the standing from {@link #seeing} and the hub's agreements as the
	 * caller read them in its transaction, so that a screen reads each once for everything it shows.
	 */
	@Transactional
	List<Item> visible(CaseStanding standing, SharingRules agreed, CurrentUser viewer) {
		if (!standing.user().equals(viewer.id())) {
			throw new IllegalArgumentException("The standing is another user's");
		}
		var stored = items.ofCase(standing.file().id());
		var reach = items.disclosedTo(stored.stream().map(ItemStore.StoredItem::id).toList(), clock.instant());
		var flagged = items.flaggedFor(stored.stream().map(ItemStore.StoredItem::id).toList(), viewer.agencyId());
		var happened = stored.stream().anyMatch(item -> item.kind() == ItemKind.CONTACT) ? contacts.ofCase(standing.file().id())
				: java.util.Map.<ItemId, Contact>of();
		var shown = new ArrayList<Item>();
		for (var item : stored) {
			var disclosedTo = reach.getOrDefault(item.id(), Set.of());
			var rule = NeedToKnow.decide(viewer, standing, item.facts(), disclosedTo, agreed);
			rule.ifPresent(allowed -> shown.add(open(item, allowed, flagged.contains(item.id()), viewer, standing,
					notReaching(item, viewer, standing, disclosedTo, agreed), happened.get(item.id()))));
		}
		return List.copyOf(shown);
	}

	/** One item, if this viewer may see it; otherwise it does not exist for them. Traced either way. */
	@Transactional
	public Item view(ItemId id, CurrentUser viewer) {
		return view(items.byId(id).orElseThrow(NotFound::new), viewer);
	}

	private Item view(ItemStore.StoredItem item, CurrentUser viewer) {
		var id = item.id();
		var standing = cases.standing(item.caseId(), viewer).orElseThrow(NotFound::new);
		var decided = decide(item, viewer, standing);
		if (decided.rule().isEmpty()) {
			audit.recordRefusal(AuditEvent.denied(viewer.asAuditActor(), VIEWED, subject(id), "need-to-know"));
			throw new NotFound();
		}
		return open(item, decided.rule().get(), !items.flaggedFor(List.of(id), viewer.agencyId()).isEmpty(), viewer, standing,
				notReaching(item, viewer, standing, decided.disclosedTo(), decided.agreed()),
				item.kind() == ItemKind.CONTACT ? contacts.of(id).orElse(null) : null);
	}

	/**
	 * Whether the user sees the item under need to know at this moment, exactly as {@link #view} would decide. Not
	 * traced: for deciding who may act on an item (release it from a subject access request), never for showing it.
	 */
	@Transactional(readOnly = true)
	boolean sees(ItemId id, CurrentUser viewer) {
		return items.byId(id)
			.flatMap(item -> cases.standing(item.caseId(), viewer).flatMap(standing -> decide(item, viewer, standing).rule()))
			.isPresent();
	}

	/** The answer of {@link NeedToKnow} for one item, with what it was decided on. */
	private record Decided(Optional<NeedToKnow.Rule> rule, Set<AgencyId> disclosedTo, SharingRules agreed) {
	}

	private Decided decide(ItemStore.StoredItem item, CurrentUser viewer, CaseStanding standing) {
		var agreed = sharing.rulesToday(standing.file().hub());
		var disclosedTo = items.disclosedTo(List.of(item.id()), clock.instant()).getOrDefault(item.id(), Set.of());
		return new Decided(NeedToKnow.decide(viewer, standing, item.facts(), disclosedTo, agreed), disclosedTo, agreed);
	}

	/** The team's agencies, other than the recording one, that do not see the item; told only to the recording agency. */
	private static List<AgencyId> notReaching(ItemStore.StoredItem item, CurrentUser viewer, CaseStanding standing,
			Set<AgencyId> disclosedTo, SharingRules agreed) {
		if (!viewer.agencyId().equals(item.sourceAgency())) {
			return List.of();
		}
		return standing.file().team().stream().map(CaseFile.TeamMember::agency).distinct()
			.filter(agency -> !agency.equals(item.sourceAgency()))
			.filter(agency -> !NeedToKnow.reachesTeamMemberOf(agency, standing, item.facts(), disclosedTo, agreed))
			.toList();
	}

	/**
	 * The author corrects an item; what was there before is kept with who changed it and why. A stale edit is
	 * refused with {@link EditConflict} rather than overwriting the newer one; a missing text and a missing reason
	 * are refused together.
	 */
	@Transactional
	public void rectify(ItemId id, String text, String reason, long expectedVersion, CurrentUser author) {
		rectify(id, text, reason, expectedVersion, author, Wording.AS_WRITTEN);
	}

	/** {@link #rectify(ItemId, String, String, long, CurrentUser)}, the corrected text first prompted about as {@link #record} does. */
	@Transactional
	public void rectify(ItemId id, String text, String reason, long expectedVersion, CurrentUser author, Wording wording) {
		var item = items.byId(id).orElseThrow(NotFound::new);
		var standing = cases.standing(item.caseId(), author).orElseThrow(NotFound::new);
		if (decide(item, author, standing).rule().isEmpty()) {
			audit.recordRefusal(AuditEvent.denied(author.asAuditActor(), RECTIFIED, subject(id), "need-to-know"));
			throw new NotFound();
		}
		if (!item.author().equals(author.id())) {
			throw refusedItem(author, id, "not-author", InvalidInput.of("text", "sharing.error.correct.notAuthor"));
		}
		var problems = new InputProblems();
		var content = problems.check(() -> PlainText.requiredMultiLine("text", Words.of("sharing.item.correct.text"), text, LONGEST_TEXT));
		var why = problems.check(() -> PlainText.requiredMultiLine("reason", Words.of("sharing.item.correct.reason"), reason, 500));
		problems.throwIfAny();
		promptAbout(content, wording);
		if (!items.rectify(item, vault.seal(content, binding(id)), author.id(), why, clock.instant(), expectedVersion)) {
			throw EditConflict.of("sharing.item.conflict.body");
		}
		audit.record(new AuditEvent(author.asAuditActor(), RECTIFIED, AuditOutcome.SUCCESS, subject(id), null, null));
	}

	/** Earlier versions of an item, newest first, for those who may see the item. */
	@Transactional
	public List<Revision> history(ItemId id, CurrentUser viewer) {
		view(id, viewer);
		return revisions(id);
	}

	/** An item and its earlier versions, as its page shows them. */
	record WithHistory(Item item, List<Revision> history) {
	}

	/**
	 * {@link #view} and {@link #history} for one page of a case: the item read once, so decided and traced once. An item
	 * of another case is not found, refused and traced before anything is decided or opened, as one the viewer may not
	 * see is.
	 */
	@Transactional
	WithHistory withHistory(CaseId caseId, ItemId id, CurrentUser viewer) {
		var item = items.byId(id).orElseThrow(NotFound::new);
		if (!item.caseId().equals(caseId)) {
			audit.recordRefusal(AuditEvent.denied(viewer.asAuditActor(), VIEWED, subject(id), "not-of-case"));
			throw new NotFound();
		}
		return new WithHistory(view(item, viewer), revisions(id));
	}

	private List<Revision> revisions(ItemId id) {
		return items.revisions(id).stream()
			.map(revision -> new Revision(revision.revision(), vault.open(revision.content(), binding(id)),
					revision.writtenAt(), revision.replacedAt(), revision.replacedBy(), revision.reason()))
			.toList();
	}

	/** An earlier version of an item and why it was replaced. */
	public record Revision(int revision, String text, java.time.Instant writtenAt, java.time.Instant replacedAt,
			eu.tandem.identity.UserId replacedBy, String reason) {
	}

	private Item open(ItemStore.StoredItem item, NeedToKnow.Rule rule, boolean flagged, CurrentUser viewer,
			CaseStanding standing, List<AgencyId> notReaching, @Nullable Contact contact) {
		audit.record(new AuditEvent(viewer.asAuditActor(), VIEWED, AuditOutcome.SUCCESS, subject(item.id()),
				standing.entitled() ? null : "emergency", rule.code()));
		return new Item(item.id(), item.caseId(), item.category(), item.kind(), item.sourceAgency(), item.author(),
				item.recordedAt(), item.revision(), item.changedAt(), item.version(),
				vault.open(item.content(), binding(item.id())), item.language(), rule, flagged, notReaching, contact);
	}

	private CaseStanding standing(CaseId caseId, CurrentUser actor, AuditAction action) {
		var standing = cases.standing(caseId, actor).filter(CaseStanding::seesCase);
		if (standing.isEmpty()) {
			audit.recordRefusal(AuditEvent.denied(actor.asAuditActor(), action, AuditSubject.of("case", caseId), "not-entitled"));
			throw new NotFound();
		}
		return standing.get();
	}

	static AuditSubject subject(ItemId id) {
		return AuditSubject.of("item", id);
	}

	/** The refusal, traced with its code. */
	private InvalidInput refused(CurrentUser actor, AuditAction action, CaseId caseId, String code, InvalidInput refusal) {
		audit.recordRefusal(AuditEvent.denied(actor.asAuditActor(), action, AuditSubject.of("case", caseId), code));
		return refusal;
	}

	private InvalidInput refusedItem(CurrentUser actor, ItemId id, String code, InvalidInput refusal) {
		audit.recordRefusal(AuditEvent.denied(actor.asAuditActor(), RECTIFIED, subject(id), code));
		return refusal;
	}
}
