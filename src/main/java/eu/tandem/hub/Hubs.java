package eu.tandem.hub;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import eu.tandem.agency.Agencies;
import eu.tandem.audit.AuditAction;
import eu.tandem.audit.AuditActor;
import eu.tandem.audit.AuditEvent;
import eu.tandem.audit.AuditLog;
import eu.tandem.audit.AuditSubject;
import eu.tandem.identity.Accounts;
import eu.tandem.identity.AgencyId;
import eu.tandem.identity.CurrentUser;
import eu.tandem.identity.Role;
import eu.tandem.identity.UserId;
import eu.tandem.kernel.EditConflict;
import eu.tandem.kernel.InvalidInput;
import eu.tandem.kernel.NotFound;
import eu.tandem.kernel.PlainText;
import eu.tandem.web.Words;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hubs and their membership. Anyone signed in may look; a hub's coordinators and system administrators
 * change it ({@link HubStewardship}); every change is audited.
 */
@Service
public class Hubs {

	private final HubStore store;
	private final Agencies agencies;
	private final Accounts accounts;
	private final AuditLog audit;
	private final Clock clock;

	Hubs(HubStore store, Agencies agencies, Accounts accounts, AuditLog audit, Clock clock) {
		this.store = store;
		this.agencies = agencies;
		this.accounts = accounts;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<Hub> all() {
		return store.all();
	}

	@Transactional(readOnly = true)
	public Optional<Hub> find(HubId id) {
		return store.byId(id);
	}

	/** The hubs whose public page is published: what {@code /hubs} lists without sign-in. */
	@Transactional(readOnly = true)
	public List<Hub> published() {
		return store.all().stream().filter(Hub::published).toList();
	}

	/** The local or regional hubs a national hub supports. */
	@Transactional(readOnly = true)
	public List<Hub> supportedBy(HubId national) {
		return store.all().stream().filter(hub -> national.equals(hub.details().supportedBy())).toList();
	}

	/**
	 * The hub, for someone who may change it: its coordinators and system administrators. Anyone else is
	 * refused; a hub that does not exist is not found.
	 */
	@Transactional(readOnly = true)
	public Hub forSteward(HubId id, CurrentUser actor) {
		var hub = store.byId(id).orElseThrow(NotFound::new);
		if (!HubStewardship.mayEdit(actor, hub)) {
			throw new AccessDeniedException("Only the hub's coordinators and system administrators change a hub");
		}
		return hub;
	}

	@Transactional
	public Hub create(HubDetails details, CurrentUser actor) {
		if (!HubStewardship.mayCreateHubs(actor)) {
			throw new AccessDeniedException("Only a system administrator creates hubs");
		}
		var id = HubId.random();
		requireSupportingHubIsNational(id, details);
		try {
			store.insert(id, details, clock.instant());
		}
		catch (DuplicateKeyException taken) {
			throw nameTaken(details);
		}
		audit.record(AuditEvent.success(actor.asAuditActor(), HubAudit.CREATED, HubAudit.hub(id)));
		return store.byId(id).orElseThrow();
	}

	Hub createForSetup(HubDetails details) {
		var id = HubId.random();
		requireSupportingHubIsNational(id, details);
		store.insert(id, details, clock.instant());
		trace(null, HubAudit.CREATED, id, null);
		return store.byId(id).orElseThrow();
	}

	@Transactional
	public Hub update(HubId id, HubDetails details, long expectedVersion, CurrentUser actor) {
		var hub = editable(id, actor);
		requireSupportingHubIsNational(id, details);
		if (hub.published() && !details.hasContactPoint()) {
			throw InvalidInput.of("contactEmail", "hub.error.publishedNeedsContact");
		}
		try {
			if (!store.update(id, details, expectedVersion, clock.instant())) {
				throw EditConflict.of("hub.conflict.hub");
			}
		}
		catch (DuplicateKeyException taken) {
			throw nameTaken(details);
		}
		audit.record(AuditEvent.success(actor.asAuditActor(), HubAudit.UPDATED, HubAudit.hub(id)));
		return store.byId(id).orElseThrow();
	}

	/** Adds an agency to the hub, or changes the words for its part in the hub's work. */
	@Transactional
	public void addAgency(HubId id, AgencyId agency, String roleInHub, CurrentUser actor) {
		editable(id, actor);
		addAgency(id, agency, roleInHub);
		trace(actor, HubAudit.AGENCY_ADDED, id, AuditSubject.of("agency", agency));
	}

	void addAgencyForSetup(HubId id, AgencyId agency, String roleInHub) {
		addAgency(id, agency, roleInHub);
		trace(null, HubAudit.AGENCY_ADDED, id, AuditSubject.of("agency", agency));
	}

	private void addAgency(HubId id, AgencyId agency, String roleInHub) {
		if (agencies.find(agency).isEmpty()) {
			throw InvalidInput.of("agency", "hub.error.agency");
		}
		store.lock(id);
		store.addAgency(id, agency, PlainText.optional("roleInHub", Words.of("hub.show.partInHub"), roleInHub, 1000));
	}

	/** Removes an agency and its people from the hub. Agreements that name it keep their versions as signed. */
	@Transactional
	public void removeAgency(HubId id, AgencyId agency, CurrentUser actor) {
		var hub = editable(id, actor);
		if (hub.published() && answerableCoordinators(hub, member -> member.agency().equals(agency)) == 0) {
			throw InvalidInput.of("agency", "hub.error.onlyCoordinatorsAgency");
		}
		store.removeAgency(id, agency);
		trace(actor, HubAudit.AGENCY_REMOVED, id, AuditSubject.of("agency", agency));
	}

	/**
	 * Appoints a person of a member agency to the hub. A coordinator must hold the hub coordinator role, so
	 * that appointing someone cannot hand them rights their own agency did not give them.
	 */
	@Transactional
	public void appoint(HubId id, UserId user, HubRole role, CurrentUser actor) {
		var hub = editable(id, actor);
		var demoted = hub.member(user).filter(member -> member.role() == HubRole.COORDINATOR && role != HubRole.COORDINATOR);
		if (hub.published() && demoted.isPresent() && answerableCoordinators(hub, member -> member.user().equals(user)) == 0) {
			throw InvalidInput.of("role", "hub.error.onlyCoordinator");
		}
		appoint(id, user, role);
		trace(actor, HubAudit.MEMBER_APPOINTED, id, AuditSubject.of("user", user));
	}

	void appointForSetup(HubId id, UserId user, HubRole role) {
		appoint(id, user, role);
		trace(null, HubAudit.MEMBER_APPOINTED, id, AuditSubject.of("user", user));
	}

	private void appoint(HubId id, UserId user, HubRole role) {
		var hub = store.byId(id).orElseThrow(NotFound::new);
		var card = accounts.card(user).filter(found -> found.active())
			.orElseThrow(() -> InvalidInput.of("user", "hub.error.colleague"));
		if (!hub.hasMemberAgency(card.agencyId())) {
			throw InvalidInput.of("user", "hub.error.colleagueNotMember", card.displayName());
		}
		if (role == HubRole.COORDINATOR && !card.roles().contains(Role.HUB_COORDINATOR)) {
			throw InvalidInput.of("role", "hub.error.notCoordinatorRole", card.displayName());
		}
		store.appoint(id, user, card.agencyId(), role);
	}

	@Transactional
	public void dismiss(HubId id, UserId user, CurrentUser actor) {
		var hub = editable(id, actor);
		var leaving = hub.member(user).orElseThrow(NotFound::new);
		if (hub.published() && leaving.role() == HubRole.COORDINATOR
				&& answerableCoordinators(hub, member -> member.user().equals(user)) == 0) {
			throw InvalidInput.of("user", "hub.error.onlyCoordinator");
		}
		store.dismiss(id, user);
		trace(actor, HubAudit.MEMBER_DISMISSED, id, AuditSubject.of("user", user));
	}

	/**
	 * Publishes the hub's "who does what" page. The public must be able to reach someone: a hub without a
	 * coordinator or without a contact e-mail or phone is not published.
	 */
	@Transactional
	public void publish(HubId id, CurrentUser actor) {
		var hub = editable(id, actor);
		publish(hub);
		trace(actor, HubAudit.PUBLISHED, id, null);
	}

	void publishForSetup(HubId id) {
		store.lock(id);
		publish(store.byId(id).orElseThrow());
		trace(null, HubAudit.PUBLISHED, id, null);
	}

	private void publish(Hub hub) {
		if (answerableCoordinators(hub, member -> false) == 0) {
			throw InvalidInput.of("publish", "hub.error.publishWithoutCoordinator");
		}
		if (!hub.details().hasContactPoint()) {
			throw InvalidInput.of("publish", "hub.error.publishWithoutContact");
		}
		store.setPublished(hub.id(), true, clock.instant());
	}

	@Transactional
	public void unpublish(HubId id, CurrentUser actor) {
		editable(id, actor);
		store.setPublished(id, false, clock.instant());
		trace(actor, HubAudit.UNPUBLISHED, id, null);
	}

	/** Locks the hub first and reads it after, so that every rule below is checked on the state it changes. */
	private Hub editable(HubId id, CurrentUser actor) {
		store.lock(id);
		return forSteward(id, actor);
	}

	/**
	 * The coordinators someone can actually reach: appointed, with an active account that still holds the hub
	 * coordinator role. A published hub must always have one.
	 */
	private long answerableCoordinators(Hub hub, Predicate<Hub.Member> leaving) {
		return hub.coordinators().stream().filter(leaving.negate())
			.filter(member -> accounts.card(member.user())
				.map(card -> card.active() && card.roles().contains(Role.HUB_COORDINATOR)).orElse(false))
			.count();
	}

	/**
	 * Writes the change to the trail against the hub, and against the person or agency it concerns, so that
	 * "who was made coordinator of what" can be answered from either side. Set-up runs have no actor.
	 */
	private void trace(CurrentUser actor, AuditAction action, HubId hub, AuditSubject concerned) {
		var who = actor == null ? AuditActor.unknown() : actor.asAuditActor();
		audit.record(AuditEvent.success(who, action, HubAudit.hub(hub)));
		if (concerned != null) {
			audit.record(AuditEvent.success(who, action, concerned));
		}
	}

	private void requireSupportingHubIsNational(HubId id, HubDetails details) {
		var supporting = details.supportedBy();
		if (supporting == null) {
			return;
		}
		var national = store.byId(supporting).filter(hub -> hub.details().level() == HubLevel.NATIONAL);
		if (national.isEmpty() || supporting.equals(id)) {
			throw InvalidInput.of("supportedBy", "hub.error.supportedBy");
		}
		if (details.level() == HubLevel.NATIONAL) {
			throw InvalidInput.of("supportedBy", "hub.error.nationalSupported");
		}
	}

	/** The country is named in the language of the request that is refused, as the form it goes back to is. */
	private static InvalidInput nameTaken(HubDetails details) {
		return InvalidInput.of("name", "hub.error.nameTaken", details.name(), details.country().name(LocaleContextHolder.getLocale()));
	}
}
