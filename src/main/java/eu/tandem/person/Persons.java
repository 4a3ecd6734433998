package eu.tandem.person;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import eu.tandem.audit.AuditEvent;
import eu.tandem.audit.AuditLog;
import eu.tandem.audit.AuditOutcome;
import eu.tandem.audit.AuditSubject;
import eu.tandem.hub.HubId;
import eu.tandem.identity.CurrentUser;
import eu.tandem.kernel.InvalidInput;
import eu.tandem.kernel.NotFound;
import eu.tandem.kernel.PlainText;
import eu.tandem.web.Words;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The person registry. It records every view, list, search and change of a person in the audit trail; the
 * caller decides first whether the user may see the person at all (the referral or case that connects
 * them), since this module does not know those relationships.
 */
@Service
public class Persons {

	private final PersonStore store;
	private final PersonMatching matching;
	private final CandidateSearch search;
	private final AuditLog audit;
	private final Clock clock;

	Persons(PersonStore store, PersonMatching matching, CandidateSearch search, AuditLog audit, Clock clock) {
		this.store = store;
		this.matching = matching;
		this.search = search;
		this.audit = audit;
		this.clock = clock;
	}

	/** Registers a person as known to a hub. */
	@Transactional
	public PersonId register(PersonDetails details, HubId hub, CurrentUser actor) {
		var id = PersonId.random();
		store.insert(id, details, clock.instant());
		store.link(id, hub, clock.instant());
		store.replaceKeys(id, matching.keys(details));
		audit.record(AuditEvent.success(actor.asAuditActor(), PersonAudit.REGISTERED, PersonAudit.person(id)));
		return id;
	}

	/**
	 * Registers a guardian or relative of a person. They are not someone the hub is concerned about, so they
	 * are not among the hub's people that "already known?" searches, and they can never be merged with the
	 * person they are related to.
	 */
	@Transactional
	public PersonId registerRelated(PersonDetails details, PersonId of, PersonRecord.Relation.Kind kind, String description,
			CurrentUser actor) {
		var id = PersonId.random();
		store.insert(id, details, clock.instant());
		audit.record(AuditEvent.success(actor.asAuditActor(), PersonAudit.REGISTERED, PersonAudit.person(id)));
		relate(of, id, kind, description, actor);
		return id;
	}

	/** Opens a person's record for someone the caller has checked may see it; the view is traced with its purpose. */
	@Transactional
	public PersonRecord view(PersonId id, CurrentUser actor, String purpose) {
		var record = store.byId(id).orElseThrow(NotFound::new);
		var why = PlainText.required("purpose", new DefaultMessageSourceResolvable("person.field.purpose"), purpose, 200);
		// the records merged into this one are shown too, and each has its own access history
		for (var shown : concat(id, record.mergedRecords())) {
			audit.record(new AuditEvent(actor.asAuditActor(), PersonAudit.VIEWED, AuditOutcome.SUCCESS, PersonAudit.person(shown),
					why, null));
		}
		return record;
	}

	/** The names to show in a list, each shown name traced as a read. */
	@Transactional
	public Map<PersonId, String> namesForList(Set<PersonId> ids, CurrentUser actor, String purpose) {
		var names = ids.stream().map(store::byId).flatMap(Optional::stream)
			.collect(Collectors.toMap(PersonRecord::id, PersonRecord::displayName));
		names.keySet().forEach(id -> audit.record(new AuditEvent(actor.asAuditActor(), PersonAudit.LISTED,
				AuditOutcome.SUCCESS, PersonAudit.person(id), purpose, null)));
		return names;
	}

	/**
	 * Which of these people go by a name like the one typed (every word of it begins a word of one of their names, in
	 * any case and without accents) and, if a date of birth is given, were born on a day it could be. Opens nothing
	 * and traces nothing: the caller chose whom to search among (the cases its user may see) and traces what it shows.
	 */
	@Transactional(readOnly = true)
	public Set<PersonId> goingBy(Set<PersonId> among, String name, @Nullable LocalDate born) {
		var words = NameWords.of(name);
		if (words.isEmpty()) {
			return Set.of();
		}
		return among.stream().map(store::byId).flatMap(Optional::stream)
			.filter(record -> record.details().names().stream().anyMatch(known -> NameWords.begins(words, NameWords.of(known.full()))))
			.filter(record -> born == null || (record.details().dateOfBirth() != null && record.details().dateOfBirth().couldBe(born)))
			.map(PersonRecord::id)
			.collect(Collectors.toSet());
	}

	private static List<PersonId> concat(PersonId first, List<PersonId> rest) {
		var all = new ArrayList<PersonId>();
		all.add(first);
		all.addAll(rest);
		return all;
	}

	/**
	 * Erases the person when the retention of their last case ended: the retention job calls this, in the case's
	 * erasure transaction, and traces it there. Their access history in the audit trail stays.
	 */
	@Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
	public void eraseAtRetentionEnd(PersonId id) {
		store.erase(id, clock.instant());
	}

	/**
	 * The record and every record merged into it, directly or through others: whose data a subject access request is
	 * about. Opens no content and is not traced; the request traces what it reads.
	 */
	@Transactional(readOnly = true)
	public List<PersonId> withMergedRecords(PersonId id) {
		var record = store.byId(id).orElseThrow(NotFound::new);
		return concat(id, record.mergedRecords());
	}

	@Transactional(readOnly = true)
	public Set<HubId> hubsOf(PersonId id) {
		return store.hubsOf(id);
	}

	/**
	 * "Is this person already known?" Ranked candidates among the hub's own people, each with a score and
	 * the reasons in words. A match is never merged automatically: the coordinator decides.
	 */
	@Transactional
	public List<Candidate> candidates(HubId hub, PersonDetails query, Optional<PersonId> excluding, CurrentUser actor) {
		var found = search.find(hub, query, excluding);
		audit.record(new AuditEvent(actor.asAuditActor(), PersonAudit.SEARCHED, AuditOutcome.SUCCESS,
				AuditSubject.of("hub", hub), "already-known check", null));
		found.forEach(candidate -> audit.record(new AuditEvent(actor.asAuditActor(), PersonAudit.LISTED,
				AuditOutcome.SUCCESS, PersonAudit.person(candidate.person()), "already-known check", null)));
		return found;
	}

	/** A possible match: who, how sure, and why, in words a page writes in the reader's language ({@code @words.in}). */
	public record Candidate(PersonId person, String name, DateOfBirth dateOfBirth, double score,
			List<MessageSourceResolvable> reasons) {
	}

	/** Records a guardian or relative; a person is never their own guardian. */
	@Transactional
	public void relate(PersonId person, PersonId related, PersonRecord.Relation.Kind kind, String description,
			CurrentUser actor) {
		if (person.equals(related)) {
			throw InvalidInput.of("guardian", "person.error.ownGuardian");
		}
		var relationship = PlainText.optional("description", new DefaultMessageSourceResolvable("person.field.relationship"),
				description, 120);
		store.relate(person, related, kind, relationship);
		audit.record(AuditEvent.success(actor.asAuditActor(), PersonAudit.RELATED, PersonAudit.person(person)));
	}

	/**
	 * Merges two records of one person, with the reason. Nothing is copied or deleted: the merged record
	 * points at the survivor, and {@link #unmerge} restores both exactly. {@code stillSeparate} lets the
	 * caller veto a merge it knows to be wrong (the two are open in cases of different hubs).
	 */
	@Transactional
	public UUID merge(PersonId survivor, PersonId merged, String reason, CurrentUser actor,
			Function<PersonId, Set<HubId>> openIn) {
		if (survivor.equals(merged)) {
			throw InvalidInput.of("merge", "person.error.mergeWithItself");
		}
		var why = PlainText.required("reason", new DefaultMessageSourceResolvable("person.field.mergeReason"), reason, 1000);
		// always in the same order, so that two opposite merges wait for each other instead of deadlocking
		var first = survivor.value().compareTo(merged.value()) < 0 ? survivor : merged;
		store.lock(first);
		store.lock(first.equals(survivor) ? merged : survivor);
		var kept = store.byId(survivor).orElseThrow(NotFound::new);
		var absorbed = store.byId(merged).orElseThrow(NotFound::new);
		if (kept.mergedInto() != null || absorbed.mergedInto() != null) {
			throw InvalidInput.of("merge", "person.error.mergedAlready");
		}
		if (kept.relations().stream().anyMatch(relation -> relation.related().equals(merged))
				|| absorbed.relations().stream().anyMatch(relation -> relation.related().equals(survivor))) {
			throw InvalidInput.of("merge", "person.error.mergeRelatives");
		}
		var survivorHubs = openIn.apply(survivor);
		var mergedHubs = openIn.apply(merged);
		if (!survivorHubs.isEmpty() && !mergedHubs.isEmpty() && !survivorHubs.equals(mergedHubs)) {
			// no reason given: it would tell this hub that another hub has a case about someone
			throw InvalidInput.of("merge", "person.error.mergeAcrossHubs");
		}
		var id = UUID.randomUUID();
		store.merge(id, survivor, merged, why, actor.id().value(), clock.instant());
		store.hubsOf(merged).forEach(hub -> store.link(survivor, hub, clock.instant()));
		// every spelling of the merged record now finds the survivor
		store.replaceKeys(survivor, matching.keys(store.byId(survivor).orElseThrow().details()));
		audit.record(new AuditEvent(actor.asAuditActor(), PersonAudit.MERGED, AuditOutcome.SUCCESS,
				PersonAudit.person(survivor), null, null));
		audit.record(new AuditEvent(actor.asAuditActor(), PersonAudit.MERGED, AuditOutcome.SUCCESS,
				PersonAudit.person(merged), null, null));
		return id;
	}

	/** Undoes a merge: both records are as they were before it. */
	@Transactional
	public void unmerge(PersonId merged, String reason, CurrentUser actor) {
		var why = PlainText.required("reason", new DefaultMessageSourceResolvable("person.field.unmergeReason"), reason, 1000);
		store.lock(merged);
		var merge = store.openMerge(merged).orElseThrow(() ->
				InvalidInput.of("unmerge", "person.error.notMerged"));
		store.unmerge(merge, why, actor.id().value(), clock.instant());
		store.replaceKeys(merge.survivor(), matching.keys(store.byId(merge.survivor()).orElseThrow().details()));
		audit.record(AuditEvent.success(actor.asAuditActor(), PersonAudit.UNMERGED, PersonAudit.person(merged)));
		audit.record(AuditEvent.success(actor.asAuditActor(), PersonAudit.UNMERGED, PersonAudit.person(merge.survivor())));
	}
}
