package eu.tandem.person.matching;

import java.util.List;

/**
 * How likely two descriptions are of one person.
 *
 * @param score between 0 and 1; compare scores of one matcher only
 * @param likelySame whether the score reaches the matcher's threshold; a coordinator still decides, nothing is merged
 * @param explanations the evidence, strongest first, e.g. "same date of birth", "surname differs by one letter"
 */
public record MatchScore(double score, boolean likelySame, List<Explanation> explanations) {

	public MatchScore {
		if (!(score >= 0 && score <= 1)) {
			throw new IllegalArgumentException("A match score lies between 0 and 1, not " + score);
		}
		explanations = List.copyOf(explanations);
	}

	/** The evidence in the matcher's English words, strongest first. */
	public List<String> reasons() {
		return explanations.stream().map(Explanation::inEnglish).toList();
	}
}
