package eu.tandem.sharing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import eu.tandem.casework.CaseId;
import eu.tandem.casework.EmergencyStepTaken;
import eu.tandem.hub.DataCategory;
import eu.tandem.hub.HubId;
import eu.tandem.identity.AgencyId;
import eu.tandem.identity.UserId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The notices of emergency steps to the recording agencies, in {@code sharing.emergency_notice}. */
@Repository
class EmergencyNoticeStore {

	record Stored(UUID id, UUID grant, CaseId caseId, HubId hub, DataCategory category, AgencyId recordingAgency, UserId recipient,
			UserId openedBy, AgencyId openedByAgency, Instant openedAt, @Nullable Instant seenAt) {
	}

	private final JdbcClient jdbc;

	EmergencyNoticeStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(UUID id, EmergencyStepTaken step, AgencyId recordingAgency, UserId recipient) {
		jdbc.sql("""
				insert into sharing.emergency_notice (id, grant_id, case_id, hub_id, category, recording_agency_id, recipient_id,
				                                      opened_by, opened_by_agency_id, opened_at)
				values (:id, :grant, :case, :hub, :category, :recording, :recipient, :openedBy, :openedByAgency, :openedAt)
				on conflict (grant_id, recipient_id) do nothing
				""")
			.param("id", id).param("grant", step.grant()).param("case", step.caseId().value()).param("hub", step.hub().value())
			.param("category", step.category().name())
			.param("recording", recordingAgency.value()).param("recipient", recipient.value()).param("openedBy", step.openedBy().value())
			.param("openedByAgency", step.openedByAgency().value()).param("openedAt", Timestamp.from(step.openedAt()))
			.update();
	}

	List<Stored> unseenOf(UserId recipient) {
		return jdbc.sql("select * from sharing.emergency_notice where recipient_id = :recipient and seen_at is null order by opened_at desc")
			.param("recipient", recipient.value()).query(EmergencyNoticeStore::stored).list();
	}

	List<Stored> ofRecipient(UserId recipient, Instant since) {
		return jdbc.sql("""
				select * from sharing.emergency_notice
				 where recipient_id = :recipient and (seen_at is null or opened_at >= :since)
				 order by opened_at desc
				""")
			.param("recipient", recipient.value()).param("since", Timestamp.from(since)).query(EmergencyNoticeStore::stored).list();
	}

	Optional<Stored> byId(UUID id) {
		return jdbc.sql("select * from sharing.emergency_notice where id = :id").param("id", id).query(EmergencyNoticeStore::stored)
			.optional();
	}

	boolean markSeen(UUID id, Instant now) {
		return jdbc.sql("update sharing.emergency_notice set seen_at = :now where id = :id and seen_at is null")
			.param("id", id).param("now", Timestamp.from(now)).update() == 1;
	}

	private static Stored stored(ResultSet rs, int row) throws SQLException {
		var seen = rs.getTimestamp("seen_at");
		return new Stored(rs.getObject("id", UUID.class), rs.getObject("grant_id", UUID.class),
				new CaseId(rs.getObject("case_id", UUID.class)), new HubId(rs.getObject("hub_id", UUID.class)),
				DataCategory.valueOf(rs.getString("category")),
				new AgencyId(rs.getObject("recording_agency_id", UUID.class)), new UserId(rs.getObject("recipient_id", UUID.class)),
				new UserId(rs.getObject("opened_by", UUID.class)), new AgencyId(rs.getObject("opened_by_agency_id", UUID.class)),
				rs.getTimestamp("opened_at").toInstant(), seen == null ? null : seen.toInstant());
	}
}
