package eu.tandem.hub;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import eu.tandem.agency.Agencies;
import eu.tandem.agency.Agency;
import eu.tandem.audit.AuditAction;
import eu.tandem.audit.AuditActor;
import eu.tandem.audit.AuditEvent;
import eu.tandem.audit.AuditLog;
import eu.tandem.identity.AgencyId;
import eu.tandem.identity.CurrentUser;
import eu.tandem.identity.UserId;
import eu.tandem.kernel.EditConflict;
import eu.tandem.kernel.InvalidInput;
import eu.tandem.kernel.NotFound;
import eu.tandem.kernel.PlainText;
import eu.tandem.web.Words;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A hub's information-sharing agreements. A change makes a new version and the old one stays readable; a
 * version applies once every party has signed it. The hub's coordinators draft; each party's agency
 * administrator signs for their agency.
 */
@Service
public class Agreements {

	private final AgreementStore store;
	private final HubStore hubs;
	private final Hubs stewardship;
	private final Agencies agencies;
	private final AuditLog audit;
	private final Clock clock;

	Agreements(AgreementStore store, HubStore hubs, Hubs stewardship, Agencies agencies, AuditLog audit, Clock clock) {
		this.store = store;
		this.hubs = hubs;
		this.stewardship = stewardship;
		this.agencies = agencies;
		this.audit = audit;
		this.clock = clock;
	}

	/** Each agreement of the hub with all its versions, oldest version first. */
	@Transactional(readOnly = true)
	public List<List<AgreementVersion>> ofHub(HubId hub) {
		return store.ofHub(hub).stream().map(store::versions).filter(versions -> !versions.isEmpty()).toList();
	}

	/**
	 * How long the hub keeps a closed case's data: the longest retention among the agreement versions in force on
	 * the day the case closed, so that no agreement's clause is cut short. Empty when none states a period.
	 */
	@Transactional(readOnly = true)
	public Optional<RetentionPeriod> retentionAfterClosure(HubId hub, java.time.LocalDate closedOn) {
		return ofHub(hub).stream().flatMap(List::stream).filter(version -> version.inForceOn(closedOn))
			.map(version -> RetentionPeriod.parse(version.retention())).flatMap(Optional::stream)
			.max(java.util.Comparator.comparingLong(RetentionPeriod::months));
	}

	@Transactional(readOnly = true)
	public List<AgreementVersion> versions(AgreementId id) {
		return store.versions(id);
	}

	@Transactional(readOnly = true)
	public Optional<HubId> hubOf(AgreementId id) {
		return store.hubOf(id);
	}

	/** Drafts a new agreement as its version 1, to be signed by the parties. */
	@Transactional
	public AgreementVersion draft(HubId hubId, AgreementTerms terms, CurrentUser actor) {
		var hub = editable(hubId, actor);
		return draft(hub, terms, actor.id(), actor);
	}

	AgreementVersion draftForSetup(HubId hubId, AgreementTerms terms, UserId author) {
		return draft(hubs.byId(hubId).orElseThrow(), terms, author, null);
	}

	private AgreementVersion draft(Hub hub, AgreementTerms terms, UserId author, CurrentUser actor) {
		check(hub, terms, null);
		var id = AgreementId.random();
		store.insertAgreement(id, hub.id(), terms.title(), clock.instant());
		store.claimNextVersion(id, 0);
		store.insertVersion(id, 1, terms, null, author, clock.instant());
		trace(actor, HubAudit.AGREEMENT_VERSION_MADE, id);
		return store.versions(id).getLast();
	}

	/**
	 * Makes a new version from the latest one. If someone else made a version since {@code basedOn} was read,
	 * nothing is saved and {@link EditConflict} says so: no change overwrites another silently.
	 */
	@Transactional
	public AgreementVersion revise(AgreementId id, int basedOn, AgreementTerms terms, String changeNote,
			CurrentUser actor) {
		var hubId = store.hubOf(id).orElseThrow(NotFound::new);
		var hub = editable(hubId, actor);
		check(hub, terms, id);
		var note = PlainText.required("changeNote", Words.of("hub.agreementForm.changeNote"), changeNote, 1000);
		if (!store.claimNextVersion(id, basedOn)) {
			throw EditConflict.of("hub.conflict.agreement");
		}
		var number = basedOn + 1;
		store.insertVersion(id, number, terms, note, actor.id(), clock.instant());
		trace(actor, HubAudit.AGREEMENT_VERSION_MADE, id);
		return store.versions(id).getLast();
	}

	/** An agency administrator signs a version for their agency, on the day they signed. */
	@Transactional
	public AgreementVersion sign(AgreementId id, int number, AgencyId agency, String signatoryName, LocalDate signedOn,
			CurrentUser signer) {
		var version = version(id, number);
		var today = hubs.byId(store.hubOf(id).orElseThrow(NotFound::new)).orElseThrow(NotFound::new).today(clock);
		AgreementRules.maySign(signer, agency, version, store.latest(id), signedOn, today, this::nameOf);
		var name = PlainText.required("signatoryName", Words.of("hub.agreement.signatoryName"), signatoryName, 200);
		if (!store.sign(id, number, agency, signer.id(), name, signedOn, clock.instant())) {
			throw InvalidInput.of("agency", "hub.error.signedAlready", nameOf(agency));
		}
		trace(signer, HubAudit.AGREEMENT_SIGNED, id);
		return version(id, number);
	}

	void signForSetup(AgreementId id, int number, AgencyId agency, UserId signer, String signatoryName,
			LocalDate signedOn) {
		store.sign(id, number, agency, signer, signatoryName, signedOn, clock.instant());
		trace(null, HubAudit.AGREEMENT_SIGNED, id);
	}

	private AgreementVersion version(AgreementId id, int number) {
		return store.versions(id).stream().filter(v -> v.number() == number).findFirst().orElseThrow(NotFound::new);
	}

	/**
	 * Checks the terms against the hub, under the hub's lock so that two drafts cannot both pass the overlap
	 * rule. Every version of every other agreement counts: a signed older one may still be in force.
	 */
	private void check(Hub hub, AgreementTerms terms, AgreementId revising) {
		hubs.lock(hub.id());
		AgreementRules.partiesAreMembers(terms, hub, this::nameOf);
		var others = store.ofHub(hub.id()).stream()
			.filter(other -> !other.equals(revising))
			.flatMap(other -> store.versions(other).stream())
			.toList();
		AgreementRules.noOverlap(terms, others);
	}

	/** The agency's name, or words for one Tandem does not know, for a refusal to name it. */
	private Object nameOf(AgencyId agency) {
		return agencies.find(agency).<Object>map(Agency::name).orElseGet(() -> Words.of("hub.decision.unknownAgency"));
	}

	private Hub editable(HubId id, CurrentUser actor) {
		return stewardship.forSteward(id, actor);
	}

	private void trace(CurrentUser actor, AuditAction action, AgreementId id) {
		var who = actor == null ? AuditActor.unknown() : actor.asAuditActor();
		audit.record(AuditEvent.success(who, action, HubAudit.agreement(id)));
	}
}
