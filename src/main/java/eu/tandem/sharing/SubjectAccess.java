package eu.tandem.sharing;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import eu.tandem.agency.Agencies;
import eu.tandem.agency.Agency;
import eu.tandem.audit.AuditAction;
import eu.tandem.audit.AuditEvent;
import eu.tandem.audit.AuditLog;
import eu.tandem.audit.AuditOutcome;
import eu.tandem.audit.AuditSubject;
import eu.tandem.casework.CaseAccess;
import eu.tandem.casework.CaseFile;
import eu.tandem.casework.CaseFiles;
import eu.tandem.casework.CaseId;
import eu.tandem.casework.CaseStanding;
import eu.tandem.hub.Hub;
import eu.tandem.hub.HubId;
import eu.tandem.hub.Hubs;
import eu.tandem.identity.Accounts;
import eu.tandem.identity.AgencyId;
import eu.tandem.identity.CurrentUser;
import eu.tandem.identity.StaffCard;
import eu.tandem.identity.UserId;
import eu.tandem.kernel.EditConflict;
import eu.tandem.kernel.InputProblems;
import eu.tandem.kernel.InvalidInput;
import eu.tandem.kernel.NotFound;
import eu.tandem.kernel.PlainText;
import eu.tandem.person.PersonId;
import eu.tandem.person.Persons;
import eu.tandem.privacy.HeldEntry;
import eu.tandem.privacy.InWords;
import eu.tandem.privacy.PersonalDataHolder;
import eu.tandem.privacy.SubjectScope;
import eu.tandem.sharing.SubjectAccessRules.Decider;
import eu.tandem.sharing.SubjectAccessStore.Decision;
import eu.tandem.sharing.SubjectAccessStore.StoredEntry;
import eu.tandem.sharing.SubjectAccessStore.StoredRequest;
import eu.tandem.vault.ContentVault;
import eu.tandem.vault.RecordBinding;
import eu.tandem.web.Dates;
import eu.tandem.web.Language;
import eu.tandem.web.Words;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Subject access (GDPR Art. 15), reviewed before release. A data protection officer of the case's hub starts a request
 * for the person of a case: everything every module holds about the person in that hub is compiled into a draft,
 * each record opened under {@link NeedToKnow#forSubjectAccess} and traced. What security and justice agencies recorded
 * is withheld until the recording agency releases it or an officer of the hub records a ground; every withholding keeps
 * its ground and whether the person may be told. Finalising, once nothing waits for a ground, stores the answer as
 * released, which every later download gives unchanged. One transaction per action; one open draft per person and hub.
 */
@Service
public class SubjectAccess {

	static final AuditAction STARTED = AuditAction.of("sharing.subject-access-started");
	static final AuditAction VIEWED = AuditAction.of("sharing.subject-access-viewed");
	static final AuditAction RELEASE_VIEWED = AuditAction.of("sharing.subject-access-release-viewed");
	static final AuditAction RELEASED = AuditAction.of("sharing.subject-access-entry-released");
	static final AuditAction WITHHELD = AuditAction.of("sharing.subject-access-entry-withheld");
	static final AuditAction FINALISED = AuditAction.of("sharing.subject-access-finalised");
	static final AuditAction EXPORTED = AuditAction.of("sharing.subject-access-exported");
	static final AuditAction HISTORY_VIEWED = AuditAction.of("sharing.access-history-viewed");
	/** The purpose a recording agency's staff read their entries with. */
	static final String RELEASE_PURPOSE = "subject access release";
	/** The order in which the answer reads; modules added later follow by name. */
	private static final List<String> READING_ORDER = List.of("person", "referral", "casework", "sharing");

	private final CaseFiles cases;
	private final Hubs hubs;
	private final Persons persons;
	private final Agencies agencies;
	private final Accounts accounts;
	private final SubjectAccessStore store;
	private final List<PersonalDataHolder> holders;
	private final AccessHistory history;
	private final ContentVault vault;
	private final JsonMapper json;
	private final AuditLog audit;
	private final Clock clock;
	private final Words words;
	private final Dates dates;
	private final MessageSource messages;

	SubjectAccess(CaseFiles cases, Hubs hubs, Persons persons, Agencies agencies, Accounts accounts, SubjectAccessStore store,
			List<PersonalDataHolder> holders, AccessHistory history, ContentVault vault, JsonMapper json, AuditLog audit, Clock clock,
			Words words, Dates dates, MessageSource messages) {
		this.cases = cases;
		this.hubs = hubs;
		this.persons = persons;
		this.agencies = agencies;
		this.accounts = accounts;
		this.store = store;
		this.holders = holders.stream().sorted(Comparator.comparing((PersonalDataHolder holder) -> {
			var position = READING_ORDER.indexOf(holder.module());
			return position < 0 ? READING_ORDER.size() : position;
		}).thenComparing(PersonalDataHolder::module)).toList();
		this.history = history;
		this.vault = vault;
		this.json = json;
		this.audit = audit;
		this.clock = clock;
		this.words = words;
		this.dates = dates;
		this.messages = messages;
	}

	static AuditSubject subject(UUID request) {
		return AuditSubject.of("subject-access", request);
	}

	static RecordBinding binding(UUID request) {
		return new RecordBinding("sharing.subject_access_request", request);
	}

	/** A draft for the person and hub is open already: who started it and when, to continue it. */
	public static final class AlreadyStarted extends RuntimeException {

		private final UUID request;
		private final String startedBy;
		private final Instant startedAt;

		AlreadyStarted(UUID request, String startedBy, Instant startedAt) {
			super("A subject access request is open for this person", null, false, false);
			this.request = request;
			this.startedBy = startedBy;
			this.startedAt = startedAt;
		}

		public UUID request() {
			return request;
		}

		public String startedBy() {
			return startedBy;
		}

		public Instant startedAt() {
			return startedAt;
		}
	}

	/** The request was finalised already: by whom and when. */
	public static final class AlreadyFinal extends RuntimeException {

		private final String finalisedBy;
		private final Instant finalisedAt;

		AlreadyFinal(String finalisedBy, Instant finalisedAt) {
			super("The subject access request is final already", null, false, false);
			this.finalisedBy = finalisedBy;
			this.finalisedAt = finalisedAt;
		}

		public String finalisedBy() {
			return finalisedBy;
		}

		public Instant finalisedAt() {
			return finalisedAt;
		}
	}

	/**
	 * Starts a request for the person of the case and compiles the draft, all in one transaction. A second start for
	 * the same person and hub — a colleague at the same moment, a double click — waits for the first and is told of it.
	 *
	 * @param language the language the answer is written in: the person's, which may not be the officer's. Every
	 *            holder's words and every date are in it; what people typed stays as they typed it
	 *
	 * @throws NotFound for a case that is not about an identified person in a hub the officer answers for
	 * @throws AlreadyStarted when a draft is open for the person in the hub
	 */
	@Transactional
	public UUID start(CaseId caseId, CurrentUser officer, Language language) {
		var standing = cases.standing(caseId, officer).filter(CaseStanding::officer).filter(found -> found.file().person() != null);
		if (standing.isEmpty()) {
			audit.recordRefusal(AuditEvent.denied(officer.asAuditActor(), STARTED, AuditSubject.of("case", caseId), "not-entitled"));
			throw new NotFound();
		}
		var rule = NeedToKnow.forSubjectAccess(standing.get()).orElseThrow();
		var file = standing.get().file();
		var id = UUID.randomUUID();
		var now = clock.instant();
		for (var attempt = 0; !store.insertDraft(id, file.person().value(), file.hub(), officer.id(), now); attempt++) {
			var open = store.openDraft(file.person().value(), file.hub());
			if (open.isPresent()) {
				audit.recordRefusal(AuditEvent.failure(officer.asAuditActor(), STARTED, subject(open.get().id()), "draft-open"));
				throw new AlreadyStarted(open.get().id(), staff(open.get().startedBy()), open.get().startedAt());
			}
			if (attempt > 2) {
				throw new IllegalStateException("Could not open a subject access request after several attempts");
			}
		}
		var report = InWords.compiling(language.locale(), () -> compile(id, file, officer, rule.code(), now, language));
		store.storeCompiled(id, vault.seal(json.writeValueAsString(report), binding(id)), now);
		audit.record(new AuditEvent(officer.asAuditActor(), STARTED, AuditOutcome.SUCCESS, subject(id), SubjectScope.PURPOSE,
				rule.code()));
		return id;
	}

	/** Every holder's entries, recorded for the officer's decisions, and the draft in words, in the answer's language. */
	private SubjectAccessReport compile(UUID id, CaseFile file, CurrentUser officer, String rule, Instant now, Language language) {
		var person = file.person();
		var records = persons.withMergedRecords(person).stream().map(PersonId::value).collect(Collectors.toSet());
		var scope = new SubjectScope(person.value(), records, Set.of(file.hub()), officer, rule);
		var sections = new ArrayList<SubjectAccessReport.Section>();
		var audited = new LinkedHashMap<AuditSubject, String>();
		var position = 0;
		for (var holder : holders) {
			for (var section : holder.heldAbout(scope)) {
				var entries = new ArrayList<SubjectAccessReport.Entry>();
				for (var entry : section.entries()) {
					var withheld = SubjectAccessRules.securityAndJusticeWithheldUntilReleased(sectorOf(entry.recordingAgency()),
							entry.category());
					store.insertEntry(id, entry.key(), holder.module(), position++, entry.title(), entry.kind(), entry.when(),
							entry.recordingAgency(), entry.author(), entry.category(), withheld);
					entries.add(inWords(entry));
				}
				sections.add(new SubjectAccessReport.Section(section.title(), entries));
			}
			audited.putAll(holder.records(scope));
		}
		var name = persons.namesForList(Set.of(person), officer, SubjectScope.PURPOSE).getOrDefault(person, "");
		return new SubjectAccessReport("Draft", name, hubName(file.hub()), now, officer.displayName(), null, null, sections,
				List.of(), history.of(audited, agenciesOf(scope.hubs())), language.code());
	}

	private SubjectAccessReport.Entry inWords(HeldEntry entry) {
		return new SubjectAccessReport.Entry(entry.key(), entry.title(), entry.kind(), entry.when(),
				entry.author() == null ? null : staff(entry.author()),
				entry.recordingAgency() == null ? null : agencies.nameOf(entry.recordingAgency()),
				entry.category() == null ? null : words.in(Words.named("hub.category.", entry.category())),
				entry.fields().stream().map(field -> new SubjectAccessReport.Field(field.label(), field.value())).toList(),
				entry.earlierVersions().stream().map(earlier -> new SubjectAccessReport.Earlier(earlier.title(),
						earlier.fields().stream().map(field -> new SubjectAccessReport.Field(field.label(), field.value())).toList()))
					.toList(),
				entry.records().stream().map(record -> record.type() + ":" + record.id()).sorted().toList());
	}

	/** A request as the officers of its hub list it. */
	public record Listed(UUID id, String person, String hub, boolean isFinal, String startedBy, Instant startedAt,
			@Nullable String finalisedBy, @Nullable Instant finalisedAt, long waiting) {
	}

	/** The requests of the hubs the officer answers for, newest first; each person's name shown is traced. */
	@Transactional
	public List<Listed> requests(CurrentUser officer) {
		var mine = hubs.all().stream().filter(hub -> SubjectAccessRules.hubOfficerDecides(officer, hub))
			.collect(Collectors.toMap(Hub::id, Hub::name));
		var requests = store.ofHubs(mine.keySet()).stream().filter(request -> request.person() != null).toList();
		var names = persons.namesForList(requests.stream().map(request -> new PersonId(request.person())).collect(Collectors.toSet()),
				officer, "subject access requests");
		return requests.stream().map(request -> new Listed(request.id(), names.getOrDefault(new PersonId(request.person()), ""),
				mine.get(request.hub()), !request.draft(), staff(request.startedBy()), request.startedAt(),
				request.finalisedBy() == null ? null : staff(request.finalisedBy()), request.finalisedAt(),
				request.draft() ? store.entries(request.id()).stream().filter(entry -> entry.decision() == Decision.PENDING).count() : 0))
			.toList();
	}

	/** An entry of the draft, with the decision about it in words. */
	public record Reviewed(int position, SubjectAccessReport.Entry entry, String decision, String state, boolean withheldByDefault, long version,
			@Nullable String ground, @Nullable Boolean tellPerson) {

		public boolean waiting() {
			return decision.equals(Decision.PENDING.name());
		}

		public boolean withheld() {
			return decision.equals(Decision.WITHHELD.name()) || waiting();
		}
	}

	/**
	 * What was decided about an entry, for a final request whose draft made way for the answer.
	 *
	 * @param title what the entry is, in the language the request was compiled in
	 * @param recorded by whom and when it was recorded, in the reader's words (", recorded by … on …"); none if unknown
	 */
	public record Decided(String title, @Nullable String recorded, String state) {
	}

	/**
	 * A request for the officers of its hub: the draft with every entry and the decision about it, or the final
	 * answer with what was withheld.
	 */
	public record Review(UUID id, boolean isFinal, String person, String hub, String startedBy, Instant startedAt,
			@Nullable String finalisedBy, @Nullable Instant finalisedAt, SubjectAccessReport report, List<Reviewed> entries,
			List<Decided> decisions, long waiting) {

		/** The language the answer is written in, by its own name: "Deutsch". */
		public String languageName() {
			return Language.ofCode(report.language()).map(Language::ownName).orElse(report.language());
		}

		/** The draft's sections with each entry's decision, in order. */
		public Map<String, List<Reviewed>> bySection() {
			var byKey = entries.stream().collect(Collectors.toMap(reviewed -> reviewed.entry().key(), reviewed -> reviewed));
			var sections = new LinkedHashMap<String, List<Reviewed>>();
			report.sections().forEach(section -> sections.put(section.title(),
					section.entries().stream().map(entry -> byKey.get(entry.key())).filter(java.util.Objects::nonNull).toList()));
			return sections;
		}
	}

	/** The request, for a data protection officer of its hub; traced. */
	@Transactional
	public Review review(UUID id, CurrentUser officer) {
		var request = forOfficer(store.byId(id), officer, VIEWED, id);
		var report = open(request);
		var decisions = store.entries(id);
		audit.record(new AuditEvent(officer.asAuditActor(), VIEWED, AuditOutcome.SUCCESS, subject(id), SubjectScope.PURPOSE, null));
		var byKey = decisions.stream().collect(Collectors.toMap(StoredEntry::key, entry -> entry));
		var reviewed = new ArrayList<Reviewed>();
		if (request.draft()) {
			report.sections().forEach(section -> section.entries().forEach(entry -> {
				var decision = byKey.get(entry.key());
				if (decision != null) {
					reviewed.add(new Reviewed(decision.position(), entry, decision.decision().name(), state(decision, entry.recordingAgency()),
							decision.withheldByDefault(), decision.version(), decision.ground(), decision.tellPerson()));
				}
			}));
		}
		// what was decided is shown once the answer is final; a draft shows each entry with its decision instead
		var decided = request.draft() ? List.<Decided>of()
				: decisions.stream().filter(entry -> entry.decision() != Decision.INCLUDED).map(entry -> {
					var agency = entry.recordingAgency() == null ? null : agencies.nameOf(entry.recordingAgency());
					return new Decided(entry.title(), recorded(entry, agency), state(entry, agency));
				}).toList();
		return new Review(id, !request.draft(), report.person(), report.hub(), staff(request.startedBy()), request.startedAt(),
				request.finalisedBy() == null ? null : staff(request.finalisedBy()), request.finalisedAt(), report, reviewed, decided,
				decisions.stream().filter(entry -> entry.decision() == Decision.PENDING).count());
	}

	/**
	 * The entries a recording agency's staff member decides about, and nothing else of the request.
	 *
	 * @param language the language the entries were compiled in, which the page marks them with
	 */
	public record Release(UUID id, boolean isFinal, String person, String startedBy, String startedByAgency, Instant startedAt,
			String agency, List<Reviewed> entries, List<Decided> decisions, String language) {
	}

	/**
	 * For the staff of a recording agency who may decide: their own agency's entries that the rule withheld, with the
	 * decisions so far; each entry shown is traced. Anyone else: not found, traced.
	 */
	@Transactional
	public Release forRelease(UUID id, CurrentUser user) {
		var request = store.byId(id).filter(found -> found.content() != null);
		var hub = request.flatMap(found -> hubs.find(found.hub()));
		var theirs = request.isEmpty() || hub.isEmpty() ? List.<StoredEntry>of()
				: store.entries(id).stream().filter(entry -> decider(user, hub.get(), entry).orElse(null) == Decider.RECORDING_AGENCY)
					.toList();
		if (theirs.isEmpty()) {
			audit.recordRefusal(AuditEvent.denied(user.asAuditActor(), RELEASE_VIEWED, subject(id), "not-recording-agency"));
			throw new NotFound();
		}
		var report = open(request.get());
		var shown = new ArrayList<Reviewed>();
		var agencyName = agencies.nameOf(user.agencyId());
		if (request.get().draft()) {
			var byKey = report.sections().stream().flatMap(section -> section.entries().stream())
				.collect(Collectors.toMap(SubjectAccessReport.Entry::key, entry -> entry));
			for (var entry : theirs) {
				var words = byKey.get(entry.key());
				if (words == null) {
					continue;
				}
				var traced = words.records().isEmpty() ? subject(id) : subjectOf(words.records().getFirst());
				audit.record(new AuditEvent(user.asAuditActor(), RELEASE_VIEWED, AuditOutcome.SUCCESS, traced, RELEASE_PURPOSE,
						"recording-agency-decides"));
				shown.add(new Reviewed(entry.position(), words, entry.decision().name(), state(entry, agencyName), true, entry.version(), entry.ground(),
						entry.tellPerson()));
			}
		}
		else {
			audit.record(new AuditEvent(user.asAuditActor(), RELEASE_VIEWED, AuditOutcome.SUCCESS, subject(id), RELEASE_PURPOSE,
					"recording-agency-decides"));
		}
		// what was decided is shown once the answer is final; a draft shows each entry with its decision instead
		var decided = request.get().draft() ? List.<Decided>of()
				: theirs.stream().map(entry -> new Decided(entry.title(), entry.recordedAt() == null ? null
						: words.in(Words.of("sharing.sar.decided.recordedOn", dates.day(entry.recordedAt()))), state(entry, agencyName)))
					.toList();
		var starter = accounts.card(request.get().startedBy());
		return new Release(id, !request.get().draft(), report.person(), staff(starter),
				starter.map(card -> agencies.nameOf(card.agencyId())).orElse(""), request.get().startedAt(), agencyName, shown, decided,
				report.language());
	}

	/**
	 * Releases a withheld entry into the answer: the recording agency's staff who see it, or an officer of the hub with
	 * the ground for release. Anyone else: not found, nothing saved, traced.
	 */
	@Transactional
	public Decider release(UUID id, int entry, String ground, long version, CurrentUser actor) {
		var decision = deciding(id, entry, actor, RELEASED);
		// the officer gives a ground, the recording agency a note: the form names the field so
		var label = decision.decider() == Decider.HUB_OFFICER ? Words.of("sharing.field.releaseGround")
				: Words.of("sharing.field.releaseNote");
		var why = PlainText.optionalMultiLine("ground", label, ground, 1000);
		if (decision.decider() == Decider.HUB_OFFICER && why == null) {
			throw refused(actor, RELEASED, id, "no-ground", InvalidInput.of("ground", "sharing.error.release.noGround"));
		}
		var released = decision.entry().withheldByDefault() ? Decision.RELEASED : Decision.INCLUDED;
		decide(decision, released, why, null, version, actor, RELEASED);
		return decision.decider();
	}

	/**
	 * Withholds an entry from the answer with the ground (e.g. "GDPR Art. 23(1)(d) with § 57 BDSG") and whether the
	 * person may be told that something was withheld: the same people as may release it.
	 */
	@Transactional
	public Decider withhold(UUID id, int entry, String ground, @Nullable Boolean tellPerson, long version, CurrentUser actor) {
		var decision = deciding(id, entry, actor, WITHHELD);
		var problems = new InputProblems();
		var why = problems.check(() -> PlainText.optionalMultiLine("ground", Words.of("sharing.field.withholdGround"), ground, 1000));
		if (why == null && !problems.about("ground")) {
			problems.add(refused(actor, WITHHELD, id, "no-ground", InvalidInput.of("ground", "sharing.error.withhold.noGround")));
		}
		if (tellPerson == null) {
			problems.add(refused(actor, WITHHELD, id, "no-telling-choice",
					InvalidInput.of("tell", "sharing.error.withhold.noTellingChoice")));
		}
		problems.throwIfAny();
		decide(decision, Decision.WITHHELD, why, tellPerson, version, actor, WITHHELD);
		return decision.decider();
	}

	private record Deciding(StoredRequest request, StoredEntry entry, Decider decider) {
	}

	private Deciding deciding(UUID id, int position, CurrentUser actor, AuditAction action) {
		// the request's row is locked: decisions and finalising happen one after the other, never half into an answer
		var request = store.lock(id).filter(found -> found.content() != null);
		var entry = request.flatMap(found -> store.entry(id, position));
		var hub = request.flatMap(found -> hubs.find(found.hub()));
		var decider = entry.isPresent() && hub.isPresent() ? decider(actor, hub.get(), entry.get()) : Optional.<Decider>empty();
		if (decider.isEmpty()) {
			audit.recordRefusal(AuditEvent.denied(actor.asAuditActor(), action, subject(id), "not-recording-agency-or-officer"));
			throw new NotFound();
		}
		if (!request.get().draft()) {
			throw refused(actor, action, id, "request-final",
					InvalidInput.of("ground", "sharing.error.requestFinal", dates.dayAndTime(request.get().finalisedAt())));
		}
		return new Deciding(request.get(), entry.get(), decider.get());
	}

	private void decide(Deciding deciding, Decision decision, @Nullable String ground, @Nullable Boolean tell, long version,
			CurrentUser actor, AuditAction action) {
		var key = deciding.entry().key();
		if (!store.decide(deciding.request().id(), key, decision, ground, tell, actor.id(), clock.instant(), deciding.decider(), version)) {
			throw EditConflict.of("sharing.error.decidedMeanwhile");
		}
		audit.record(new AuditEvent(actor.asAuditActor(), action, AuditOutcome.SUCCESS, subject(deciding.request().id()),
				SubjectScope.PURPOSE, deciding.decider() == Decider.RECORDING_AGENCY ? "recording-agency-decides" : "hub-officer-decides"));
	}

	/**
	 * Finalises the request once no entry waits for a ground: the answer as released is stored, sealed, and every
	 * later download gives exactly it. A second finalise is told that it is final already.
	 */
	@Transactional
	public void finalise(UUID id, CurrentUser officer) {
		var request = forOfficer(store.lock(id), officer, FINALISED, id);
		if (!request.draft()) {
			audit.recordRefusal(AuditEvent.failure(officer.asAuditActor(), FINALISED, subject(id), "already-final"));
			throw new AlreadyFinal(staff(request.finalisedBy()), request.finalisedAt());
		}
		var decisions = store.entries(id);
		var waiting = decisions.stream().filter(entry -> entry.decision() == Decision.PENDING).count();
		if (waiting > 0) {
			throw refused(officer, FINALISED, id, "withheld-without-ground",
					InvalidInput.of("finalise", "sharing.error.withheldWithoutGround", waiting));
		}
		var now = clock.instant();
		var answer = FinalAnswer.of(open(request), decisions, now, officer.displayName(), messages);
		store.finalise(id, vault.seal(json.writeValueAsString(answer), binding(id)), officer.id(), now);
		audit.record(new AuditEvent(officer.asAuditActor(), FINALISED, AuditOutcome.SUCCESS, subject(id), SubjectScope.PURPOSE, null));
	}

	/** The final answer, exactly as finalised, for an officer of the hub; a draft has none yet. Traced. */
	@Transactional
	public SubjectAccessReport answer(UUID id, CurrentUser officer) {
		var request = forOfficer(store.byId(id), officer, EXPORTED, id);
		if (request.draft()) {
			audit.recordRefusal(AuditEvent.denied(officer.asAuditActor(), EXPORTED, subject(id), "not-final"));
			throw new NotFound();
		}
		var answer = open(request);
		audit.record(new AuditEvent(officer.asAuditActor(), EXPORTED, AuditOutcome.SUCCESS, subject(id), SubjectScope.PURPOSE, null));
		return answer;
	}

	/** One page of a person's access history as the officer filtered it. */
	public record HistoryPage(List<SubjectAccessReport.Access> lines, int page, int pages, int matching, int events) {
	}

	static final int HISTORY_PAGE = 25;

	/**
	 * Who has seen the person's data, when and why, in words and grouped, across the person's cases in the hubs the
	 * officer answers for; filtered and a page at a time. Traced.
	 */
	@Transactional
	public HistoryPage accessHistory(CaseId caseId, AccessFilter filter, int page, CurrentUser officer) {
		var standing = cases.standing(caseId, officer).filter(CaseStanding::officer).filter(found -> found.file().person() != null);
		if (standing.isEmpty()) {
			audit.recordRefusal(AuditEvent.denied(officer.asAuditActor(), HISTORY_VIEWED, AuditSubject.of("case", caseId), "not-entitled"));
			throw new NotFound();
		}
		var person = standing.get().file().person();
		var merged = persons.withMergedRecords(person);
		var records = merged.stream().map(PersonId::value).collect(Collectors.toSet());
		var answersFor = new LinkedHashSet<HubId>();
		for (var record : merged) {
			cases.ofPerson(record).stream().map(CaseFile::hub).filter(hub -> hubs.find(hub)
				.map(found -> CaseAccess.dataProtectionOfficerOfTheHub(officer, found)).orElse(false)).forEach(answersFor::add);
		}
		var scope = new SubjectScope(person.value(), records, answersFor, officer,
				NeedToKnow.forSubjectAccess(standing.get()).orElseThrow().code());
		var audited = new LinkedHashMap<AuditSubject, String>();
		holders.forEach(holder -> audited.putAll(holder.records(scope)));
		var lines = history.of(audited, agenciesOf(answersFor));
		audit.record(new AuditEvent(officer.asAuditActor(), HISTORY_VIEWED, AuditOutcome.SUCCESS, AuditSubject.of("person", person),
				"access history review", null));
		var matching = lines.stream().filter(line -> filter.admits(line, history)).toList();
		var pages = Math.max(1, (matching.size() + HISTORY_PAGE - 1) / HISTORY_PAGE);
		var shown = Math.min(Math.max(page, 1), pages);
		return new HistoryPage(matching.subList((shown - 1) * HISTORY_PAGE, Math.min(matching.size(), shown * HISTORY_PAGE)), shown, pages,
				matching.size(), lines.stream().mapToInt(SubjectAccessReport.Access::times).sum());
	}

	/** Open drafts with entries this user's agency recorded and the user may decide about: for their start page. */
	public record Waiting(UUID request, String startedBy, String startedByAgency, Instant startedAt, int entries) {
	}

	@Transactional(readOnly = true)
	public List<Waiting> waitingFor(CurrentUser user) {
		var byRequest = new LinkedHashMap<UUID, List<StoredEntry>>();
		store.pendingOf(user.agencyId()).forEach(entry -> byRequest.computeIfAbsent(entry.request(), request -> new ArrayList<>()).add(entry));
		var waiting = new ArrayList<Waiting>();
		byRequest.forEach((id, entries) -> store.byId(id).ifPresent(request -> hubs.find(request.hub()).ifPresent(hub -> {
			var theirs = entries.stream().filter(entry -> decider(user, hub, entry).orElse(null) == Decider.RECORDING_AGENCY).count();
			if (theirs > 0) {
				var starter = accounts.card(request.startedBy());
				waiting.add(new Waiting(id, staff(starter), starter.map(card -> agencies.nameOf(card.agencyId())).orElse(""),
						request.startedAt(), (int) theirs));
			}
		})));
		return waiting;
	}

	private Optional<Decider> decider(CurrentUser actor, Hub hub, StoredEntry entry) {
		return SubjectAccessRules.decider(actor, hub, entry.withheldByDefault(), entry.recordingAgency(), entry.author(),
				() -> holders.stream().filter(holder -> holder.module().equals(entry.module())).findFirst()
					.map(holder -> holder.sees(entry.key(), actor)).orElse(false));
	}

	private StoredRequest forOfficer(Optional<StoredRequest> request, CurrentUser officer, AuditAction action, UUID id) {
		var found = request.filter(stored -> stored.content() != null)
			.filter(stored -> hubs.find(stored.hub()).map(hub -> SubjectAccessRules.hubOfficerDecides(officer, hub)).orElse(false));
		if (found.isEmpty()) {
			audit.recordRefusal(AuditEvent.denied(officer.asAuditActor(), action, subject(id), "not-officer-of-hub"));
			throw new NotFound();
		}
		return found.get();
	}

	private SubjectAccessReport open(StoredRequest request) {
		return json.readValue(vault.open(request.content(), binding(request.id())), SubjectAccessReport.class);
	}

	/** The decision about an entry in words, e.g. "Withheld until Augsburg Police Prevention Unit releases it …". */
	private String state(StoredEntry entry, @Nullable String agency) {
		var by = entry.decidedBy() == null ? "" : words.in(Words.of(entry.decidedAs() == Decider.RECORDING_AGENCY
				? "sharing.sar.state.by.agency" : "sharing.sar.state.by.officer", staff(entry.decidedBy()),
				dates.dayAndTime(entry.decidedAt())));
		return words.in(switch (entry.decision()) {
			case INCLUDED -> entry.decidedBy() == null ? Words.of("sharing.sar.state.included")
					: Words.of("sharing.sar.state.includedReleased", by);
			case PENDING -> agency == null ? Words.of("sharing.sar.state.pendingNoAgency") : Words.of("sharing.sar.state.pending", agency);
			case WITHHELD -> Boolean.TRUE.equals(entry.tellPerson()) ? Words.of("sharing.sar.state.withheldTold", by, entry.ground())
					: Words.of("sharing.sar.state.withheldUntold", by, entry.ground());
			case RELEASED -> entry.ground() == null ? Words.of("sharing.sar.state.released", by)
					: Words.of("sharing.sar.state.releasedWithGround", by, entry.ground());
		});
	}

	/** Who recorded an entry the officers decided about, and when: ", recorded by Augsburg Police Prevention Unit on 2 December 2026". */
	private @Nullable String recorded(StoredEntry entry, @Nullable String agency) {
		if (entry.recordedAt() == null) {
			return agency == null ? null : words.in(Words.of("sharing.sar.decided.recordedBy", agency));
		}
		var day = dates.day(entry.recordedAt());
		return words.in(agency == null ? Words.of("sharing.sar.decided.on", day) : Words.of("sharing.sar.decided.recordedByOn", agency, day));
	}

	/** The member agencies of these hubs: whose reads of the shared register record a hub's history shows. */
	private Set<AgencyId> agenciesOf(Set<HubId> scope) {
		return scope.stream().flatMap(hub -> hubs.find(hub).stream()).flatMap(hub -> hub.agencies().stream())
			.map(Hub.MemberAgency::agency).collect(Collectors.toSet());
	}

	private String hubName(HubId hub) {
		return hubs.find(hub).map(Hub::name).orElse("");
	}

	private String staff(@Nullable UserId user) {
		return user == null ? words.in(Words.of("sharing.someone")) : staff(accounts.card(user));
	}

	/** The name on a staff member's card already read, or that the account was removed. */
	private String staff(Optional<StaffCard> card) {
		return card.map(StaffCard::displayName).orElseGet(() -> words.in(Words.of("sharing.staffRemoved")));
	}

	private eu.tandem.agency.@Nullable Sector sectorOf(@Nullable AgencyId agency) {
		return agency == null ? null : agencies.find(agency).map(Agency::details).map(details -> details.sector()).orElse(null);
	}

	private static AuditSubject subjectOf(String record) {
		var colon = record.indexOf(':');
		return new AuditSubject(record.substring(0, colon), record.substring(colon + 1));
	}

	/** The refusal, traced with its code. */
	private InvalidInput refused(CurrentUser actor, AuditAction action, UUID id, String code, InvalidInput refusal) {
		audit.recordRefusal(AuditEvent.denied(actor.asAuditActor(), action, subject(id), code));
		return refusal;
	}
}
