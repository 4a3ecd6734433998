package eu.tandem.hub;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import eu.tandem.agency.Country;
import eu.tandem.identity.AgencyId;
import eu.tandem.identity.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Hubs, their member agencies and people, in the {@code hub} schema. */
@Repository
class HubStore {

	private final JdbcClient jdbc;

	HubStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Inserts the hub with a reference prefix no other hub holds; hubs created at the same moment wait for each other. */
	void insert(HubId id, HubDetails details, Instant now) {
		jdbc.sql("select 1 from pg_advisory_xact_lock(hashtext('hub.reference_prefix'))").query(Integer.class).single();
		var taken = jdbc.sql("select reference_prefix from hub.hub").query(String.class).set();
		jdbc.sql("""
				insert into hub.hub (id, reference_prefix, name, level, country, region, framework, meeting_rhythm,
				                     evaluation_rhythm, contact_name, contact_email, contact_phone, contact_hours,
				                     after_referral, supported_by, created_at, updated_at)
				values (:id, :prefix, :name, :level, :country, :region, :framework, :meetingRhythm, :evaluationRhythm,
				        :contactName, :contactEmail, :contactPhone, :contactHours, :afterReferral, :supportedBy, :now, :now)
				""")
			.param("id", id.value())
			.param("prefix", ReferencePrefix.forName(details.name(), taken))
			.params(columns(details))
			.param("now", Timestamp.from(now))
			.update();
	}

	boolean update(HubId id, HubDetails details, long expectedVersion, Instant now) {
		return jdbc.sql("""
				update hub.hub
				   set name = :name, level = :level, country = :country, region = :region, framework = :framework,
				       meeting_rhythm = :meetingRhythm, evaluation_rhythm = :evaluationRhythm,
				       contact_name = :contactName, contact_email = :contactEmail, contact_phone = :contactPhone,
				       contact_hours = :contactHours, after_referral = :afterReferral, supported_by = :supportedBy,
				       updated_at = :now, version = version + 1
				 where id = :id and version = :version
				""")
			.param("id", id.value())
			.params(columns(details))
			.param("version", expectedVersion)
			.param("now", Timestamp.from(now))
			.update() == 1;
	}

	void setPublished(HubId id, boolean published, Instant now) {
		jdbc.sql("update hub.hub set published = :published, updated_at = :now, version = version + 1 where id = :id")
			.param("id", id.value())
			.param("published", published)
			.param("now", Timestamp.from(now))
			.update();
	}

	/** Serialises changes to one hub's membership, so that two changes cannot both pass a check on the old state. */
	void lock(HubId id) {
		jdbc.sql("select id from hub.hub where id = :id for update").param("id", id.value()).query(UUID.class).optional();
	}

	void addAgency(HubId hub, AgencyId agency, String roleInHub) {
		jdbc.sql("""
				insert into hub.member_agency (hub_id, agency_id, role_in_hub) values (:hub, :agency, :role)
				on conflict (hub_id, agency_id) do update set role_in_hub = excluded.role_in_hub
				""")
			.param("hub", hub.value())
			.param("agency", agency.value())
			.param("role", roleInHub)
			.update();
	}

	void removeAgency(HubId hub, AgencyId agency) {
		jdbc.sql("delete from hub.member where hub_id = :hub and agency_id = :agency")
			.param("hub", hub.value()).param("agency", agency.value()).update();
		jdbc.sql("delete from hub.member_agency where hub_id = :hub and agency_id = :agency")
			.param("hub", hub.value()).param("agency", agency.value()).update();
	}

	void appoint(HubId hub, UserId user, AgencyId agency, HubRole role) {
		jdbc.sql("""
				insert into hub.member (hub_id, user_id, agency_id, hub_role) values (:hub, :user, :agency, :role)
				on conflict (hub_id, user_id) do update set hub_role = excluded.hub_role, agency_id = excluded.agency_id
				""")
			.param("hub", hub.value())
			.param("user", user.value())
			.param("agency", agency.value())
			.param("role", role.name())
			.update();
	}

	void dismiss(HubId hub, UserId user) {
		jdbc.sql("delete from hub.member where hub_id = :hub and user_id = :user")
			.param("hub", hub.value()).param("user", user.value()).update();
	}

	/** The country of a published hub; nothing for a hub that is not published or does not exist. */
	Optional<String> publishedCountry(HubId id) {
		return jdbc.sql("select country from hub.hub where id = :id and published").param("id", id.value())
			.query(String.class).optional();
	}

	Optional<Hub> byId(HubId id) {
		return jdbc.sql("select * from hub.hub where id = :id").param("id", id.value())
			.query((rs, row) -> row(rs))
			.optional()
			.map(this::withMembers);
	}

	List<Hub> all() {
		return jdbc.sql("select * from hub.hub order by country, lower(name)").query((rs, row) -> row(rs)).list()
			.stream().map(this::withMembers).toList();
	}

	private record Row(HubId id, String referencePrefix, HubDetails details, boolean published, long version) {
	}

	private Hub withMembers(Row row) {
		return new Hub(row.id(), row.referencePrefix(), row.details(), agenciesOf(row.id()), membersOf(row.id()), row.published(), row.version());
	}

	private static Row row(ResultSet rs) throws SQLException {
		var id = new HubId(rs.getObject("id", UUID.class));
		var supportedBy = rs.getObject("supported_by", UUID.class);
		var details = new HubDetails(rs.getString("name"), HubLevel.valueOf(rs.getString("level")),
				new Country(rs.getString("country")), rs.getString("region"), rs.getString("framework"),
				rs.getString("meeting_rhythm"), rs.getString("evaluation_rhythm"), rs.getString("contact_name"),
				rs.getString("contact_email"), rs.getString("contact_phone"), rs.getString("contact_hours"),
				rs.getString("after_referral"), supportedBy == null ? null : new HubId(supportedBy));
		return new Row(id, rs.getString("reference_prefix"), details, rs.getBoolean("published"), rs.getLong("version"));
	}

	private List<Hub.MemberAgency> agenciesOf(HubId id) {
		return jdbc.sql("select agency_id, role_in_hub from hub.member_agency where hub_id = :hub order by agency_id")
			.param("hub", id.value())
			.query((rs, row) -> new Hub.MemberAgency(new AgencyId(rs.getObject("agency_id", UUID.class)),
					rs.getString("role_in_hub") == null ? "" : rs.getString("role_in_hub")))
			.list();
	}

	private List<Hub.Member> membersOf(HubId id) {
		return jdbc.sql("select user_id, agency_id, hub_role from hub.member where hub_id = :hub order by hub_role, user_id")
			.param("hub", id.value())
			.query((rs, row) -> new Hub.Member(new UserId(rs.getObject("user_id", UUID.class)),
					new AgencyId(rs.getObject("agency_id", UUID.class)), HubRole.valueOf(rs.getString("hub_role"))))
			.list();
	}

	private static Map<String, Object> columns(HubDetails details) {
		var columns = new HashMap<String, Object>();
		columns.put("name", details.name());
		columns.put("level", details.level().name());
		columns.put("country", details.country().code());
		columns.put("region", details.region());
		columns.put("framework", details.framework());
		columns.put("meetingRhythm", details.meetingRhythm());
		columns.put("evaluationRhythm", details.evaluationRhythm());
		columns.put("contactName", details.contactName());
		columns.put("contactEmail", details.contactEmail());
		columns.put("contactPhone", details.contactPhone());
		columns.put("contactHours", details.contactHours());
		columns.put("afterReferral", details.afterReferral());
		columns.put("supportedBy", details.supportedBy() == null ? null : details.supportedBy().value());
		return columns;
	}
}
