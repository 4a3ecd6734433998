package eu.tandem.person;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import eu.tandem.person.matching.PartialDate;
import eu.tandem.person.matching.PersonDescription;
import eu.tandem.person.matching.PersonMatcher;
import org.springframework.stereotype.Component;

/**
 * The registry's way into the matcher: the same matcher the linkage benchmark measures. Identifiers are
 * left out: agencies rarely share one, and the matcher is tuned to work without.
 */
@Component
class MatcherAdapter implements PersonMatching {

	/** Below this a candidate is not worth a coordinator's attention. */
	static final double WORTH_SHOWING = 0.2;

	private final PersonMatcher matcher = new PersonMatcher();

	@Override
	public Set<String> keys(PersonDetails person) {
		return matcher.blockingKeys(describe(person));
	}

	@Override
	public Optional<Score> compare(PersonDetails query, PersonDetails candidate) {
		var score = matcher.compare(describe(query), describe(candidate));
		return score.score() < WORTH_SHOWING ? Optional.empty() : Optional.of(new Score(score.score(), score.explanations()));
	}

	static PersonDescription describe(PersonDetails person) {
		var names = person.names().stream()
			.map(name -> new eu.tandem.person.matching.PersonName(name.givenNames(), name.surname()))
			.toList();
		var born = person.dateOfBirth();
		var date = born == null ? null : new PartialDate(born.year(), born.month(), born.day());
		var addresses = person.addresses().stream()
			.map(address -> eu.tandem.person.matching.Address.of(null, address.street(), address.locality(), address.postcode()))
			.toList();
		return new PersonDescription(names, date, person.sex() == null ? null : person.sex().name(), addresses,
				Map.of());
	}
}
