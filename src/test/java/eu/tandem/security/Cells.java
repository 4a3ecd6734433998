package eu.tandem.security;

import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import eu.tandem.security.PersonalDataEndpoint.Kind;
import eu.tandem.support.Page;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Sends one cell's request as its actor and says what happened, from the answer and from the database: whether
 * the request did what it is for, and how it refused if it did not. A refusal must change nothing of the
 * scenario, and a refusal that hides the record must not show any of the scenario's personal data.
 */
final class Cells {

	/** What a cell did, as seen from outside. */
	enum Seen {
		ALLOWED, NOT_FOUND, FORBIDDEN, REFUSED, NOT_LISTED, NO_SUCH,
		/** Changed the scenario's records without doing what the request is for, or while refusing. */
		CHANGED,
		/** Refused, but the page shows the scenario's personal data. */
		LEAKED,
		/** Anything else: an error page, a 200 that neither did it nor said why. */
		OTHER;

		boolean matches(Outcome expected) {
			return switch (expected) {
				case ALLOW -> this == ALLOWED;
				case HIDDEN -> this == NOT_FOUND;
				case FORBIDDEN, ROLE -> this == FORBIDDEN;
				case REFUSED -> this == REFUSED;
				case UNLISTED -> this == NOT_LISTED;
				case NO_SUCH -> this == NO_SUCH;
			};
		}
	}

	record Observation(Actor actor, Seen seen, int status, String detail) {

		@Override
		public String toString() {
			return actor + ": " + seen + " (" + status + (detail.isEmpty() ? "" : ", " + detail) + ")";
		}
	}

	/**
	 * The scenario's records as text: any change to its case, team, grants, referrals, triage, items, disclosures,
	 * consents, person records, subject access requests and their decisions or support plans changes it. Nothing in it is personal
	 * data, only ids, states and times.
	 */
	private static final String FINGERPRINT = """
			select concat_ws(' | ',
			  (select string_agg(concat_ws(',', f.id, f.owner_id, f.closed_at, f.version, f.person_id), ';' order by f.id)
			     from casework.case_file f where f.hub_id = :hub),
			  (select string_agg(concat_ws(',', t.case_id, t.user_id), ';' order by t.case_id, t.user_id)
			     from casework.team_member t join casework.case_file f on f.id = t.case_id where f.hub_id = :hub),
			  (select string_agg(concat_ws(',', e.id, e.scope, e.expires_at, e.reviewed_at), ';' order by e.id)
			     from casework.emergency_access e join casework.case_file f on f.id = e.case_id where f.hub_id = :hub),
			  (select string_agg(concat_ws(',', r.id, r.person_id, r.status, r.version, r.closed_at), ';' order by r.id)
			     from referral.referral r where r.hub_id = :hub),
			  (select string_agg(concat_ws(',', d.referral_id, d.answer, d.requested_at), ';' order by d.referral_id)
			     from referral.deconfliction d join referral.referral r on r.id = d.referral_id where r.hub_id = :hub),
			  (select string_agg(concat_ws(',', t.referral_id, t.decision), ';' order by t.referral_id)
			     from referral.triage t join referral.referral r on r.id = t.referral_id where r.hub_id = :hub),
			  (select string_agg(concat_ws(',', i.id, i.revision, i.version), ';' order by i.id)
			     from sharing.item i join casework.case_file f on f.id = i.case_id where f.hub_id = :hub),
			  (select string_agg(concat_ws(',', d.id, d.revoked_at, d.review_flagged_at), ';' order by d.id)
			     from sharing.disclosure d join casework.case_file f on f.id = d.case_id where f.hub_id = :hub),
			  (select string_agg(c.id::text, ';' order by c.id)
			     from sharing.consent c join casework.case_file f on f.id = c.case_id where f.hub_id = :hub),
			  (select string_agg(concat_ws(',', p.id, p.merged_into), ';' order by p.id)
			     from person.person p where p.id in (select original_person_id from referral.referral where hub_id = :hub)),
			  (select string_agg(concat_ws(',', r.id, r.status, r.version), ';' order by r.id)
			     from sharing.subject_access_request r where r.hub_id = :hub),
			  (select string_agg(concat_ws(',', v.case_id, v.number, v.row_version, v.agreed_at), ';' order by v.case_id, v.number)
			     from plan.plan_version v join casework.case_file f on f.id = v.case_id where f.hub_id = :hub),
			  (select string_agg(concat_ws(',', e.request_id, e.position, e.decision, e.version), ';' order by e.request_id, e.position)
			     from sharing.subject_access_entry e join sharing.subject_access_request r on r.id = e.request_id
			    where r.hub_id = :hub))
			""";

	private final JdbcClient jdbc;
	private final Map<Actor, Session> sessions;

	Cells(JdbcClient jdbc, Map<Actor, Session> sessions) {
		this.jdbc = jdbc;
		this.sessions = sessions;
	}

	Observation run(PersonalDataEndpoint endpoint, Actor actor, Scenario scenario) {
		var request = endpoint.request().make(scenario, scenario.cast().member(actor));
		var parameters = scenario.sqlParameters();
		var effectBefore = effect(endpoint, parameters);
		var before = fingerprint(parameters);
		var page = sessions.get(actor).send(request);
		var after = fingerprint(parameters);
		var did = endpoint.kind() == Kind.WRITE
				? !Objects.equals(effectBefore, effect(endpoint, parameters))
				: page.status() == 200 && page.body().contains(endpoint.shows().apply(scenario));
		if (did) {
			return page.status() == 200 ? new Observation(actor, Seen.ALLOWED, 200, "")
					: new Observation(actor, Seen.OTHER, page.status(), "did it, but answered " + page.status());
		}
		if (!before.equals(after)) {
			return new Observation(actor, Seen.CHANGED, page.status(), "changed the scenario while refusing: " + before + " -> " + after);
		}
		var seen = refusal(endpoint, actor, request, page);
		if (seen != Seen.REFUSED && seen != Seen.OTHER && page.body().contains(scenario.tag())) {
			return new Observation(actor, Seen.LEAKED, page.status(), seen + " but the page shows the scenario's personal data");
		}
		return new Observation(actor, seen, page.status(), seen == Seen.OTHER || seen == Seen.REFUSED ? problem(page) : "");
	}

	/** The session an actor's requests go through, for tests that send requests of their own. */
	Session session(Actor actor) {
		return sessions.get(actor);
	}

	private Seen refusal(PersonalDataEndpoint endpoint, Actor actor, Request request, Page page) {
		return switch (page.status()) {
			case 404 -> Seen.NOT_FOUND;
			case 403 -> Seen.FORBIDDEN;
			case 200 -> {
				var problem = problem(page);
				if (!problem.isEmpty()) {
					yield endpoint.reference() != null && problem.equals(problem(sessions.get(actor)
						.send(request.with(endpoint.reference(), UUID.randomUUID().toString())))) ? Seen.NO_SUCH : Seen.REFUSED;
				}
				yield endpoint.kind() == Kind.LIST ? Seen.NOT_LISTED : Seen.OTHER;
			}
			default -> Seen.OTHER;
		};
	}

	private static String problem(Page page) {
		return page.html().select(".error-summary").text();
	}

	private String effect(PersonalDataEndpoint endpoint, Map<String, Object> parameters) {
		return endpoint.changes() == null ? null
				: jdbc.sql(endpoint.changes()).params(parameters).query().listOfRows().toString();
	}

	private String fingerprint(Map<String, Object> parameters) {
		return jdbc.sql(FINGERPRINT).params(parameters).query(String.class).single();
	}
}
