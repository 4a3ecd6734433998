package eu.tandem.agency;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import eu.tandem.audit.AuditAction;
import eu.tandem.audit.AuditActor;
import eu.tandem.audit.AuditEvent;
import eu.tandem.audit.AuditLog;
import eu.tandem.audit.AuditSubject;
import eu.tandem.identity.AgencyId;
import eu.tandem.identity.CurrentUser;
import eu.tandem.identity.Role;
import eu.tandem.web.EditConflict;
import eu.tandem.web.InvalidInput;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The agencies of the network. Anyone signed in may read them; only a system administrator changes them. */
@Service
public class Agencies {

	static final AuditAction CREATED = AuditAction.of("agency.created");
	static final AuditAction UPDATED = AuditAction.of("agency.updated");

	private final AgencyStore store;
	private final AuditLog audit;
	private final Clock clock;

	Agencies(AgencyStore store, AuditLog audit, Clock clock) {
		this.store = store;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<Agency> all() {
		return store.all();
	}

	@Transactional(readOnly = true)
	public Optional<Agency> find(AgencyId id) {
		return store.byId(id);
	}

	/** The agency's name for page headers; an empty string for an agency that no longer exists. */
	@Transactional(readOnly = true)
	public String nameOf(AgencyId id) {
		return store.byId(id).map(Agency::name).orElse("");
	}

	@Transactional(readOnly = true)
	public Optional<Agency> findByName(String name) {
		return store.byName(name);
	}

	@Transactional
	public Agency create(AgencyDetails details, CurrentUser actor) {
		requireSystemAdministrator(actor);
		return insert(details, actor.asAuditActor());
	}

	/** For demo data and scripted set-ups, which run before anyone can sign in. */
	@Transactional
	public Agency createForSetup(AgencyDetails details) {
		return insert(details, AuditActor.unknown());
	}

	@Transactional
	public Agency update(AgencyId id, AgencyDetails details, long expectedVersion, CurrentUser actor) {
		requireSystemAdministrator(actor);
		try {
			if (!store.update(id, details, expectedVersion, clock.instant())) {
				throw new EditConflict("Someone else changed this agency while you were editing it. Nothing was saved; "
						+ "the form now shows their version. Make your changes again.");
			}
		}
		catch (DuplicateKeyException taken) {
			throw nameTaken(details);
		}
		audit.record(AuditEvent.success(actor.asAuditActor(), UPDATED, AuditSubject.of("agency", id)));
		return store.byId(id).orElseThrow();
	}

	private Agency insert(AgencyDetails details, AuditActor actor) {
		var id = AgencyId.random();
		try {
			store.insert(id, details, clock.instant());
		}
		catch (DuplicateKeyException taken) {
			throw nameTaken(details);
		}
		audit.record(AuditEvent.success(actor, CREATED, AuditSubject.of("agency", id)));
		return store.byId(id).orElseThrow();
	}

	private static InvalidInput nameTaken(AgencyDetails details) {
		return new InvalidInput("name", "There is already an agency called " + details.name() + " in "
				+ details.country().name() + ".");
	}

	private static void requireSystemAdministrator(CurrentUser actor) {
		if (!actor.has(Role.SYSTEM_ADMINISTRATOR)) {
			throw new AccessDeniedException("Only a system administrator manages agencies");
		}
	}
}
