package eu.tandem.person;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import eu.tandem.person.matching.Explanation;

/**
 * How the registry asks the matcher: the blocking keys a person is stored under, and the score of a
 * candidate with its reasons. One implementation, used by the application and the linkage benchmark alike.
 */
interface PersonMatching {

	Set<String> keys(PersonDetails person);

	/** The score of a candidate, if it is worth showing at all. */
	Optional<Score> compare(PersonDetails query, PersonDetails candidate);

	record Score(double score, List<Explanation> reasons) {
	}
}
