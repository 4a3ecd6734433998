package eu.tandem.security;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import eu.tandem.support.TandemIntegrationTest;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/**
 * Every access to personal data leaves a trace (DESIGN.md), refused ones too. Driven by the same
 * {@link Classification} as the matrix, so a newly classified endpoint is covered without a line here: for each
 * personal-data endpoint, a request its policy allows must write at least one audit event, and every event it
 * writes names the requester; and for each kind of refusal its policy gives (404, 403 from the record's rule,
 * the rule in words, no such reference) a refused request must write a DENIED event naming the requester.
 * <p>
 * Two kinds of "deny" are not refusals of a record and write nothing: a list shows its reader only what they may
 * see ({@link Outcome#UNLISTED}), and a page for another role is refused before any record is looked up
 * ({@link Outcome#ROLE}).
 */
@TandemIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditCoverageIT {

	static final Set<Outcome> TRACED_REFUSALS = Set.of(Outcome.HIDDEN, Outcome.FORBIDDEN, Outcome.REFUSED, Outcome.NO_SUCH);

	@LocalServerPort
	int port;

	@Autowired
	Scenarios scenarios;

	@Autowired
	JdbcClient jdbc;

	Cast cast;
	Cells cells;

	record Traced(UUID actor, String action, String outcome) {

		@Override
		public String toString() {
			return action + " " + outcome;
		}
	}

	@BeforeAll
	void castSignedIn() {
		cast = scenarios.cast();
		var sessions = new EnumMap<Actor, Session>(Actor.class);
		for (var actor : Actor.values()) {
			sessions.put(actor, Session.signIn(port, cast.member(actor)));
		}
		cells = new Cells(jdbc, sessions);
	}

	@TestFactory
	Stream<DynamicTest> eachPersonalDataEndpointTracesAnAllowedRequestAndEachKindOfRefusalToTheRequester() {
		return Classification.PERSONAL_DATA.stream().map(endpoint -> dynamicTest(endpoint.row(), () -> {
			var softly = new SoftAssertions();
			var allowed = Stream.of(Actor.values()).filter(actor -> endpoint.expected(actor).allows()).findFirst();
			softly.assertThat(allowed).as(endpoint.row() + ": an actor the policy allows").isPresent();
			allowed.ifPresent(actor -> {
				var traced = tracedWhile(endpoint, actor, scenarios.build(cast, endpoint.preparations()), Outcome.ALLOW, softly);
				softly.assertThat(traced).as(endpoint.row() + " allowed to " + actor + ": its trace").isNotEmpty();
			});

			var refusals = new LinkedHashMap<Outcome, Actor>();
			for (var actor : Actor.values()) {
				var outcome = endpoint.expected(actor);
				if (TRACED_REFUSALS.contains(outcome)) {
					refusals.putIfAbsent(outcome, actor);
				}
			}
			// refusals change nothing (the matrix proves it), so one scenario serves them all
			var scenario = refusals.isEmpty() ? null : scenarios.build(cast, endpoint.preparations());
			refusals.forEach((outcome, actor) -> {
				var traced = tracedWhile(endpoint, actor, scenario, outcome, softly);
				softly.assertThat(traced).as(endpoint.row() + " refused to " + actor + " (" + outcome + "): its trace")
					.anyMatch(event -> event.outcome().equals("DENIED"));
			});
			softly.assertAll();
		}));
	}

	/** Sends the cell and returns the audit events written meanwhile, checking that each names the requester. */
	private List<Traced> tracedWhile(PersonalDataEndpoint endpoint, Actor actor, Scenario scenario, Outcome expected,
			SoftAssertions softly) {
		var since = jdbc.sql("select coalesce(max(sequence), 0) from audit.event").query(Long.class).single();
		var cell = cells.run(endpoint, actor, scenario);
		var traced = jdbc.sql("select actor_user_id, action, outcome from audit.event where sequence > :since order by sequence")
			.param("since", since)
			.query((rs, row) -> new Traced(rs.getObject("actor_user_id", UUID.class), rs.getString("action"), rs.getString("outcome")))
			.list();
		var requester = cast.member(actor).id().value();
		softly.assertThat(cell.seen().matches(expected)).as(endpoint.row() + " for " + actor + ": " + cell + ", expected " + expected)
			.isTrue();
		softly.assertThat(traced).as(endpoint.row() + " for " + actor + ": events that name someone else as the actor")
			.allMatch(event -> requester.equals(event.actor()));
		System.out.printf("%-48s %-9s %-9s traced %s%n", endpoint.row(), actor, expected, traced);
		return traced;
	}
}
