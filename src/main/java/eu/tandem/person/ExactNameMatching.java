package eu.tandem.person;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * A stand-in until the matcher with name variants, typo tolerance and transliteration is merged: it finds
 * records whose names agree once case and diacritics are set aside, and says so. It never claims more.
 */
@Component
class ExactNameMatching implements PersonMatching {

	@Override
	public Set<String> keys(PersonDetails person) {
		var keys = new HashSet<String>();
		for (var name : person.names()) {
			if (name.surname() != null) {
				keys.add("s:" + plain(name.surname()));
			}
			if (name.givenNames() != null) {
				keys.add("g:" + plain(name.givenNames()));
			}
		}
		return keys;
	}

	@Override
	public Optional<Score> compare(PersonDetails query, PersonDetails candidate) {
		var reasons = new ArrayList<String>();
		var score = 0.0;
		if (!keys(query).isEmpty() && keys(candidate).containsAll(keys(query))) {
			reasons.add("same name, apart from case and accents");
			score += 0.6;
		}
		if (query.dateOfBirth() != null && query.dateOfBirth().equals(candidate.dateOfBirth())) {
			reasons.add("same date of birth");
			score += 0.4;
		}
		return score == 0 ? Optional.empty() : Optional.of(new Score(score, reasons));
	}

	private static String plain(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).strip();
	}
}
