package eu.tandem.casework;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import eu.tandem.hub.HubId;
import eu.tandem.identity.AgencyId;
import eu.tandem.identity.UserId;
import eu.tandem.kernel.ReferralId;
import eu.tandem.knowledge.CaseAttribute;
import eu.tandem.person.PersonId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Cases and their teams in the {@code casework} schema. */
@Repository
class CaseStore {

	private final JdbcClient jdbc;

	CaseStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(CaseId id, ReferralId referral, String reference, HubId hub, @Nullable PersonId person, Instant now) {
		jdbc.sql("""
				insert into casework.case_file (id, referral_id, reference, hub_id, person_id, state, opened_at)
				values (:id, :referral, :reference, :hub, :person, 'SCREENING', :now)
				""")
			.param("id", id.value()).param("referral", referral.value()).param("reference", reference).param("hub", hub.value())
			.param("person", person == null ? null : person.value())
			.param("now", Timestamp.from(now)).update();
	}

	/** Holds the case's row until the transaction ends, so that changes to the case are made one after the other. */
	void lock(CaseId id) {
		jdbc.sql("select id from casework.case_file where id = :id for update").param("id", id.value()).query().listOfRows();
	}

	void setOwner(CaseId id, UserId owner) {
		jdbc.sql("update casework.case_file set owner_id = :owner, version = version + 1 where id = :id")
			.param("id", id.value()).param("owner", owner.value()).update();
	}

	void addMember(CaseId id, UserId user, AgencyId agency, Instant now) {
		jdbc.sql("""
				insert into casework.team_member (case_id, user_id, agency_id, added_at) values (:id, :user, :agency, :now)
				on conflict do nothing
				""")
			.param("id", id.value()).param("user", user.value()).param("agency", agency.value())
			.param("now", Timestamp.from(now)).update();
	}

	/** Moves the member to the departures, so that who was on the team and when stays known. */
	boolean removeMember(CaseId id, UserId user, UserId by, Instant now) {
		return jdbc.sql("""
				with gone as (delete from casework.team_member where case_id = :id and user_id = :user returning *)
				insert into casework.team_departure (case_id, user_id, agency_id, added_at, removed_at, removed_by)
				select case_id, user_id, agency_id, added_at, :now, :by from gone
				""")
			.param("id", id.value()).param("user", user.value()).param("by", by.value()).param("now", Timestamp.from(now))
			.update() == 1;
	}

	/**
	 * Moves the case from the state it is in to another and records the move, if it is still in {@code from}: the
	 * caller holds the case's row ({@link #lock}). Closing stamps when, why and by whom it was closed; reopening clears
	 * that, as the moves keep the history. False if the case had moved meanwhile.
	 */
	boolean move(CaseId id, CaseState from, CaseState to, @Nullable String reason, @Nullable UserId by, Instant now) {
		var closing = to == CaseState.CLOSED;
		var reopening = to.open() && !from.open();
		var moved = jdbc.sql("""
				update casework.case_file
				   set state = :to,
				       closed_at = case when :closing then :now when :reopening then null else closed_at end,
				       closed_reason = case when :closing then :reason when :reopening then null else closed_reason end,
				       closed_by = case when :closing then :by when :reopening then null else closed_by end,
				       version = version + 1
				 where id = :id and state = :from
				""")
			.param("id", id.value()).param("from", from.name()).param("to", to.name()).param("closing", closing)
			.param("reopening", reopening).param("reason", reason).param("by", by == null ? null : by.value())
			.param("now", Timestamp.from(now)).update() == 1;
		if (moved) {
			jdbc.sql("""
					insert into casework.case_transition (case_id, from_state, to_state, reason, moved_by, moved_at)
					values (:id, :from, :to, :reason, :by, :now)
					""")
				.param("id", id.value()).param("from", from.name()).param("to", to.name()).param("reason", reason)
				.param("by", by == null ? null : by.value()).param("now", Timestamp.from(now)).update();
		}
		return moved;
	}

	/** Every move of the case, oldest first; {@code by} is null for a move Tandem made itself. */
	List<Transition> transitions(CaseId id) {
		return jdbc.sql("""
				select from_state, to_state, reason, moved_by, moved_at from casework.case_transition
				 where case_id = :id order by moved_at, id
				""")
			.param("id", id.value())
			.query((rs, n) -> {
				var by = rs.getObject("moved_by", UUID.class);
				return new Transition(CaseState.valueOf(rs.getString("from_state")), CaseState.valueOf(rs.getString("to_state")),
						rs.getString("reason"), by == null ? null : new UserId(by), rs.getTimestamp("moved_at").toInstant());
			})
			.list();
	}

	/** Why the case was closed and by whom; empty for an open case, or one closed before reasons were asked. */
	record Closing(String reason, @Nullable UserId by) {
	}

	Optional<Closing> closing(CaseId id) {
		return jdbc.sql("select closed_reason, closed_by from casework.case_file where id = :id and closed_reason is not null")
			.param("id", id.value())
			.query((rs, n) -> {
				var by = rs.getObject("closed_by", UUID.class);
				return new Closing(rs.getString("closed_reason"), by == null ? null : new UserId(by));
			})
			.optional();
	}

	Optional<CaseFile> byId(CaseId id) {
		return jdbc.sql("select * from casework.case_file where id = :id").param("id", id.value())
			.query((rs, n) -> row(rs)).optional().map(this::withTeam);
	}

	Optional<CaseId> idOfReference(String reference) {
		return jdbc.sql("select id from casework.case_file where reference = :reference").param("reference", reference)
			.query((rs, n) -> new CaseId(rs.getObject("id", UUID.class))).optional();
	}

	java.util.Map<CaseId, String> referencesOf(java.util.Collection<CaseId> ids) {
		if (ids.isEmpty()) {
			return java.util.Map.of();
		}
		return jdbc.sql("select id, reference from casework.case_file where id = any(:ids)")
			.param("ids", ids.stream().map(CaseId::value).distinct().toArray(UUID[]::new))
			.query((rs, n) -> java.util.Map.entry(new CaseId(rs.getObject("id", UUID.class)), rs.getString("reference")))
			.list().stream().collect(java.util.stream.Collectors.toMap(java.util.Map.Entry::getKey, java.util.Map.Entry::getValue));
	}

	int withAnOwner(HubId hub) {
		return jdbc.sql("select count(*) from casework.case_file where hub_id = :hub and owner_id is not null")
			.param("hub", hub.value()).query(Integer.class).single();
	}

	Optional<CaseFile> byReferral(ReferralId referral) {
		return jdbc.sql("select * from casework.case_file where referral_id = :referral").param("referral", referral.value())
			.query((rs, n) -> row(rs)).optional().map(this::withTeam);
	}

	List<CaseFile> ofMember(UserId user) {
		return jdbc.sql("""
				select c.* from casework.case_file c
				 where c.owner_id = :user or exists (select 1 from casework.team_member t where t.case_id = c.id and t.user_id = :user)
				 order by c.opened_at desc
				""")
			.param("user", user.value()).query((rs, n) -> row(rs)).list().stream().map(this::withTeam).toList();
	}

	List<CaseFile> ofHubs(List<HubId> hubs) {
		if (hubs.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select * from casework.case_file where hub_id = any(:hubs) order by opened_at desc")
			.param("hubs", hubs.stream().map(HubId::value).toArray(UUID[]::new))
			.query((rs, n) -> row(rs)).list().stream().map(this::withTeam).toList();
	}

	List<CaseFile> ofPerson(PersonId person) {
		return jdbc.sql("select * from casework.case_file where person_id = :person order by opened_at")
			.param("person", person.value()).query((rs, n) -> row(rs)).list().stream().map(this::withTeam).toList();
	}

	Set<HubId> openHubsOf(PersonId person) {
		return Set.copyOf(jdbc.sql("select distinct hub_id from casework.case_file where person_id = :person and closed_at is null")
			.param("person", person.value()).query((rs, n) -> new HubId(rs.getObject("hub_id", UUID.class))).list());
	}

	private CaseFile withTeam(CaseFile row) {
		var team = jdbc.sql("select user_id, agency_id from casework.team_member where case_id = :id order by added_at")
			.param("id", row.id().value())
			.query((rs, n) -> new CaseFile.TeamMember(new UserId(rs.getObject("user_id", UUID.class)),
					new AgencyId(rs.getObject("agency_id", UUID.class))))
			.list();
		return new CaseFile(row.id(), row.referral(), row.reference(), row.hub(), row.person(), row.owner(), team, row.state(), row.openedAt(),
				row.closedAt(), row.version());
	}

	/** A spell on the team: when the member joined and, if they left, when. */
	record TeamSpell(UserId user, AgencyId agency, Instant added, Instant removed) {
	}

	/** Who is and who was on the case team, in the order they joined. */
	List<TeamSpell> teamSpells(CaseId id) {
		return jdbc.sql("""
				select user_id, agency_id, added_at, null::timestamptz as removed_at from casework.team_member where case_id = :id
				union all
				select user_id, agency_id, added_at, removed_at from casework.team_departure where case_id = :id
				order by added_at, removed_at nulls last
				""")
			.param("id", id.value())
			.query((rs, n) -> {
				var removed = rs.getTimestamp("removed_at");
				return new TeamSpell(new UserId(rs.getObject("user_id", UUID.class)), new AgencyId(rs.getObject("agency_id", UUID.class)),
						rs.getTimestamp("added_at").toInstant(), removed == null ? null : removed.toInstant());
			})
			.list();
	}

	/** The legal hold on the case, if a data protection officer set one. */
	record LegalHold(String reason, Instant since) {
	}

	Optional<LegalHold> legalHold(CaseId id) {
		return jdbc.sql("select legal_hold_reason, legal_hold_set_at from casework.case_file where id = :id and legal_hold_reason is not null")
			.param("id", id.value())
			.query((rs, n) -> new LegalHold(rs.getString("legal_hold_reason"), rs.getTimestamp("legal_hold_set_at").toInstant()))
			.optional();
	}

	Set<CaseAttribute> attributes(CaseId id) {
		var marked = jdbc.sql("select attribute from casework.case_attribute where case_id = :id").param("id", id.value())
			.query(String.class).list();
		var attributes = EnumSet.noneOf(CaseAttribute.class);
		marked.forEach(key -> CaseAttribute.fromKey(key).ifPresent(attributes::add));
		return attributes;
	}

	void markAttributes(CaseId id, Set<CaseAttribute> attributes, UserId by, Instant now) {
		// two team members saving at once: one after the other, never a duplicate-key failure
		jdbc.sql("select id from casework.case_file where id = :id for update").param("id", id.value()).query().listOfRows();
		jdbc.sql("delete from casework.case_attribute where case_id = :id").param("id", id.value()).update();
		for (var attribute : attributes) {
			jdbc.sql("""
					insert into casework.case_attribute (case_id, attribute, marked_by, marked_at) values (:id, :attribute, :by, :now)""")
				.param("id", id.value()).param("attribute", attribute.key()).param("by", by.value()).param("now", Timestamp.from(now))
				.update();
		}
	}

	private static CaseFile row(ResultSet rs) throws SQLException {
		var owner = rs.getObject("owner_id", UUID.class);
		var person = rs.getObject("person_id", UUID.class);
		var closed = rs.getTimestamp("closed_at");
		return new CaseFile(new CaseId(rs.getObject("id", UUID.class)), new ReferralId(rs.getObject("referral_id", UUID.class)),
				rs.getString("reference"), new HubId(rs.getObject("hub_id", UUID.class)), person == null ? null : new PersonId(person),
				owner == null ? null : new UserId(owner), List.of(), CaseState.valueOf(rs.getString("state")),
				rs.getTimestamp("opened_at").toInstant(),
				closed == null ? null : closed.toInstant(), rs.getLong("version"));
	}
}
