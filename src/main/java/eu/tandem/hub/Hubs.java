package eu.tandem.hub;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import eu.tandem.agency.Agencies;
import eu.tandem.audit.AuditEvent;
import eu.tandem.audit.AuditLog;
import eu.tandem.identity.Accounts;
import eu.tandem.identity.AgencyId;
import eu.tandem.identity.CurrentUser;
import eu.tandem.identity.Role;
import eu.tandem.identity.UserId;
import eu.tandem.web.EditConflict;
import eu.tandem.web.InvalidInput;
import eu.tandem.web.NotFound;
import eu.tandem.web.PlainText;
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

	/** For demo data and scripted set-ups, which run before anyone can sign in. */
	@Transactional
	public Hub createForSetup(HubDetails details) {
		var id = HubId.random();
		requireSupportingHubIsNational(id, details);
		store.insert(id, details, clock.instant());
		return store.byId(id).orElseThrow();
	}

	@Transactional
	public Hub update(HubId id, HubDetails details, long expectedVersion, CurrentUser actor) {
		var hub = editable(id, actor);
		requireSupportingHubIsNational(id, details);
		if (hub.published() && !details.hasContactPoint()) {
			throw new InvalidInput("contactEmail", "A published hub needs a contact e-mail or phone number: "
					+ "it is how the public reaches the hub. Enter one, or take the public page down first.");
		}
		try {
			if (!store.update(id, details, expectedVersion, clock.instant())) {
				throw new EditConflict("Someone else changed this hub while you were editing it. Nothing was saved; "
						+ "the form now shows their version. Make your changes again.");
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
		audit.record(AuditEvent.success(actor.asAuditActor(), HubAudit.AGENCY_ADDED, HubAudit.hub(id)));
	}

	@Transactional
	public void addAgencyForSetup(HubId id, AgencyId agency, String roleInHub) {
		addAgency(id, agency, roleInHub);
	}

	private void addAgency(HubId id, AgencyId agency, String roleInHub) {
		if (agencies.find(agency).isEmpty()) {
			throw new InvalidInput("agency", "Choose an agency from the list.");
		}
		store.lock(id);
		store.addAgency(id, agency, PlainText.optional("roleInHub", "the agency's part in the hub", roleInHub, 1000));
	}

	/** Removes an agency and its people from the hub. Agreements that name it keep their versions as signed. */
	@Transactional
	public void removeAgency(HubId id, AgencyId agency, CurrentUser actor) {
		var hub = editable(id, actor);
		store.lock(id);
		var coordinatorsLeft = hub.coordinators().stream().filter(member -> !member.agency().equals(agency)).count();
		if (hub.published() && coordinatorsLeft == 0) {
			throw new InvalidInput("agency", "This agency's people include the hub's only coordinator, and the hub's "
					+ "public page is published. Appoint another coordinator first.");
		}
		store.removeAgency(id, agency);
		audit.record(AuditEvent.success(actor.asAuditActor(), HubAudit.AGENCY_REMOVED, HubAudit.hub(id)));
	}

	/**
	 * Appoints a person of a member agency to the hub. A coordinator must hold the hub coordinator role, so
	 * that appointing someone cannot hand them rights their own agency did not give them.
	 */
	@Transactional
	public void appoint(HubId id, UserId user, HubRole role, CurrentUser actor) {
		editable(id, actor);
		appoint(id, user, role);
		audit.record(AuditEvent.success(actor.asAuditActor(), HubAudit.MEMBER_APPOINTED, HubAudit.hub(id)));
	}

	@Transactional
	public void appointForSetup(HubId id, UserId user, HubRole role) {
		appoint(id, user, role);
	}

	private void appoint(HubId id, UserId user, HubRole role) {
		store.lock(id);
		var hub = store.byId(id).orElseThrow(NotFound::new);
		var card = accounts.card(user).filter(found -> found.active())
			.orElseThrow(() -> new InvalidInput("user", "Choose an active colleague from the list."));
		if (!hub.hasMemberAgency(card.agencyId())) {
			throw new InvalidInput("user", card.displayName() + "'s agency is not a member of this hub. Add the agency first.");
		}
		if (role == HubRole.COORDINATOR && !card.roles().contains(Role.HUB_COORDINATOR)) {
			throw new InvalidInput("role", card.displayName() + " does not hold the hub coordinator role. Their agency "
					+ "administrator can give it to them; until then, appoint them as a standing member or advisor.");
		}
		store.appoint(id, user, card.agencyId(), role);
	}

	@Transactional
	public void dismiss(HubId id, UserId user, CurrentUser actor) {
		var hub = editable(id, actor);
		store.lock(id);
		var leaving = hub.member(user).orElseThrow(NotFound::new);
		if (hub.published() && leaving.role() == HubRole.COORDINATOR && hub.coordinators().size() == 1) {
			throw new InvalidInput("user", "This is the hub's only coordinator and its public page is published. "
					+ "Appoint another coordinator first.");
		}
		store.dismiss(id, user);
		audit.record(AuditEvent.success(actor.asAuditActor(), HubAudit.MEMBER_DISMISSED, HubAudit.hub(id)));
	}

	/**
	 * Publishes the hub's "who does what" page. The public must be able to reach someone: a hub without a
	 * coordinator or without a contact e-mail or phone is not published.
	 */
	@Transactional
	public void publish(HubId id, CurrentUser actor) {
		var hub = editable(id, actor);
		publish(hub);
		audit.record(AuditEvent.success(actor.asAuditActor(), HubAudit.PUBLISHED, HubAudit.hub(id)));
	}

	@Transactional
	public void publishForSetup(HubId id) {
		publish(store.byId(id).orElseThrow());
	}

	private void publish(Hub hub) {
		if (hub.coordinators().isEmpty()) {
			throw new InvalidInput("publish", "Appoint a coordinator before publishing: the public page is the way "
					+ "into the hub, and someone must answer for it.");
		}
		if (!hub.details().hasContactPoint()) {
			throw new InvalidInput("publish", "Enter the single point of contact's e-mail or phone before publishing: "
					+ "it is how a worried parent, teacher or neighbour reaches the hub.");
		}
		store.setPublished(hub.id(), true, clock.instant());
	}

	@Transactional
	public void unpublish(HubId id, CurrentUser actor) {
		editable(id, actor);
		store.setPublished(id, false, clock.instant());
		audit.record(AuditEvent.success(actor.asAuditActor(), HubAudit.UNPUBLISHED, HubAudit.hub(id)));
	}

	private Hub editable(HubId id, CurrentUser actor) {
		var hub = store.byId(id).orElseThrow(NotFound::new);
		if (!HubStewardship.mayEdit(actor, hub)) {
			throw new AccessDeniedException("Only the hub's coordinators and system administrators change a hub");
		}
		return hub;
	}

	private void requireSupportingHubIsNational(HubId id, HubDetails details) {
		var supporting = details.supportedBy();
		if (supporting == null) {
			return;
		}
		var national = store.byId(supporting).filter(hub -> hub.details().level() == HubLevel.NATIONAL);
		if (national.isEmpty() || supporting.equals(id)) {
			throw new InvalidInput("supportedBy", "Choose a national hub, or none.");
		}
		if (details.level() == HubLevel.NATIONAL) {
			throw new InvalidInput("supportedBy", "A national hub supports local and regional hubs; it is not supported by one.");
		}
	}

	private static InvalidInput nameTaken(HubDetails details) {
		return new InvalidInput("name", "There is already a hub called " + details.name() + " in " + details.country().name() + ".");
	}
}
