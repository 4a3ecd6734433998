package eu.tandem.agency;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import eu.tandem.identity.AgencyId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Agencies in {@code agency.agency}, in plain SQL. */
@Repository
class AgencyStore {

	private final JdbcClient jdbc;

	AgencyStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(AgencyId id, AgencyDetails details, Instant now) {
		jdbc.sql("""
				insert into agency.agency (id, name, sector, country, region, contact_email, contact_phone,
				                           postal_address, created_at, updated_at)
				values (:id, :name, :sector, :country, :region, :email, :phone, :address, :now, :now)
				""")
			.param("id", id.value())
			.params(columns(details))
			.param("now", Timestamp.from(now))
			.update();
	}

	boolean update(AgencyId id, AgencyDetails details, long expectedVersion, Instant now) {
		return jdbc.sql("""
				update agency.agency
				   set name = :name, sector = :sector, country = :country, region = :region,
				       contact_email = :email, contact_phone = :phone, postal_address = :address,
				       updated_at = :now, version = version + 1
				 where id = :id and version = :version
				""")
			.param("id", id.value())
			.params(columns(details))
			.param("version", expectedVersion)
			.param("now", Timestamp.from(now))
			.update() == 1;
	}

	Optional<Agency> byId(AgencyId id) {
		return jdbc.sql("select * from agency.agency where id = :id")
			.param("id", id.value())
			.query((rs, row) -> agency(rs))
			.optional();
	}

	List<Agency> byIds(java.util.Collection<AgencyId> ids) {
		return jdbc.sql("select * from agency.agency where id = any(:ids)")
			.param("ids", ids.stream().map(AgencyId::value).toArray(java.util.UUID[]::new))
			.query((rs, row) -> agency(rs))
			.list();
	}

	List<Agency> all() {
		return jdbc.sql("select * from agency.agency order by country, lower(name)").query((rs, row) -> agency(rs)).list();
	}

	Optional<Agency> byName(String name) {
		return jdbc.sql("select * from agency.agency where lower(name) = lower(:name) order by country limit 1")
			.param("name", name)
			.query((rs, row) -> agency(rs))
			.optional();
	}

	private static Map<String, Object> columns(AgencyDetails details) {
		var columns = new HashMap<String, Object>();
		columns.put("name", details.name());
		columns.put("sector", details.sector().name());
		columns.put("country", details.country().code());
		columns.put("region", details.region());
		columns.put("email", details.contactEmail());
		columns.put("phone", details.contactPhone());
		columns.put("address", details.postalAddress());
		return columns;
	}

	static Agency agency(ResultSet rs) throws SQLException {
		var details = new AgencyDetails(rs.getString("name"), Sector.valueOf(rs.getString("sector")),
				new Country(rs.getString("country")), rs.getString("region"), rs.getString("contact_email"),
				rs.getString("contact_phone"), rs.getString("postal_address"));
		return new Agency(new AgencyId(rs.getObject("id", UUID.class)), details, rs.getLong("version"));
	}
}
