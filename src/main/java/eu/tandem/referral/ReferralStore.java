package eu.tandem.referral;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import eu.tandem.hub.HubId;
import eu.tandem.identity.AgencyId;
import eu.tandem.identity.UserId;
import eu.tandem.kernel.ReferralId;
import eu.tandem.person.PersonId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Referrals, triage decisions and deconfliction in the {@code referral} schema. */
@Repository
class ReferralStore {

	private static final String SELECT = """
			select r.*, t.decision, t.rationale, t.signposted_to, t.decided_by, t.decided_at as triaged_at,
			       d.requested_by, d.requested_at, d.answer, d.review_on, d.answered_at
			  from referral.referral r
			  left join referral.triage t on t.referral_id = r.id
			  left join referral.deconfliction d on d.referral_id = r.id
			""";

	private final JdbcClient jdbc;

	ReferralStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The next number of a hub's year: each handed out once, also to referrals filed at the same moment. */
	int nextNumber(HubId hub, int year) {
		return jdbc.sql("""
				insert into referral.reference_counter (hub_id, year, last) values (:hub, :year, 1)
				on conflict (hub_id, year) do update set last = referral.reference_counter.last + 1
				returning last
				""")
			.param("hub", hub.value()).param("year", year).query(Integer.class).single();
	}

	void insert(ReferralId id, String reference, NewReferral referral, PersonId person, UserId referrer, AgencyId agency,
			Instant now) {
		jdbc.sql("""
				insert into referral.referral (id, reference, hub_id, person_id, original_person_id, referrer_id,
				    referrer_agency_id, channel, contact_description, concern, observed, observed_on, concern_type,
				    vulnerabilities, person_aware, consent, urgency, status, received_at)
				values (:id, :reference, :hub, :person, :person, :referrer, :agency, :channel, :contact, :concern, :observed,
				    :observedOn, :type, :vulnerabilities, :aware, :consent, :urgency, 'IN_TRIAGE', :now)
				""")
			.param("id", id.value()).param("reference", reference).param("hub", referral.hub().value())
			.param("person", person == null ? null : person.value())
			.param("referrer", referrer.value()).param("agency", agency.value())
			.param("channel", referral.channel().name()).param("contact", referral.contactDescription())
			.param("concern", referral.concern()).param("observed", referral.observed())
			.param("observedOn", referral.observedOn() == null ? null : Date.valueOf(referral.observedOn()))
			.param("type", referral.type().name())
			.param("vulnerabilities", referral.vulnerabilities().stream().map(Enum::name).sorted().toArray(String[]::new))
			.param("aware", referral.personAware().name()).param("consent", referral.consent().name())
			.param("urgency", referral.urgency().name()).param("now", Timestamp.from(now))
			.update();
	}

	/** The record the referral was filed about, before any "same person" decision. */
	Optional<PersonId> originalPerson(ReferralId id) {
		return jdbc.sql("select original_person_id from referral.referral where id = :id").param("id", id.value())
			.query((rs, n) -> Optional.ofNullable(rs.getObject("original_person_id", UUID.class)).map(PersonId::new))
			.single();
	}

	void setPerson(ReferralId id, PersonId person) {
		jdbc.sql("update referral.referral set person_id = :person, version = version + 1 where id = :id")
			.param("id", id.value()).param("person", person.value()).update();
	}

	/** Records the decision once: a referral already decided is left as it is and false comes back. */
	boolean decide(ReferralId id, Referral.Decision decision, String rationale, String signpostedTo, UserId by,
			ReferralStatus status, Instant now) {
		var updated = jdbc.sql("""
				update referral.referral set status = :status, decided_at = :now, closed_at = :closedAt, version = version + 1
				 where id = :id and status = 'IN_TRIAGE'
				""")
			.param("id", id.value()).param("status", status.name()).param("now", Timestamp.from(now))
			.param("closedAt", status == ReferralStatus.TAKEN_ON ? null : Timestamp.from(now))
			.update() == 1;
		if (updated) {
			jdbc.sql("""
					insert into referral.triage (referral_id, decision, rationale, signposted_to, decided_by, decided_at)
					values (:id, :decision, :rationale, :signposted, :by, :now)
					""")
				.param("id", id.value()).param("decision", decision.name()).param("rationale", rationale)
				.param("signposted", signpostedTo).param("by", by.value()).param("now", Timestamp.from(now)).update();
		}
		return updated;
	}

	void close(ReferralId id, Instant now) {
		jdbc.sql("update referral.referral set status = 'CLOSED', closed_at = :now, version = version + 1 where id = :id")
			.param("id", id.value()).param("now", Timestamp.from(now)).update();
	}

	void reopen(ReferralId id) {
		jdbc.sql("update referral.referral set status = 'TAKEN_ON', closed_at = null, version = version + 1 where id = :id and status = 'CLOSED'")
			.param("id", id.value()).update();
	}

	/** Asks the police member, or asks again once a hold's review date has come; false if neither applies. */
	boolean requestDeconfliction(ReferralId id, UserId by, Instant now, LocalDate today) {
		return jdbc.sql("""
				insert into referral.deconfliction (referral_id, requested_by, requested_at) values (:id, :by, :now)
				on conflict (referral_id) do update
				   set requested_by = excluded.requested_by, requested_at = excluded.requested_at, answer = null,
				       review_on = null, answered_by = null, answered_at = null
				 where referral.deconfliction.answer = 'HOLD' and referral.deconfliction.review_on <= :today
				""")
			.param("today", Date.valueOf(today))
			.param("id", id.value()).param("by", by.value()).param("now", Timestamp.from(now)).update() == 1;
	}

	/** Records the answer once: an answered request stays answered. */
	boolean answerDeconfliction(ReferralId id, Referral.Deconfliction.Answer answer, LocalDate reviewOn, UserId by, Instant now) {
		return jdbc.sql("""
				update referral.deconfliction set answer = :answer, review_on = :review, answered_by = :by, answered_at = :now
				 where referral_id = :id and answer is null
				""")
			.param("id", id.value()).param("answer", answer.name())
			.param("review", reviewOn == null ? null : Date.valueOf(reviewOn))
			.param("by", by.value()).param("now", Timestamp.from(now)).update() == 1;
	}

	Optional<Referral> byReference(String reference) {
		return list("where r.reference = :reference", "reference", reference).stream().findFirst();
	}

	Optional<Referral> byId(ReferralId id) {
		return list("where r.id = :id", "id", id.value()).stream().findFirst();
	}

	List<Referral> ofReferrer(UserId referrer) {
		return list("where r.referrer_id = :referrer order by r.received_at desc", "referrer", referrer.value());
	}

	List<Referral> inTriage(Collection<HubId> hubs) {
		if (hubs.isEmpty()) {
			return List.of();
		}
		return list("where r.hub_id = any(:hubs) and r.status = 'IN_TRIAGE' order by r.urgency = 'URGENT' desc, "
				+ "r.urgency = 'SOON' desc, r.received_at", "hubs", hubs.stream().map(HubId::value).toArray(UUID[]::new));
	}

	List<Referral> awaitingDeconfliction(Collection<HubId> hubs) {
		if (hubs.isEmpty()) {
			return List.of();
		}
		return list("where r.hub_id = any(:hubs) and d.requested_at is not null and d.answer is null "
				+ "and r.status = 'IN_TRIAGE' order by d.requested_at", "hubs", hubs.stream().map(HubId::value).toArray(UUID[]::new));
	}

	/** Every referral about one of these person records in one of these hubs, oldest first. */
	List<Referral> about(Collection<UUID> persons, Collection<HubId> hubs) {
		if (persons.isEmpty() || hubs.isEmpty()) {
			return List.of();
		}
		return jdbc.sql(SELECT + """
				where (r.person_id = any(:persons) or r.original_person_id = any(:persons)) and r.hub_id = any(:hubs)
				order by r.received_at, r.id
				""")
			.param("persons", persons.toArray(UUID[]::new))
			.param("hubs", hubs.stream().map(HubId::value).toArray(UUID[]::new))
			.query((rs, n) -> referral(rs))
			.list();
	}

	/** Who answered the deconfliction request, if anyone has. */
	Optional<UserId> deconflictionAnsweredBy(ReferralId id) {
		return jdbc.sql("select answered_by from referral.deconfliction where referral_id = :id and answered_by is not null")
			.param("id", id.value()).query((rs, n) -> new UserId(rs.getObject("answered_by", UUID.class))).optional();
	}

	private List<Referral> list(String where, String name, Object value) {
		return jdbc.sql(SELECT + where)
			.param(name, value)
			.query((rs, n) -> referral(rs))
			.list();
	}

	private static Referral referral(ResultSet rs) throws SQLException {
		var person = rs.getObject("person_id", UUID.class);
		var filedAbout = rs.getObject("original_person_id", UUID.class);
		var decision = rs.getString("decision");
		var triage = decision == null ? null : new Referral.Triage(Referral.Decision.valueOf(decision),
				rs.getString("rationale"), rs.getString("signposted_to"),
				new UserId(rs.getObject("decided_by", UUID.class)), rs.getTimestamp("triaged_at").toInstant());
		var requested = rs.getTimestamp("requested_at");
		var answer = rs.getString("answer");
		var deconfliction = requested == null ? null : new Referral.Deconfliction(
				new UserId(rs.getObject("requested_by", UUID.class)), requested.toInstant(),
				answer == null ? null : Referral.Deconfliction.Answer.valueOf(answer), date(rs, "review_on"),
				instant(rs, "answered_at"));
		var vulnerabilities = Arrays.stream((String[]) rs.getArray("vulnerabilities").getArray())
			.map(Concern.Vulnerability::valueOf)
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(Concern.Vulnerability.class)));
		return new Referral(new ReferralId(rs.getObject("id", UUID.class)), rs.getString("reference"),
				new HubId(rs.getObject("hub_id", UUID.class)),
				person == null ? null : new PersonId(person), filedAbout == null ? null : new PersonId(filedAbout),
				new UserId(rs.getObject("referrer_id", UUID.class)),
				new AgencyId(rs.getObject("referrer_agency_id", UUID.class)), Concern.Channel.valueOf(rs.getString("channel")),
				rs.getString("contact_description"), rs.getString("concern"), rs.getString("observed"),
				date(rs, "observed_on"), Concern.Type.valueOf(rs.getString("concern_type")), vulnerabilities,
				Concern.Awareness.valueOf(rs.getString("person_aware")), Concern.Consent.valueOf(rs.getString("consent")),
				Concern.Urgency.valueOf(rs.getString("urgency")), ReferralStatus.valueOf(rs.getString("status")),
				rs.getTimestamp("received_at").toInstant(), instant(rs, "decided_at"), instant(rs, "closed_at"), triage,
				deconfliction, rs.getLong("version"));
	}

	private static LocalDate date(ResultSet rs, String column) throws SQLException {
		var date = rs.getDate(column);
		return date == null ? null : date.toLocalDate();
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		var timestamp = rs.getTimestamp(column);
		return timestamp == null ? null : timestamp.toInstant();
	}
}
