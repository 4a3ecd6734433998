package eu.tandem.hub;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import eu.tandem.agency.Sector;
import eu.tandem.identity.AgencyId;
import eu.tandem.identity.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Agreements and their versions, parties, purposes, clauses and signatures, in the {@code hub} schema. */
@Repository
class AgreementStore {

	private final JdbcClient jdbc;

	AgreementStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insertAgreement(AgreementId id, HubId hub, String title, Instant now) {
		jdbc.sql("insert into hub.agreement (id, hub_id, title, created_at) values (:id, :hub, :title, :now)")
			.param("id", id.value())
			.param("hub", hub.value())
			.param("title", title)
			.param("now", Timestamp.from(now))
			.update();
	}

	/**
	 * Claims the next version number, but only if {@code basedOn} is still the latest: the guard against two
	 * people revising one agreement at once.
	 */
	boolean claimNextVersion(AgreementId id, int basedOn) {
		return jdbc.sql("update hub.agreement set latest = latest + 1 where id = :id and latest = :basedOn")
			.param("id", id.value())
			.param("basedOn", basedOn)
			.update() == 1;
	}

	void insertVersion(AgreementId id, int number, AgreementTerms terms, String changeNote, UserId author, Instant now) {
		jdbc.sql("""
				insert into hub.agreement_version (agreement_id, number, title, starts_on, ends_on, review_on, retention,
				                                   change_note, created_at, created_by)
				values (:id, :number, :title, :startsOn, :endsOn, :reviewOn, :retention, :changeNote, :now, :author)
				""")
			.param("id", id.value())
			.param("number", number)
			.param("title", terms.title())
			.param("startsOn", Date.valueOf(terms.startsOn()))
			.param("endsOn", terms.endsOn() == null ? null : Date.valueOf(terms.endsOn()))
			.param("reviewOn", Date.valueOf(terms.reviewOn()))
			.param("retention", terms.retention())
			.param("changeNote", changeNote)
			.param("now", Timestamp.from(now))
			.param("author", author.value())
			.update();
		for (var party : terms.parties()) {
			jdbc.sql("insert into hub.agreement_party (agreement_id, number, agency_id) values (:id, :number, :agency)")
				.param("id", id.value()).param("number", number).param("agency", party.value()).update();
		}
		for (var basis : terms.purposes()) {
			jdbc.sql("""
					insert into hub.agreement_purpose (agreement_id, number, purpose, art6_basis, art9_condition,
					                                   criminal_basis, legal_reference)
					values (:id, :number, :purpose, :art6, :art9, :criminal, :reference)
					""")
				.param("id", id.value())
				.param("number", number)
				.param("purpose", basis.purpose().name())
				.param("art6", basis.art6().name())
				.param("art9", basis.art9() == null ? null : basis.art9().name())
				.param("criminal", basis.criminalOffenceBasis())
				.param("reference", basis.legalReference())
				.update();
		}
		for (var flow : terms.numberedFlows()) {
			jdbc.sql("""
					insert into hub.agreement_flow (agreement_id, number, clause, category, from_sector, to_sector, purpose)
					values (:id, :number, :clause, :category, :from, :to, :purpose)
					""")
				.param("id", id.value())
				.param("number", number)
				.param("clause", flow.clause())
				.param("category", flow.category().name())
				.param("from", flow.from().name())
				.param("to", flow.to().name())
				.param("purpose", flow.purpose().name())
				.update();
		}
	}

	/** Records a signature; false if the party had signed already (a race between two signatories). */
	boolean sign(AgreementId id, int number, AgencyId agency, UserId signer, String signatoryName, LocalDate signedOn,
			Instant now) {
		return jdbc.sql("""
				insert into hub.agreement_signature (agreement_id, number, agency_id, signed_by, signatory_name, signed_on,
				                                     recorded_at)
				values (:id, :number, :agency, :signer, :name, :signedOn, :now)
				on conflict do nothing
				""")
			.param("id", id.value())
			.param("number", number)
			.param("agency", agency.value())
			.param("signer", signer.value())
			.param("name", signatoryName)
			.param("signedOn", Date.valueOf(signedOn))
			.param("now", Timestamp.from(now))
			.update() == 1;
	}

	List<AgreementId> ofHub(HubId hub) {
		return jdbc.sql("select id from hub.agreement where hub_id = :hub order by created_at")
			.param("hub", hub.value())
			.query((rs, row) -> new AgreementId(rs.getObject("id", UUID.class)))
			.list();
	}

	Optional<HubId> hubOf(AgreementId id) {
		return jdbc.sql("select hub_id from hub.agreement where id = :id").param("id", id.value())
			.query((rs, row) -> new HubId(rs.getObject("hub_id", UUID.class)))
			.optional();
	}

	int latest(AgreementId id) {
		return jdbc.sql("select latest from hub.agreement where id = :id").param("id", id.value()).query(Integer.class).single();
	}

	/** Every version of the agreement, oldest first. */
	List<AgreementVersion> versions(AgreementId id) {
		var versions = new ArrayList<AgreementVersion>();
		var rows = jdbc.sql("select * from hub.agreement_version where agreement_id = :id order by number")
			.param("id", id.value())
			.query((rs, row) -> new VersionRow(rs.getInt("number"), rs.getString("title"), rs.getDate("starts_on").toLocalDate(),
					rs.getDate("ends_on") == null ? null : rs.getDate("ends_on").toLocalDate(),
					rs.getDate("review_on").toLocalDate(), rs.getString("retention")))
			.list();
		for (var row : rows) {
			versions.add(new AgreementVersion(id, row.title(), row.number(), row.startsOn(), row.endsOn(), row.reviewOn(),
					row.retention(), parties(id, row.number()), purposes(id, row.number()), flows(id, row.number()),
					signatures(id, row.number())));
		}
		return versions;
	}

	private record VersionRow(int number, String title, LocalDate startsOn, LocalDate endsOn, LocalDate reviewOn, String retention) {
	}

	private Set<AgencyId> parties(AgreementId id, int number) {
		return new HashSet<>(jdbc.sql("select agency_id from hub.agreement_party where agreement_id = :id and number = :n")
			.param("id", id.value()).param("n", number)
			.query((rs, row) -> new AgencyId(rs.getObject("agency_id", UUID.class)))
			.list());
	}

	private Map<SharingPurpose, PurposeBasis> purposes(AgreementId id, int number) {
		var purposes = new HashMap<SharingPurpose, PurposeBasis>();
		jdbc.sql("select * from hub.agreement_purpose where agreement_id = :id and number = :n")
			.param("id", id.value()).param("n", number)
			.query((rs, row) -> new PurposeBasis(SharingPurpose.valueOf(rs.getString("purpose")),
					Art6Basis.valueOf(rs.getString("art6_basis")),
					rs.getString("art9_condition") == null ? null : Art9Condition.valueOf(rs.getString("art9_condition")),
					rs.getString("criminal_basis"), rs.getString("legal_reference")))
			.list()
			.forEach(basis -> purposes.put(basis.purpose(), basis));
		return purposes;
	}

	private List<Flow> flows(AgreementId id, int number) {
		return jdbc.sql("select * from hub.agreement_flow where agreement_id = :id and number = :n order by clause")
			.param("id", id.value()).param("n", number)
			.query((rs, row) -> new Flow(rs.getInt("clause"), DataCategory.valueOf(rs.getString("category")),
					Sector.valueOf(rs.getString("from_sector")), Sector.valueOf(rs.getString("to_sector")),
					SharingPurpose.valueOf(rs.getString("purpose"))))
			.list();
	}

	private Map<AgencyId, AgreementVersion.Signature> signatures(AgreementId id, int number) {
		var signatures = new HashMap<AgencyId, AgreementVersion.Signature>();
		jdbc.sql("select * from hub.agreement_signature where agreement_id = :id and number = :n")
			.param("id", id.value()).param("n", number)
			.query((rs, row) -> new AgreementVersion.Signature(new AgencyId(rs.getObject("agency_id", UUID.class)),
					rs.getString("signatory_name"), rs.getDate("signed_on").toLocalDate()))
			.list()
			.forEach(signature -> signatures.put(signature.agency(), signature));
		return signatures;
	}
}
