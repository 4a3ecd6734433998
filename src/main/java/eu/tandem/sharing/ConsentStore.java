package eu.tandem.sharing;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import eu.tandem.casework.CaseId;
import eu.tandem.hub.DataCategory;
import eu.tandem.hub.SharingPurpose;
import eu.tandem.identity.AgencyId;
import eu.tandem.identity.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Consent decisions in {@code sharing.consent}; a withdrawal is a row of its own that names what it withdraws. */
@Repository
class ConsentStore {

	private final JdbcClient jdbc;

	ConsentStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Consent consent) {
		jdbc.sql("""
				insert into sharing.consent (id, case_id, decision, decided_by, agencies, categories, purposes, decided_on,
				                             obtained, document_reference, capacity_note, withdraws, recorded_by, recorded_at)
				values (:id, :case, :decision, :decidedBy, :agencies, :categories, :purposes, :decidedOn, :obtained,
				        :document, :capacity, :withdraws, :recordedBy, :recordedAt)
				""")
			.param("id", consent.id()).param("case", consent.caseId().value())
			.param("decision", consent.decision().name()).param("decidedBy", consent.decidedBy().name())
			.param("agencies", consent.agencies().stream().map(AgencyId::value).toArray(UUID[]::new))
			.param("categories", consent.categories().stream().map(Enum::name).sorted().toArray(String[]::new))
			.param("purposes", consent.purposes().stream().map(Enum::name).sorted().toArray(String[]::new))
			.param("decidedOn", Date.valueOf(consent.decidedOn())).param("obtained", consent.obtained().name())
			.param("document", consent.documentReference()).param("capacity", consent.capacityNote())
			.param("withdraws", consent.withdraws()).param("recordedBy", consent.recordedBy().value())
			.param("recordedAt", Timestamp.from(consent.recordedAt()))
			.update();
	}

	Optional<Consent> byId(UUID id) {
		return jdbc.sql("select * from sharing.consent where id = :id").param("id", id).query((rs, n) -> row(rs)).optional();
	}

	List<Consent> ofCase(CaseId id) {
		return jdbc.sql("select * from sharing.consent where case_id = :case order by recorded_at desc")
			.param("case", id.value()).query((rs, n) -> row(rs)).list();
	}

	boolean withdrawn(UUID consent) {
		return jdbc.sql("select exists (select 1 from sharing.consent where withdraws = :id)").param("id", consent)
			.query(Boolean.class).single();
	}

	private static Consent row(ResultSet rs) throws SQLException {
		return new Consent(rs.getObject("id", UUID.class), new CaseId(rs.getObject("case_id", UUID.class)),
				Consent.Decision.valueOf(rs.getString("decision")), Consent.DecidedBy.valueOf(rs.getString("decided_by")),
				Arrays.stream((UUID[]) rs.getArray("agencies").getArray()).map(AgencyId::new).collect(Collectors.toSet()),
				names(rs.getArray("categories")).stream().map(DataCategory::valueOf).collect(Collectors.toSet()),
				names(rs.getArray("purposes")).stream().map(SharingPurpose::valueOf).collect(Collectors.toSet()),
				rs.getDate("decided_on").toLocalDate(), Consent.Obtained.valueOf(rs.getString("obtained")),
				rs.getString("document_reference"), rs.getString("capacity_note"), rs.getObject("withdraws", UUID.class),
				new UserId(rs.getObject("recorded_by", UUID.class)), rs.getTimestamp("recorded_at").toInstant());
	}

	private static Set<String> names(Array array) throws SQLException {
		return Set.of((String[]) array.getArray());
	}
}
