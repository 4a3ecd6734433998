package eu.tandem.agency;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import eu.tandem.audit.AuditAction;
import eu.tandem.audit.AuditActor;
import eu.tandem.audit.AuditEvent;
import eu.tandem.audit.AuditLog;
import eu.tandem.audit.AuditSubject;
import eu.tandem.identity.AgencyId;
import eu.tandem.identity.CurrentUser;
import eu.tandem.identity.Role;
import eu.tandem.kernel.EditConflict;
import eu.tandem.kernel.InvalidInput;
import eu.tandem.kernel.NotFound;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agencies of the network and what each does in prevention work. Anyone signed in may read them, and
 * profiles are for public pages too; only a system administrator changes an agency's details, and only its
 * own administrators (or a system administrator) change its profile.
 */
@Service
public class Agencies {

	static final AuditAction CREATED = AuditAction.of("agency.created");
	static final AuditAction UPDATED = AuditAction.of("agency.updated");
	static final AuditAction PROFILE_UPDATED = AuditAction.of("agency.profile-updated");

	private final AgencyStore store;
	private final ProfileStore profiles;
	private final AuditLog audit;
	private final Clock clock;

	Agencies(AgencyStore store, ProfileStore profiles, AuditLog audit, Clock clock) {
		this.store = store;
		this.profiles = profiles;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<Agency> all() {
		return store.all();
	}

	/** The agencies of these ids that exist, in one reading of the database. */
	@Transactional(readOnly = true)
	public List<Agency> find(java.util.Collection<AgencyId> ids) {
		return ids.isEmpty() ? List.of() : store.byIds(ids);
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

	Agency createForSetup(AgencyDetails details) {
		return insert(details, AuditActor.unknown());
	}

	@Transactional
	public Agency update(AgencyId id, AgencyDetails details, long expectedVersion, CurrentUser actor) {
		requireSystemAdministrator(actor);
		try {
			if (!store.update(id, details, expectedVersion, clock.instant())) {
				throw EditConflict.of("agency.conflict.details");
			}
		}
		catch (DuplicateKeyException taken) {
			throw nameTaken(details);
		}
		audit.record(AuditEvent.success(actor.asAuditActor(), UPDATED, AuditSubject.of("agency", id)));
		return store.byId(id).orElseThrow();
	}

	/**
	 * What the agency does in prevention work, for any reader, signed in or not: it describes the agency,
	 * never a client. Staff names go on public pages only where {@link AgencyProfile#publishesStaffNames()}.
	 */
	@Transactional(readOnly = true)
	public Optional<AgencyProfile> profileOf(AgencyId id) {
		return profiles.byAgency(id).map(StoredProfile::profile);
	}

	/** The profiles of several agencies at once, for pages that list them; unknown agencies are left out. */
	@Transactional(readOnly = true)
	public Map<AgencyId, AgencyProfile> profilesOf(Collection<AgencyId> ids) {
		return profiles.byAgencies(ids).stream()
			.collect(Collectors.toMap(StoredProfile::agencyId, StoredProfile::profile));
	}

	AgencyProfile describeForSetup(AgencyId id, AgencyProfile profile) {
		var current = profiles.byAgency(id).orElseThrow(() -> new IllegalArgumentException("No agency " + id));
		return saveProfile(id, profile, current.version(), AuditActor.unknown());
	}

	/**
	 * Replaces the agency's profile, its contact points and professions together, unless someone else saved
	 * it since the form was loaded: then nothing is saved and {@link EditConflict} says so. The profile does
	 * not exist for anyone who may not edit it.
	 */
	@Transactional
	public AgencyProfile updateProfile(AgencyId id, AgencyProfile profile, long expectedVersion, CurrentUser actor) {
		editableProfile(id, actor);
		return saveProfile(id, profile, expectedVersion, actor.asAuditActor());
	}

	/** The profile with its version for the edit form, if the actor may edit it; otherwise it is not found. */
	@Transactional(readOnly = true)
	StoredProfile editableProfile(AgencyId id, CurrentUser actor) {
		return profiles.byAgency(id).filter(profile -> ProfileEditing.mayEdit(actor, id)).orElseThrow(NotFound::new);
	}

	private AgencyProfile saveProfile(AgencyId id, AgencyProfile profile, long expectedVersion, AuditActor actor) {
		if (!profiles.update(id, profile, expectedVersion, clock.instant())) {
			throw EditConflict.of("agency.conflict.profile");
		}
		audit.record(AuditEvent.success(actor, PROFILE_UPDATED, AuditSubject.of("agency", id)));
		return profiles.byAgency(id).orElseThrow().profile();
	}

	private Agency insert(AgencyDetails details, AuditActor actor) {
		var id = AgencyId.random();
		try {
			store.insert(id, details, clock.instant());
		}
		catch (DuplicateKeyException taken) {
			throw nameTaken(details);
		}
		profiles.insertEmpty(id, clock.instant());
		audit.record(AuditEvent.success(actor, CREATED, AuditSubject.of("agency", id)));
		return store.byId(id).orElseThrow();
	}

	/** The country is named in the language of the request that is refused, as the form it goes back to is. */
	private static InvalidInput nameTaken(AgencyDetails details) {
		return InvalidInput.of("name", "agency.error.nameTaken", details.name(),
				details.country().name(LocaleContextHolder.getLocale()));
	}

	private static void requireSystemAdministrator(CurrentUser actor) {
		if (!actor.has(Role.SYSTEM_ADMINISTRATOR)) {
			throw new AccessDeniedException("Only a system administrator manages agencies");
		}
	}
}
