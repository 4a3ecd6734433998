package eu.tandem.hub;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import eu.tandem.audit.AuditAction;
import eu.tandem.audit.AuditEvent;
import eu.tandem.audit.AuditLog;
import eu.tandem.audit.AuditSubject;
import eu.tandem.identity.CurrentUser;
import eu.tandem.kernel.EditConflict;
import eu.tandem.kernel.InvalidInput;
import eu.tandem.kernel.NotFound;
import eu.tandem.web.Language;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The interventions a hub's support plans choose from: the defaults every hub has, drawn from the RAN paper's
 * practices ({@code mentoring}, {@code family-counselling} after HAYAT, {@code exit-programme} …), and the hub's own,
 * which its coordinators add, reword and retire on the hub's interventions page.
 * <p>
 * For other modules (the support plan): {@link #of(HubId)} is what a plan for a case of the hub may choose, and
 * {@link #find(HubId, String)} reads back what a plan chose, by the {@link InterventionType#code() code} it stored,
 * a retired one of the hub's own included. Neither asks who is reading: the catalogue holds no personal data, and the
 * module that shows a plan decides who sees it.
 * <p>
 * Changes are for the hub's stewards ({@link HubStewardship#mayEdit}); the page is for everyone who works in the hub
 * ({@link HubStewardship#worksIn}). Every change is audited against the hub and against the intervention.
 */
@Service
public class InterventionCatalogue {

	private final InterventionStore store;
	private final Hubs hubs;
	private final MessageSource messages;
	private final AuditLog audit;
	private final Clock clock;

	InterventionCatalogue(InterventionStore store, Hubs hubs, MessageSource messages, AuditLog audit, Clock clock) {
		this.store = store;
		this.hubs = hubs;
		this.messages = messages;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * What a plan in this hub may choose: the defaults, in the catalogue's order, then the hub's own on offer, by name.
	 * Retired ones are left out. A hub that does not exist has none of its own.
	 */
	@Transactional(readOnly = true)
	public List<InterventionType> of(HubId hub) {
		var offered = new ArrayList<InterventionType>(defaults());
		store.ofHub(hub, false).forEach(own -> offered.add(own.type()));
		return List.copyOf(offered);
	}

	/**
	 * The intervention a plan of this hub chose, by its code: a default, or one of this hub's own (retired or not).
	 * Another hub's own is not found here.
	 */
	@Transactional(readOnly = true)
	public Optional<InterventionType> find(HubId hub, String code) {
		var standard = DefaultIntervention.byCode(code).map(DefaultIntervention::type);
		if (standard.isPresent()) {
			return standard;
		}
		return OwnIntervention.idIn(code).flatMap(store::byId).filter(own -> own.hub().equals(hub)).map(OwnIntervention::type);
	}

	static List<InterventionType> defaults() {
		return Arrays.stream(DefaultIntervention.values()).map(DefaultIntervention::type).toList();
	}

	/** The hub, for someone who may read its catalogue; anyone else signed in is refused, an unknown hub not found. */
	@Transactional(readOnly = true)
	Hub forReader(HubId id, CurrentUser actor) {
		var hub = hubs.find(id).orElseThrow(NotFound::new);
		if (!HubStewardship.worksIn(actor, hub)) {
			throw new AccessDeniedException("The catalogue is for the people who work in the hub");
		}
		return hub;
	}

	/** The hub's own that are retired: no longer offered, still readable. */
	@Transactional(readOnly = true)
	List<OwnIntervention> retired(HubId hub) {
		return store.ofHub(hub, true);
	}

	/** The hub's own on offer, as stored, for the page that rewords and retires them. */
	@Transactional(readOnly = true)
	List<OwnIntervention> offeredOwn(HubId hub) {
		return store.ofHub(hub, false);
	}

	/** One of the hub's own, for its stewards; one of another hub, or none, is not found. */
	@Transactional(readOnly = true)
	OwnIntervention ownForSteward(HubId hub, UUID id, CurrentUser actor) {
		hubs.forSteward(hub, actor);
		return store.byId(id).filter(own -> own.hub().equals(hub)).orElseThrow(NotFound::new);
	}

	/**
	 * Adds an intervention to the hub's catalogue, in the words its steward typed, which are taken to be in the hub's
	 * language (its country's; the steward's screen language where Tandem has none for the country). A name the
	 * catalogue has already, in any of its languages, is refused.
	 */
	@Transactional
	OwnIntervention add(HubId hubId, InterventionWords words, CurrentUser actor) {
		var hub = hubs.forSteward(hubId, actor);
		requireNameFree(hubId, words.name(), null);
		var id = UUID.randomUUID();
		var language = Language.ofCountry(hub.details().country().code()).orElseGet(Language::current);
		try {
			store.insert(id, hubId, words, language, clock.instant());
		}
		catch (DuplicateKeyException taken) {
			throw nameTaken(words.name());
		}
		trace(actor, HubAudit.INTERVENTION_ADDED, hubId, id);
		return store.byId(id).orElseThrow();
	}

	/** Changes the words of one of the hub's own on offer; the code, and so every plan that chose it, stays. */
	@Transactional
	OwnIntervention revise(HubId hub, UUID id, InterventionWords words, long expectedVersion, CurrentUser actor) {
		var own = ownForSteward(hub, id, actor);
		requireOnOffer(own);
		requireNameFree(hub, words.name(), id);
		try {
			if (!store.revise(id, words, expectedVersion, clock.instant())) {
				throw EditConflict.of("hub.conflict.intervention");
			}
		}
		catch (DuplicateKeyException taken) {
			throw nameTaken(words.name());
		}
		trace(actor, HubAudit.INTERVENTION_REVISED, hub, id);
		return store.byId(id).orElseThrow();
	}

	/** No longer offers one of the hub's own. Plans that chose it keep it, and read its words as they were. */
	@Transactional
	OwnIntervention retire(HubId hub, UUID id, CurrentUser actor) {
		var own = ownForSteward(hub, id, actor);
		if (!store.retire(own.id(), clock.instant())) {
			throw InvalidInput.of("retire", "hub.error.interventionRetired", own.name());
		}
		trace(actor, HubAudit.INTERVENTION_RETIRED, hub, id);
		return store.byId(id).orElseThrow();
	}

	private static void requireOnOffer(OwnIntervention own) {
		if (own.retired()) {
			throw InvalidInput.of("retired", "hub.error.interventionRetired", own.name());
		}
	}

	/**
	 * NO TWO OF A NAME: a name is free if no default has it in any language Tandem writes (a German coordinator who types
	 * "Mentoring" means the default), and no other of the hub's own on offer has it. The database's unique index
	 * answers for two stewards adding the same name at once.
	 */
	private void requireNameFree(HubId hub, String name, @Nullable UUID except) {
		var wanted = InterventionWords.comparable(name);
		var asDefault = Arrays.stream(DefaultIntervention.values()).anyMatch(standard -> Arrays.stream(Language.values())
			.anyMatch(language -> InterventionWords.comparable(
					messages.getMessage(standard.nameKey(), null, standard.nameKey(), language.locale())).equals(wanted)));
		var asOwn = store.ofHub(hub, false).stream()
			.anyMatch(own -> !own.id().equals(except) && InterventionWords.comparable(own.name()).equals(wanted));
		if (asDefault || asOwn) {
			throw nameTaken(name);
		}
	}

	private static InvalidInput nameTaken(String name) {
		return InvalidInput.of("name", "hub.error.interventionNameTaken", name);
	}

	private void trace(CurrentUser actor, AuditAction action, HubId hub, UUID intervention) {
		audit.record(AuditEvent.success(actor.asAuditActor(), action, HubAudit.hub(hub)));
		audit.record(AuditEvent.success(actor.asAuditActor(), action, AuditSubject.of("intervention", intervention)));
	}
}
