package eu.tandem.sharing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

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
import eu.tandem.hub.Hub;
import eu.tandem.hub.Hubs;
import eu.tandem.hub.InformationSharing;
import eu.tandem.hub.SharingDecision;
import eu.tandem.hub.SharingRules;
import eu.tandem.identity.AgencyId;
import eu.tandem.identity.CurrentUser;
import eu.tandem.kernel.InputProblems;
import eu.tandem.kernel.InvalidInput;
import eu.tandem.kernel.NotFound;
import eu.tandem.kernel.PlainText;
import eu.tandem.vault.ContentVault;
import eu.tandem.web.Language;
import eu.tandem.web.Words;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Disclosure across agency boundaries and the consent it may rest on. A practitioner discloses items their agency
 * holds, or a purpose-bound summary, to the case team or to one agency of the hub; Tandem checks the hub's
 * information-sharing agreement and the ground (consent that covers the flow, or vital interests, legal
 * obligation or public task with the statute) and refuses with the reason when they do not cover it. Every
 * disclosure is an entry in the ledger; refusals are traced too.
 */
@Service
public class Disclosures {

	static final AuditAction DISCLOSED = AuditAction.of("sharing.disclosed");
	static final AuditAction REVOKED = AuditAction.of("sharing.disclosure-revoked");
	static final AuditAction LEDGER_VIEWED = AuditAction.of("sharing.ledger-viewed");
	static final AuditAction CONSENT_RECORDED = AuditAction.of("sharing.consent-recorded");
	static final AuditAction CONSENT_WITHDRAWN = AuditAction.of("sharing.consent-withdrawn");
	static final AuditAction CONSENTS_VIEWED = AuditAction.of("sharing.consents-viewed");

	private final CaseFiles cases;
	private final Hubs hubs;
	private final InformationSharing sharing;
	private final ItemStore items;
	private final DisclosureStore ledger;
	private final ConsentStore consents;
	private final ContentVault vault;
	private final AuditLog audit;
	private final Clock clock;

	Disclosures(CaseFiles cases, Hubs hubs, InformationSharing sharing, ItemStore items, DisclosureStore ledger,
			ConsentStore consents, ContentVault vault, AuditLog audit, Clock clock) {
		this.cases = cases;
		this.hubs = hubs;
		this.sharing = sharing;
		this.items = items;
		this.ledger = ledger;
		this.consents = consents;
		this.vault = vault;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Discloses what the request names, or refuses: every problem with what was typed at once, each on its field, then
	 * whether the ground and the hub's agreement cover the flow. Each refusal is traced.
	 */
	@Transactional
	public UUID disclose(CaseId caseId, DisclosureRequest request, CurrentUser actor) {
		var standing = team(caseId, actor, DISCLOSED);
		var file = standing.file();
		var hub = hubs.find(file.hub()).orElseThrow();
		var today = hub.today(clock);
		// in the order of the form, so that the summary of problems reads like the page
		var problems = new InputProblems();
		var disclosed = new ArrayList<ItemStore.StoredItem>();
		var agreed = sharing.rulesToday(hub.id());
		for (var id : request.items()) {
			var item = items.byId(id).filter(found -> found.caseId().equals(caseId))
				.filter(found -> found.sourceAgency().equals(actor.agencyId()))
				.filter(found -> NeedToKnow.decide(actor, standing, found.facts(), Set.of(), agreed).isPresent());
			if (item.isEmpty()) {
				problems.add(refused(actor, DISCLOSED, caseId, "item-not-held",
						InvalidInput.of("items", "sharing.error.disclose.itemNotHeld")));
				break;
			}
			disclosed.add(item.get());
		}
		var summary = problems.check(() -> PlainText.optionalMultiLine("summary", Words.of("sharing.field.summary"),
				request.summary(), 2_000));
		if (request.items().isEmpty() && summary == null && !problems.about("summary")) {
			problems.add(refused(actor, DISCLOSED, caseId, "nothing-chosen",
					InvalidInput.of("items", "sharing.error.disclose.nothingChosen")));
		}
		if (summary != null && request.summaryCategory() == null) {
			problems.add(refused(actor, DISCLOSED, caseId, "no-summary-category",
					InvalidInput.of("summaryCategory", "sharing.error.disclose.noSummaryCategory")));
		}
		else if (summary != null && !NeedToKnow.mayRecord(actor, request.summaryCategory())) {
			problems.add(refused(actor, DISCLOSED, caseId, "not-health-professional",
					InvalidInput.of("summaryCategory", "sharing.error.disclose.healthSummary")));
		}
		var recipients = recipients(request, file, hub, actor, caseId, problems);
		if (request.purpose() == null) {
			problems.add(refused(actor, DISCLOSED, caseId, "no-purpose", InvalidInput.of("purpose", "sharing.error.disclose.noPurpose")));
		}
		var basis = problems.check(() -> PlainText.optional("legalBasis", Words.of("sharing.information.disclose.legalBasis"),
				request.legalBasis(), 300));
		if (basis == null && !problems.about("legalBasis")) {
			problems.add(refused(actor, DISCLOSED, caseId, "no-legal-basis",
					InvalidInput.of("legalBasis", "sharing.error.disclose.noLegalBasis")));
		}
		if (request.ground() == null) {
			problems.add(refused(actor, DISCLOSED, caseId, "no-ground", InvalidInput.of("ground", "sharing.error.disclose.noGround")));
		}
		var consent = request.ground() == Disclosure.Ground.CONSENT ? consentInForce(request, caseId, actor, problems) : null;
		var statute = problems.check(() -> PlainText.optional("statute", Words.of("sharing.field.statute"), request.statute(), 300));
		if (request.ground() != null && request.ground().needsStatute() && statute == null && !problems.about("statute")) {
			problems.add(refused(actor, DISCLOSED, caseId, "no-statute", InvalidInput.of("statute", "sharing.error.disclose.noStatute")));
		}
		if (request.expiresOn() != null && !request.expiresOn().isAfter(today)) {
			problems.add(refused(actor, DISCLOSED, caseId, "expiry-past",
					InvalidInput.of("expiresOn", "sharing.error.disclose.expiryPast")));
		}
		problems.throwIfAny();
		var categories = new LinkedHashSet<DataCategory>();
		disclosed.forEach(item -> categories.add(item.category()));
		if (summary != null) {
			categories.add(request.summaryCategory());
		}
		if (consent != null) {
			consentCovers(consent, request, caseId, categories, recipients, actor);
		}
		var citations = new LinkedHashSet<String>();
		for (var to : recipients) {
			for (var category : categories) {
				var decision = agreed.check(category, actor.agencyId(), to, request.purpose());
				if (!(decision instanceof SharingDecision.Permitted permitted)) {
					throw refused(actor, DISCLOSED, caseId, "not-in-agreement",
							InvalidInput.of("recipient", "sharing.error.disclose.notInAgreement", decision.words()));
				}
				citations.add(permitted.citation());
			}
		}
		var ids = new ArrayList<>(disclosed.stream().map(ItemStore.StoredItem::id).toList());
		if (summary != null) {
			var id = new ItemId(UUID.randomUUID());
			// a summary is written for the disclosure, in the language the discloser's screen is in
			items.insert(id, caseId, request.summaryCategory(), ItemKind.SUMMARY, actor.agencyId(), actor.id(),
					vault.seal(summary, CaseInformation.binding(id)), Language.current(), clock.instant());
			audit.record(AuditEvent.success(actor.asAuditActor(), CaseInformation.RECORDED, CaseInformation.subject(id)));
			ids.add(id);
		}
		var disclosure = new Disclosure(UUID.randomUUID(), caseId, actor.agencyId(), actor.id(), request.toCaseTeam(),
				recipients, ids, request.purpose(), basis, request.ground(),
				request.ground() == Disclosure.Ground.CONSENT ? request.consent() : null,
				request.ground() == Disclosure.Ground.CONSENT ? null : statute, String.join("; ", citations), clock.instant(),
				request.expiresOn(), null, null);
		ledger.insert(disclosure, hub.zone());
		audit.record(new AuditEvent(actor.asAuditActor(), DISCLOSED, AuditOutcome.SUCCESS, AuditSubject.of("case", caseId),
				request.purpose().label(), null));
		return disclosure.id();
	}

	/** The agencies a disclosure reaches: the team's other agencies as they are now, or one member agency. */
	private Set<AgencyId> recipients(DisclosureRequest request, CaseFile file, Hub hub, CurrentUser actor, CaseId caseId,
			InputProblems problems) {
		if (request.toCaseTeam()) {
			var agencies = file.team().stream().map(CaseFile.TeamMember::agency).filter(agency -> !agency.equals(actor.agencyId()))
				.collect(Collectors.toCollection(LinkedHashSet::new));
			if (agencies.isEmpty()) {
				problems.add(refused(actor, DISCLOSED, caseId, "no-other-agency",
						InvalidInput.of("recipient", "sharing.error.disclose.noOtherAgency")));
			}
			return agencies;
		}
		var to = request.toAgency();
		if (to == null || !hub.hasMemberAgency(to)) {
			problems.add(refused(actor, DISCLOSED, caseId, "not-hub-agency",
					InvalidInput.of("recipient", "sharing.error.disclose.notHubAgency")));
			return Set.of();
		}
		if (to.equals(actor.agencyId())) {
			problems.add(refused(actor, DISCLOSED, caseId, "own-agency", InvalidInput.of("recipient", "sharing.error.disclose.ownAgency")));
			return Set.of();
		}
		return Set.of(to);
	}

	/** The consent a disclosure on the consent ground rests on, if it is one of the case's and still in force. */
	private @Nullable Consent consentInForce(DisclosureRequest request, CaseId caseId, CurrentUser actor, InputProblems problems) {
		var consent = request.consent() == null ? null : consents.byId(request.consent()).filter(c -> c.caseId().equals(caseId)).orElse(null);
		if (consent == null) {
			problems.add(refused(actor, DISCLOSED, caseId, "no-consent", InvalidInput.of("consent", "sharing.error.disclose.noConsent")));
			return null;
		}
		if (consent.decision() != Consent.Decision.GIVEN || consents.withdrawn(consent.id())) {
			problems.add(refused(actor, DISCLOSED, caseId, "consent-not-in-force",
					InvalidInput.of("consent", "sharing.error.disclose.consentNotInForce")));
			return null;
		}
		return consent;
	}

	private void consentCovers(Consent consent, DisclosureRequest request, CaseId caseId, Set<DataCategory> categories,
			Set<AgencyId> recipients, CurrentUser actor) {
		for (var to : recipients) {
			for (var category : categories) {
				if (!consent.covers(category, to, request.purpose())) {
					throw refused(actor, DISCLOSED, caseId, "consent-does-not-cover",
							InvalidInput.of("consent", "sharing.error.disclose.consentDoesNotCover",
									Words.named("hub.category.phrase.", category), Words.named("hub.purpose.", request.purpose())));
				}
			}
		}
	}

	/** The ledger of the case, for its owner, its hub's coordinators and the hub's data protection officers. */
	@Transactional
	public List<Disclosure> ledger(CaseId caseId, CurrentUser actor) {
		return ledger(caseId, cases.standing(caseId, actor), actor);
	}

	/**
	 * {@link #ledger(CaseId, CurrentUser)} on the standing the caller read for this request (empty where there is no
	 * such case), so that a screen reads it once for everything it shows.
	 */
	@Transactional
	List<Disclosure> ledger(CaseId caseId, Optional<CaseStanding> standing, CurrentUser actor) {
		if (requireOwn(caseId, standing, actor).filter(CaseStanding::mayReadLedger).isEmpty()) {
			audit.recordRefusal(AuditEvent.denied(actor.asAuditActor(), LEDGER_VIEWED, AuditSubject.of("case", caseId), "not-entitled"));
			throw new NotFound();
		}
		audit.record(AuditEvent.success(actor.asAuditActor(), LEDGER_VIEWED, AuditSubject.of("case", caseId)));
		return ledger.ofCase(caseId);
	}

	/**
	 * What the member's own agency disclosed in the case, newest first, for its people on the team to see and take back;
	 * never another agency's disclosures. Traced as a view of the ledger.
	 */
	@Transactional
	public List<Disclosure> madeByMyAgency(CaseId caseId, CurrentUser actor) {
		var standing = team(caseId, actor, LEDGER_VIEWED);
		return madeByMyAgency(standing, sharing.rulesToday(standing.file().hub()), actor);
	}

	/**
	 * {@link #madeByMyAgency(CaseId, CurrentUser)} decided on the standing and the hub's agreements as the caller read
	 * them in its transaction; nothing for someone off the case team, to whom a screen offers none of it.
	 */
	@Transactional
	List<Disclosure> madeByMyAgency(CaseStanding standing, SharingRules agreed, CurrentUser actor) {
		var caseId = standing.file().id();
		requireOwn(caseId, Optional.of(standing), actor);
		if (!standing.team()) {
			return List.of();
		}
		var mine = ledger.ofCase(caseId).stream().filter(disclosure -> disclosure.from().equals(actor.agencyId())).toList();
		var facts = items.factsOf(mine.stream().flatMap(disclosure -> disclosure.items().stream()).toList());
		var own = mine.stream().filter(disclosure -> seesEveryItem(disclosure, facts, actor, standing, agreed)).toList();
		if (!own.isEmpty()) {
			audit.record(new AuditEvent(actor.asAuditActor(), LEDGER_VIEWED, AuditOutcome.SUCCESS, AuditSubject.of("case", caseId),
					"own agency's disclosures", null));
		}
		return own;
	}

	/** The disclosing agency takes a disclosure back; it stops reaching its recipients at their next request. */
	@Transactional
	public void revoke(UUID disclosureId, CurrentUser actor) {
		var disclosure = ledger.byId(disclosureId).orElseThrow(NotFound::new);
		var standing = cases.standing(disclosure.caseId(), actor).filter(CaseStanding::team);
		if (standing.isEmpty() || !disclosure.from().equals(actor.agencyId()) || !seesEveryItem(disclosure,
				items.factsOf(disclosure.items()), actor, standing.get(), sharing.rulesToday(standing.get().file().hub()))) {
			audit.recordRefusal(AuditEvent.denied(actor.asAuditActor(), REVOKED, AuditSubject.of("case", disclosure.caseId()), "not-discloser"));
			throw new NotFound();
		}
		if (ledger.revoke(disclosureId, actor.id(), clock.instant())) {
			audit.record(AuditEvent.success(actor.asAuditActor(), REVOKED, AuditSubject.of("case", disclosure.caseId())));
		}
	}

	/**
	 * Whether the member sees every item a disclosure of their agency carried: a disclosure of health items is the
	 * business of the agency's health professionals, and its existence is not shown to their colleagues.
	 */
	private static boolean seesEveryItem(Disclosure disclosure, Map<ItemId, NeedToKnow.ItemFacts> facts, CurrentUser actor,
			CaseStanding standing, SharingRules agreed) {
		return disclosure.items().stream().allMatch(id -> Optional.ofNullable(facts.get(id))
			.flatMap(item -> NeedToKnow.decide(actor, standing, item, Set.of(), agreed)).isPresent());
	}

	/**
	 * A member of the case team records the person's (or guardian's) decision about sharing. Every problem with the
	 * decision is refused at once, each on its field, and traced.
	 */
	@Transactional
	public UUID recordConsent(CaseId caseId, ConsentRequest request, CurrentUser actor) {
		var standing = team(caseId, actor, CONSENT_RECORDED);
		var hub = hubs.find(standing.file().hub()).orElseThrow();
		var problems = new InputProblems();
		if (request.decision() == null || request.decision() == Consent.Decision.WITHDRAWN) {
			problems.add(refused(actor, CONSENT_RECORDED, caseId, "no-decision",
					InvalidInput.of("decision", "sharing.error.consent.noDecision")));
		}
		whoDecided(request.decidedBy(), problems, actor, CONSENT_RECORDED, caseId);
		dayOfDecision(request.decidedOn(), hub.today(clock), problems, actor, CONSENT_RECORDED, caseId);
		if (request.categories().isEmpty()) {
			problems.add(refused(actor, CONSENT_RECORDED, caseId, "no-scope",
					InvalidInput.of("categories", "sharing.error.consent.noCategories")));
		}
		if (request.purposes().isEmpty()) {
			problems.add(refused(actor, CONSENT_RECORDED, caseId, "no-scope",
					InvalidInput.of("purposes", "sharing.error.consent.noPurposes")));
		}
		if (request.agencies().stream().anyMatch(agency -> !hub.hasMemberAgency(agency))) {
			problems.add(refused(actor, CONSENT_RECORDED, caseId, "not-hub-agency",
					InvalidInput.of("agencies", "sharing.error.consent.notHubAgency")));
		}
		if (request.obtained() == null) {
			problems.add(refused(actor, CONSENT_RECORDED, caseId, "no-method",
					InvalidInput.of("obtained", "sharing.error.consent.noMethod")));
		}
		var document = problems.check(() -> PlainText.optional("documentReference", Words.of("sharing.field.documentReference"),
				request.documentReference(), 200));
		var note = problems.check(() -> PlainText.optionalMultiLine("capacityNote", Words.of("sharing.field.capacityNote"),
				request.capacityNote(), 2_000));
		problems.throwIfAny();
		var consent = new Consent(UUID.randomUUID(), caseId, request.decision(), request.decidedBy(), request.agencies(),
				request.categories(), request.purposes(), request.decidedOn(), request.obtained(), document, note, null,
				actor.id(), clock.instant());
		consents.insert(consent);
		audit.record(AuditEvent.success(actor.asAuditActor(), CONSENT_RECORDED, AuditSubject.of("case", caseId)));
		return consent.id();
	}

	/**
	 * Records that the person, or the guardian of a minor, withdrew a consent: new disclosures can no longer rest on
	 * it, at once, and those already made under it are flagged for their recipients to review. Returns how many.
	 */
	@Transactional
	public int withdraw(UUID consentId, Consent.DecidedBy by, LocalDate on, Consent.Obtained obtained, String document,
			String note, CurrentUser actor) {
		var given = consents.byId(consentId).orElseThrow(NotFound::new);
		var hub = hubs.find(team(given.caseId(), actor, CONSENT_WITHDRAWN).file().hub()).orElseThrow();
		if (given.decision() != Consent.Decision.GIVEN || consents.withdrawn(consentId)) {
			throw refused(actor, CONSENT_WITHDRAWN, given.caseId(), "not-in-force",
					InvalidInput.of("consent", "sharing.error.withdraw.notInForce"));
		}
		var problems = new InputProblems();
		whoDecided(by, problems, actor, CONSENT_WITHDRAWN, given.caseId());
		dayOfDecision(on, hub.today(clock), problems, actor, CONSENT_WITHDRAWN, given.caseId());
		if (on != null && on.isBefore(given.decidedOn())) {
			problems.add(refused(actor, CONSENT_WITHDRAWN, given.caseId(), "before-consent",
					InvalidInput.of("decidedOn", "sharing.error.withdraw.beforeConsent")));
		}
		if (obtained == null) {
			problems.add(refused(actor, CONSENT_WITHDRAWN, given.caseId(), "no-method",
					InvalidInput.of("obtained", "sharing.error.withdraw.noMethod")));
		}
		var documentReference = problems.check(() -> PlainText.optional("documentReference",
				Words.of("sharing.field.documentReference"), document, 200));
		var text = problems.check(() -> PlainText.optionalMultiLine("note", Words.of("sharing.consent.note"), note, 2_000));
		problems.throwIfAny();
		consents.insert(new Consent(UUID.randomUUID(), given.caseId(), Consent.Decision.WITHDRAWN, by, given.agencies(),
				given.categories(), given.purposes(), on, obtained, documentReference, text, consentId, actor.id(), clock.instant()));
		var flagged = ledger.flagForReview(consentId, clock.instant());
		audit.record(AuditEvent.success(actor.asAuditActor(), CONSENT_WITHDRAWN, AuditSubject.of("case", given.caseId())));
		return flagged;
	}

	/** The consent decisions of a case, newest first, for those who see the case and the hub's officers. */
	@Transactional
	public List<Consent> consents(CaseId caseId, CurrentUser actor) {
		return consents(caseId, cases.standing(caseId, actor), actor);
	}

	/**
	 * {@link #consents(CaseId, CurrentUser)} on the standing the caller read for this request (empty where there is no
	 * such case). Whether one is in force is in the list itself: a withdrawal is a decision of the same case.
	 */
	@Transactional
	List<Consent> consents(CaseId caseId, Optional<CaseStanding> standing, CurrentUser actor) {
		var file = requireOwn(caseId, standing, actor)
			.filter(found -> found.seesCase() || found.officer());
		if (file.isEmpty()) {
			audit.recordRefusal(AuditEvent.denied(actor.asAuditActor(), CONSENTS_VIEWED, AuditSubject.of("case", caseId), "not-entitled"));
			throw new NotFound();
		}
		audit.record(AuditEvent.success(actor.asAuditActor(), CONSENTS_VIEWED, AuditSubject.of("case", caseId)));
		return consents.ofCase(caseId);
	}

	private void whoDecided(Consent.@Nullable DecidedBy by, InputProblems problems, CurrentUser actor, AuditAction action,
			CaseId caseId) {
		if (by == null) {
			problems.add(refused(actor, action, caseId, "not-person-or-guardian",
					InvalidInput.of("decidedBy", "sharing.error.consent.notPersonOrGuardian")));
		}
	}

	/** A decision's day: given, and not after the hub's today, by whose calendar the forms offer it. */
	private void dayOfDecision(@Nullable LocalDate date, LocalDate today, InputProblems problems, CurrentUser actor, AuditAction action,
			CaseId caseId) {
		if (date == null) {
			problems.add(refused(actor, action, caseId, "no-date", InvalidInput.of("decidedOn", "sharing.error.consent.noDate")));
		}
		else if (date.isAfter(today)) {
			problems.add(refused(actor, action, caseId, "date-in-future",
					InvalidInput.of("decidedOn", "sharing.error.consent.dateInFuture")));
		}
	}

	/** A standing read for another user or another case is a caller's mistake, never a reason to show anything. */
	private static Optional<CaseStanding> requireOwn(CaseId caseId, Optional<CaseStanding> standing, CurrentUser actor) {
		if (standing.isPresent() && !(standing.get().file().id().equals(caseId) && standing.get().user().equals(actor.id()))) {
			throw new IllegalArgumentException("The standing is not the actor's in this case");
		}
		return standing;
	}

	private CaseStanding team(CaseId caseId, CurrentUser actor, AuditAction action) {
		var standing = cases.standing(caseId, actor).filter(CaseStanding::seesCase);
		if (standing.isEmpty()) {
			audit.recordRefusal(AuditEvent.denied(actor.asAuditActor(), action, AuditSubject.of("case", caseId), "not-entitled"));
			throw new NotFound();
		}
		if (!standing.get().team()) {
			throw refused(actor, action, caseId, "not-on-team", InvalidInput.of("items", "sharing.error.notOnTeam"));
		}
		return standing.get();
	}

	/** The refusal, traced with its code. */
	private InvalidInput refused(CurrentUser actor, AuditAction action, CaseId caseId, String code, InvalidInput refusal) {
		audit.recordRefusal(AuditEvent.denied(actor.asAuditActor(), action, AuditSubject.of("case", caseId), code));
		return refusal;
	}
}
