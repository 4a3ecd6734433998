package eu.tandem.sharing;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import eu.tandem.casework.CaseId;
import eu.tandem.hub.SharingPurpose;
import eu.tandem.identity.AgencyId;
import eu.tandem.identity.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The disclosure ledger in {@code sharing.disclosure} and {@code sharing.disclosed_item}. */
@Repository
class DisclosureStore {

	private final JdbcClient jdbc;

	DisclosureStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Records a disclosure; one that expires on a day ends at the end of that day in the hub's time zone. */
	void insert(Disclosure disclosure, ZoneId hubZone) {
		jdbc.sql("""
				insert into sharing.disclosure (id, case_id, from_agency_id, disclosed_by, to_case_team, to_agencies, purpose,
				    legal_basis, ground, consent_id, statute, agreement_citation, disclosed_at, expires_on, expires_at)
				values (:id, :case, :from, :by, :toTeam, :to, :purpose, :basis, :ground, :consent, :statute, :citation,
				        :at, :expiresOn, :expires)
				""")
			.param("id", disclosure.id()).param("case", disclosure.caseId().value())
			.param("from", disclosure.from().value()).param("by", disclosure.disclosedBy().value())
			.param("toTeam", disclosure.toCaseTeam())
			.param("to", disclosure.to().stream().map(AgencyId::value).toArray(UUID[]::new))
			.param("purpose", disclosure.purpose().name()).param("basis", disclosure.legalBasis())
			.param("ground", disclosure.ground().name()).param("consent", disclosure.consent())
			.param("statute", disclosure.statute()).param("citation", disclosure.agreementCitation())
			.param("at", Timestamp.from(disclosure.disclosedAt()))
			.param("expiresOn", disclosure.expiresOn())
			.param("expires", disclosure.expiresOn() == null ? null
					: Timestamp.from(disclosure.expiresOn().plusDays(1).atStartOfDay(hubZone).toInstant()))
			.update();
		for (var item : disclosure.items()) {
			jdbc.sql("insert into sharing.disclosed_item (disclosure_id, item_id) values (:id, :item)")
				.param("id", disclosure.id()).param("item", item.value()).update();
		}
	}

	List<Disclosure> ofCase(CaseId id) {
		return jdbc.sql("""
				select d.*, array(select item_id from sharing.disclosed_item di where di.disclosure_id = d.id order by item_id) as items
				  from sharing.disclosure d where d.case_id = :case order by d.disclosed_at desc
				""")
			.param("case", id.value()).query((rs, n) -> row(rs)).list();
	}

	Optional<Disclosure> byId(UUID id) {
		return jdbc.sql("""
				select d.*, array(select item_id from sharing.disclosed_item di where di.disclosure_id = d.id order by item_id) as items
				  from sharing.disclosure d where d.id = :id
				""")
			.param("id", id).query((rs, n) -> row(rs)).optional();
	}

	boolean revoke(UUID id, UserId by, Instant now) {
		return jdbc.sql("update sharing.disclosure set revoked_at = :now, revoked_by = :by where id = :id and revoked_at is null")
			.param("id", id).param("by", by.value()).param("now", Timestamp.from(now)).update() == 1;
	}

	/** Marks the disclosures made under a consent for their recipients to review; how many there were. */
	int flagForReview(UUID consent, Instant now) {
		return jdbc.sql("""
				update sharing.disclosure set review_flagged_at = :now
				 where consent_id = :consent and revoked_at is null and review_flagged_at is null
				""")
			.param("consent", consent).param("now", Timestamp.from(now)).update();
	}

	private static Disclosure row(ResultSet rs) throws SQLException {
		var expiresOn = rs.getObject("expires_on", LocalDate.class);
		var revoked = rs.getTimestamp("revoked_at");
		var flagged = rs.getTimestamp("review_flagged_at");
		return new Disclosure(rs.getObject("id", UUID.class), new CaseId(rs.getObject("case_id", UUID.class)),
				new AgencyId(rs.getObject("from_agency_id", UUID.class)), new UserId(rs.getObject("disclosed_by", UUID.class)),
				rs.getBoolean("to_case_team"),
				Arrays.stream((UUID[]) rs.getArray("to_agencies").getArray()).map(AgencyId::new).collect(Collectors.toSet()),
				Arrays.stream((UUID[]) rs.getArray("items").getArray()).map(ItemId::new).toList(),
				SharingPurpose.valueOf(rs.getString("purpose")), rs.getString("legal_basis"),
				Disclosure.Ground.valueOf(rs.getString("ground")), rs.getObject("consent_id", UUID.class),
				rs.getString("statute"), rs.getString("agreement_citation"), rs.getTimestamp("disclosed_at").toInstant(),
				expiresOn,
				revoked == null ? null : revoked.toInstant(), flagged == null ? null : flagged.toInstant());
	}
}
