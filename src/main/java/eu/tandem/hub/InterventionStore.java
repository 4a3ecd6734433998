package eu.tandem.hub;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import eu.tandem.web.Language;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A hub's own interventions, in {@code hub.intervention}. */
@Repository
class InterventionStore {

	private final JdbcClient jdbc;

	InterventionStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(UUID id, HubId hub, InterventionWords words, Language language, Instant now) {
		jdbc.sql("""
				insert into hub.intervention (id, hub_id, name, description, practice, language, created_at, updated_at)
				values (:id, :hub, :name, :description, :practice, :language, :now, :now)
				""")
			.param("id", id)
			.param("hub", hub.value())
			.param("name", words.name())
			.param("description", words.description())
			.param("practice", words.practice())
			.param("language", language.code())
			.param("now", Timestamp.from(now))
			.update();
	}

	/** Changes the words of one that is on offer and unchanged since {@code expectedVersion}; false if it is not. */
	boolean revise(UUID id, InterventionWords words, long expectedVersion, Instant now) {
		return jdbc.sql("""
				update hub.intervention
				   set name = :name, description = :description, practice = :practice, updated_at = :now, version = version + 1
				 where id = :id and version = :version and retired_at is null
				""")
			.param("id", id)
			.param("name", words.name())
			.param("description", words.description())
			.param("practice", words.practice())
			.param("version", expectedVersion)
			.param("now", Timestamp.from(now))
			.update() == 1;
	}

	/** Retires one that is on offer; false if it was retired already. */
	boolean retire(UUID id, Instant now) {
		return jdbc.sql("""
				update hub.intervention set retired_at = :now, updated_at = :now, version = version + 1
				 where id = :id and retired_at is null
				""")
			.param("id", id)
			.param("now", Timestamp.from(now))
			.update() == 1;
	}

	Optional<OwnIntervention> byId(UUID id) {
		return jdbc.sql("select * from hub.intervention where id = :id").param("id", id).query((rs, row) -> row(rs)).optional();
	}

	/** The hub's own, those on offer or those retired, by name. */
	List<OwnIntervention> ofHub(HubId hub, boolean retired) {
		return jdbc.sql("""
				select * from hub.intervention
				 where hub_id = :hub and (retired_at is not null) = :retired
				 order by lower(name), id
				""")
			.param("hub", hub.value())
			.param("retired", retired)
			.query((rs, row) -> row(rs))
			.list();
	}

	private static OwnIntervention row(ResultSet rs) throws SQLException {
		return new OwnIntervention(rs.getObject("id", UUID.class), new HubId(rs.getObject("hub_id", UUID.class)),
				rs.getString("name"), rs.getString("description"), rs.getString("practice"),
				Language.ofCode(rs.getString("language")).orElse(Language.ENGLISH), rs.getTimestamp("retired_at") != null,
				rs.getLong("version"));
	}
}
