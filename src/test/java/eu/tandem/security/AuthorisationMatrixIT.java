package eu.tandem.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import eu.tandem.security.Cells.Observation;
import eu.tandem.security.PersonalDataEndpoint.Kind;
import eu.tandem.support.TandemIntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/**
 * The authorisation matrix, generated from the running application's endpoints: every endpoint is classified in
 * {@link Classification}, and every endpoint that touches personal data is sent, over real HTTP and signed in with
 * password and code, by each relationship an account can have to the record, and answers as the reviewed policy
 * says. Zero unexpected allows; every refusal in the form the policy gives it. The matrix as run is written to
 * {@code target/authorisation-matrix.md}.
 */
@TandemIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorisationMatrixIT {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	Scenarios scenarios;

	@Autowired
	JdbcClient jdbc;

	Cast cast;
	Cells cells;
	final Map<String, Map<Actor, Observation>> results = new TreeMap<>();

	@BeforeAll
	void castSignedIn() {
		cast = scenarios.cast();
		var sessions = new EnumMap<Actor, Session>(Actor.class);
		for (var actor : Actor.values()) {
			sessions.put(actor, Session.signIn(port, cast.member(actor)));
		}
		cells = new Cells(jdbc, sessions);
	}

	@Test
	void everyEndpointOfTheApplicationIsClassifiedAndEveryClassifiedEndpointExists() {
		var mapped = Endpoints.of(context);
		var personal = Classification.PERSONAL_DATA.stream().map(PersonalDataEndpoint::endpoint).distinct().toList();
		var classified = new TreeSet<String>(personal);
		classified.addAll(Classification.NO_PERSONAL_DATA.keySet());

		assertThat(Classification.PERSONAL_DATA.stream().map(PersonalDataEndpoint::row)).as("rows classified twice")
			.doesNotHaveDuplicates();
		assertThat(personal).as("endpoints classified both ways").doesNotContainAnyElementsOf(Classification.NO_PERSONAL_DATA.keySet());
		assertThat(mapped.stream().filter(endpoint -> !classified.contains(endpoint))
			.map(endpoint -> "endpoint " + endpoint + " is missing from the matrix: classify it in Classification")).isEmpty();
		assertThat(classified.stream().filter(endpoint -> !mapped.contains(endpoint))
			.map(endpoint -> "endpoint " + endpoint + " is in the matrix but no longer exists: remove it from Classification")).isEmpty();
	}

	@TestFactory
	Stream<DynamicTest> eachPersonalDataEndpointAnswersEachRelationshipAsThePolicySays() {
		return Classification.PERSONAL_DATA.stream().map(endpoint -> dynamicTest(endpoint.row(), () -> {
			var observed = run(endpoint);
			results.put(endpoint.row(), observed);
			System.out.println(summary(endpoint, observed));
			var unexpected = observed.values().stream().filter(cell -> !cell.seen().matches(endpoint.expected(cell.actor())))
				.map(cell -> cell + ", expected " + endpoint.expected(cell.actor()))
				.toList();
			assertThat(unexpected).as(endpoint.row() + ": cells that do not answer as the policy says").isEmpty();
		}));
	}

	/**
	 * Each cell in a scenario of its own: a scenario serves the next cell only while the cells before it left its
	 * records exactly as they were (the fingerprint in {@link Cells} proves it), so no cell sees another's effect.
	 */
	private Map<Actor, Observation> run(PersonalDataEndpoint endpoint) {
		var observed = new EnumMap<Actor, Observation>(Actor.class);
		Scenario scenario = null;
		for (var actor : Actor.values()) {
			if (scenario == null) {
				scenario = scenarios.build(cast, endpoint.preparations());
			}
			var cell = cells.run(endpoint, actor, scenario);
			observed.put(actor, cell);
			if (endpoint.kind() == Kind.WRITE && cell.seen() != Cells.Seen.NOT_FOUND && cell.seen() != Cells.Seen.FORBIDDEN
					&& cell.seen() != Cells.Seen.REFUSED && cell.seen() != Cells.Seen.NO_SUCH) {
				scenario = null;
			}
		}
		return observed;
	}

	private static String summary(PersonalDataEndpoint endpoint, Map<Actor, Observation> observed) {
		var byOutcome = new TreeMap<String, List<String>>();
		observed.values().forEach(cell -> byOutcome.computeIfAbsent(cell.seen().name(), seen -> new ArrayList<>())
			.add(cell.actor().name()));
		var mismatches = observed.values().stream().filter(cell -> !cell.seen().matches(endpoint.expected(cell.actor()))).count();
		var unexpectedAllows = observed.values().stream()
			.filter(cell -> cell.seen() == Cells.Seen.ALLOWED && !endpoint.expected(cell.actor()).allows()).count();
		return "%-48s %d cells: %s — %s".formatted(endpoint.row(), observed.size(),
				byOutcome.entrySet().stream().map(entry -> entry.getKey() + " " + entry.getValue()).collect(Collectors.joining(", ")),
				mismatches == 0 ? "as expected" : mismatches + " NOT AS EXPECTED, " + unexpectedAllows + " unexpected allows");
	}

	@AfterAll
	void writeTheMatrix() {
		var actors = Actor.values();
		var table = new StringBuilder("# Authorisation matrix as run\n\n");
		for (var actor : actors) {
			table.append("- **").append(actor).append("**: ").append(actor.description()).append('\n');
		}
		table.append("\nExpected / seen; a cell that differs is marked **!**.\n\n| endpoint |");
		for (var actor : actors) {
			table.append(' ').append(actor).append(" |");
		}
		table.append("\n|---|").append("---|".repeat(actors.length)).append('\n');
		var cellCount = 0;
		for (var endpoint : Classification.PERSONAL_DATA) {
			var observed = results.get(endpoint.row());
			if (observed == null) {
				continue;
			}
			table.append("| `").append(endpoint.row()).append("` |");
			for (var actor : actors) {
				var cell = observed.get(actor);
				var expected = endpoint.expected(actor);
				table.append(' ').append(expected).append(cell.seen().matches(expected) ? "" : " **! " + cell.seen() + "**").append(" |");
				cellCount++;
			}
			table.append('\n');
		}
		table.append("\n").append(results.size()).append(" endpoints × ").append(actors.length).append(" relationships = ")
			.append(cellCount).append(" cells.\n\nWhy, per endpoint:\n\n");
		Classification.PERSONAL_DATA.stream().filter(endpoint -> !endpoint.why().isEmpty())
			.forEach(endpoint -> table.append("- `").append(endpoint.row()).append("`: ").append(endpoint.why()).append('\n'));
		try {
			Files.writeString(Path.of("target", "authorisation-matrix.md"), table);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
