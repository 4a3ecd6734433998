package eu.tandem.security;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import eu.tandem.security.Scenarios.Preparation;
import eu.tandem.support.StaffMember;

/**
 * One endpoint that touches personal data, with how to send it for a scenario, how to tell that it did what it is
 * for, and the reviewed policy: the expected {@link Outcome} for each {@link Actor}.
 *
 * @param shows for reads and lists: the text that shows the scenario's record on the page
 * @param changes for writes: SQL over the scenario's {@link Scenario#sqlParameters() parameters} whose answer
 *            changes when, and only when, the request did what it is for
 * @param reference the form field that names the record, where it is not in the address: a cell answering
 *            {@link Outcome#NO_SUCH} must answer exactly as for a random reference in this field
 */
record PersonalDataEndpoint(String endpoint, Kind kind, RequestFor request, Function<Scenario, String> shows, String changes,
		Set<Preparation> preparations, String reference, Map<Actor, Outcome> expected, String why, String variant) {

	enum Kind {
		/** Shows one record. */
		READ,
		/** Shows a list that may or may not contain the record. */
		LIST,
		/** Changes the record: every cell that changes it gets the next cell a fresh scenario. */
		WRITE
	}

	/** Makes the request for a scenario, as one of its actors sends it (a code from their authenticator, say). */
	@FunctionalInterface
	interface RequestFor {
		Request make(Scenario scenario, StaffMember me);
	}

	static PersonalDataEndpoint reads(String endpoint, RequestFor request, Function<Scenario, String> shows) {
		return new PersonalDataEndpoint(endpoint, Kind.READ, request, shows, null, Set.of(), null, Map.of(), "", "");
	}

	static PersonalDataEndpoint lists(String endpoint, RequestFor request, Function<Scenario, String> shows) {
		return new PersonalDataEndpoint(endpoint, Kind.LIST, request, shows, null, Set.of(), null, Map.of(), "", "");
	}

	static PersonalDataEndpoint changes(String endpoint, RequestFor request, String changes) {
		return new PersonalDataEndpoint(endpoint, Kind.WRITE, request, null, changes, Set.of(), null, Map.of(), "", "");
	}

	PersonalDataEndpoint after(Preparation... preparations) {
		var all = EnumSet.noneOf(Preparation.class);
		all.addAll(List.of(preparations));
		return new PersonalDataEndpoint(endpoint, kind, request, shows, changes, Collections.unmodifiableSet(all), reference,
				expected, why, variant);
	}

	PersonalDataEndpoint naming(String referenceField) {
		return new PersonalDataEndpoint(endpoint, kind, request, shows, changes, preparations, referenceField, expected, why, variant);
	}

	/** The expected outcome for each actor, in the order of {@link Actor}. */
	PersonalDataEndpoint expect(Outcome... row) {
		var actors = Actor.values();
		if (row.length != actors.length) {
			throw new IllegalArgumentException(endpoint + ": " + row.length + " cells for " + actors.length + " actors");
		}
		var cells = new EnumMap<Actor, Outcome>(Actor.class);
		for (int i = 0; i < actors.length; i++) {
			cells.put(actors[i], row[i]);
		}
		return new PersonalDataEndpoint(endpoint, kind, request, shows, changes, preparations, reference,
				Collections.unmodifiableMap(cells), why, variant);
	}

	/** Why the cells are as they are, where the table alone does not say it. */
	PersonalDataEndpoint because(String reason) {
		return new PersonalDataEndpoint(endpoint, kind, request, shows, changes, preparations, reference, expected, reason, variant);
	}

	/** The same endpoint again, about another kind of record: a row of its own in the matrix. */
	PersonalDataEndpoint about(String record) {
		return new PersonalDataEndpoint(endpoint, kind, request, shows, changes, preparations, reference, expected, why, record);
	}

	/** The row's name in the matrix: the endpoint, and the kind of record where it has more than one row. */
	String row() {
		return variant.isEmpty() ? endpoint : endpoint + " · " + variant;
	}

	Outcome expected(Actor actor) {
		return expected.get(actor);
	}
}
