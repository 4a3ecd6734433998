package eu.tandem.agency;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import eu.tandem.identity.AgencyId;
import eu.tandem.identity.Profession;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Agency profiles in {@code agency.profile}, with their contact points and professions, in plain SQL. A
 * save replaces the contact points and professions whole; the caller's transaction makes it all or nothing.
 */
@Repository
class ProfileStore {

	private final JdbcClient jdbc;

	ProfileStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insertEmpty(AgencyId agency, Instant now) {
		jdbc.sql("insert into agency.profile (agency_id, updated_at) values (:agency, :now)")
			.param("agency", agency.value())
			.param("now", Timestamp.from(now))
			.update();
	}

	/** Saves the profile if it is still at {@code expectedVersion}; false, with nothing changed, if not. */
	boolean update(AgencyId agency, AgencyProfile profile, long expectedVersion, Instant now) {
		var updated = jdbc.sql("""
				update agency.profile
				   set jurisdiction = :jurisdiction, prevention_work = :work, responsibilities = :responsibilities,
				       publishes_staff_names = :publishes, updated_at = :now, version = version + 1
				 where agency_id = :agency and version = :version
				""")
			.param("agency", agency.value())
			.param("jurisdiction", profile.jurisdiction())
			.param("work", profile.preventionWork())
			.param("responsibilities", profile.responsibilities())
			.param("publishes", profile.publishesStaffNames())
			.param("version", expectedVersion)
			.param("now", Timestamp.from(now))
			.update() == 1;
		if (updated) {
			replaceContactPoints(agency, profile.contactPoints());
			replaceProfessions(agency, profile.professions());
		}
		return updated;
	}

	Optional<StoredProfile> byAgency(AgencyId agency) {
		return byAgencies(List.of(agency)).stream().findFirst();
	}

	List<StoredProfile> byAgencies(Collection<AgencyId> agencies) {
		if (agencies.isEmpty()) {
			return List.of();
		}
		var ids = agencies.stream().map(AgencyId::value).distinct().toList();
		var contactPoints = new HashMap<UUID, List<ContactPoint>>();
		jdbc.sql("select * from agency.contact_point where agency_id in (:ids) order by agency_id, position")
			.param("ids", ids)
			.query(rs -> {
				contactPoints.computeIfAbsent(rs.getObject("agency_id", UUID.class), id -> new ArrayList<>())
					.add(new ContactPoint(rs.getString("label"), rs.getString("email"), rs.getString("phone"),
							rs.getString("opening_hours")));
			});
		var professions = new HashMap<UUID, Set<Profession>>();
		jdbc.sql("select * from agency.profession where agency_id in (:ids)")
			.param("ids", ids)
			.query(rs -> {
				professions.computeIfAbsent(rs.getObject("agency_id", UUID.class), id -> EnumSet.noneOf(Profession.class))
					.add(Profession.valueOf(rs.getString("profession")));
			});
		return jdbc.sql("select * from agency.profile where agency_id in (:ids)")
			.param("ids", ids)
			.query((rs, row) -> profile(rs, contactPoints, professions))
			.list();
	}

	private void replaceContactPoints(AgencyId agency, List<ContactPoint> points) {
		jdbc.sql("delete from agency.contact_point where agency_id = :agency").param("agency", agency.value()).update();
		for (var position = 0; position < points.size(); position++) {
			var point = points.get(position);
			jdbc.sql("""
					insert into agency.contact_point (agency_id, position, label, email, phone, opening_hours)
					values (:agency, :position, :label, :email, :phone, :hours)
					""")
				.param("agency", agency.value())
				.param("position", position)
				.param("label", point.label())
				.param("email", point.email())
				.param("phone", point.phone())
				.param("hours", point.openingHours())
				.update();
		}
	}

	private void replaceProfessions(AgencyId agency, Set<Profession> professions) {
		jdbc.sql("delete from agency.profession where agency_id = :agency").param("agency", agency.value()).update();
		for (var profession : professions) {
			jdbc.sql("insert into agency.profession (agency_id, profession) values (:agency, :profession)")
				.param("agency", agency.value())
				.param("profession", profession.name())
				.update();
		}
	}

	private static StoredProfile profile(ResultSet rs, Map<UUID, List<ContactPoint>> contactPoints,
			Map<UUID, Set<Profession>> professions) throws SQLException {
		var id = rs.getObject("agency_id", UUID.class);
		var profile = new AgencyProfile(rs.getString("jurisdiction"), rs.getString("prevention_work"),
				rs.getString("responsibilities"), contactPoints.getOrDefault(id, List.of()),
				professions.getOrDefault(id, Set.of()), rs.getBoolean("publishes_staff_names"));
		return new StoredProfile(new AgencyId(id), profile, rs.getLong("version"));
	}
}
