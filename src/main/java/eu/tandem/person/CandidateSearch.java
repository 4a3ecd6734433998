package eu.tandem.person;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import eu.tandem.hub.HubId;
import eu.tandem.person.matching.Explanation;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * The registry query behind "is this person already known?": the blocking keys fetch the hub's people who
 * share most of them, the matcher scores each, the best ten come back. The application and the registry
 * benchmark run this same class.
 */
@Component
class CandidateSearch {

	/** How many people sharing keys are scored; the ten best of them are shown. */
	static final int SCORED = 60;
	static final int SHOWN = 10;

	private final PersonStore store;
	private final PersonMatching matching;

	CandidateSearch(PersonStore store, PersonMatching matching) {
		this.store = store;
		this.matching = matching;
	}

	/** A reason as the coordinator reads it, in their language: {@code person.match.<REASON>}, English where none. */
	static MessageSourceResolvable inWords(Explanation reason) {
		return new DefaultMessageSourceResolvable(new String[] { "person.match." + reason.reason().name() },
				reason.arguments().toArray(), reason.inEnglish());
	}

	List<Persons.Candidate> find(HubId hub, PersonDetails query, Optional<PersonId> excluding) {
		var sharing = store.sharingKeys(hub, matching.keys(query), SCORED + 1).stream()
			.filter(id -> excluding.map(excluded -> !excluded.equals(id)).orElse(true))
			.toList();
		var details = store.forMatching(sharing);
		return sharing.stream()
			.filter(details::containsKey)
			.map(id -> matching.compare(query, details.get(id)).map(score -> new Persons.Candidate(id,
					details.get(id).mainName().full(), details.get(id).dateOfBirth(), score.score(),
					score.reasons().stream().map(CandidateSearch::inWords).toList())))
			.flatMap(Optional::stream)
			.sorted(Comparator.comparingDouble(Persons.Candidate::score).reversed())
			.limit(SHOWN)
			.toList();
	}
}
