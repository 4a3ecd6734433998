package eu.tandem.person.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import eu.tandem.person.matching.NamePart.Token;
import eu.tandem.person.matching.PreparedPerson.PreparedName;

/**
 * Candidate keys. Each joins two pieces of evidence, so that a key is selective in a registry of a million and a
 * typo in one piece still leaves other keys intact: a pair of records of one person is missed only if every key
 * is broken. A name enters a key as its variant line when it has one (Mohammed and Mehmet share it) and
 * otherwise as its sound code; given name and surname enter the name key in sorted order, so swapped names share it.
 */
final class BlockingKeys {

	private BlockingKeys() {
	}

	static Set<String> of(PreparedPerson person, Set<String> identifierKinds) {
		var keys = new TreeSet<String>();
		PartialDate born = person.dateOfBirth();
		String year = born == null ? null : String.valueOf(born.year());
		String fullDate = born != null && born.isComplete() ? born.toString().replace("-", "") : null;
		List<String> postcodes = new ArrayList<>();
		for (PreparedAddress address : person.addresses()) {
			if (address.postcode() != null) {
				postcodes.add(address.postcode());
			}
		}
		if (fullDate != null) {
			keys.add("d:" + fullDate);
		}
		for (PreparedName name : person.names()) {
			List<String> givens = name.given() == null ? List.of() : List.of(code(name.given().first()));
			List<String> surnames = name.surname() == null ? List.of() : surnameCodes(name.surname());
			for (String s : surnames) {
				for (String g : givens) {
					keys.add("n:" + (g.compareTo(s) <= 0 ? g + "|" + s : s + "|" + g));
				}
			}
			for (String code : concat(givens, surnames)) {
				if (year != null) {
					keys.add("y:" + year + "|" + code);
				}
				for (String postcode : postcodes) {
					keys.add("p:" + postcode + "|" + code);
				}
			}
		}
		for (String kind : identifierKinds) {
			String value = PreparedAddress.squeeze(person.identifiers().get(kind));
			if (value != null) {
				keys.add("i:" + kind + "|" + value);
			}
		}
		return keys;
	}

	private static List<String> surnameCodes(NamePart surname) {
		var codes = new ArrayList<String>();
		for (Token token : surname.core()) {
			codes.add(code(token));
		}
		if (surname.core().size() > 1) {
			codes.add(code(surname.coreJoined()));
		}
		return codes;
	}

	private static List<String> concat(List<String> a, List<String> b) {
		var all = new ArrayList<String>(a);
		all.addAll(b);
		return all;
	}

	/** The variant line of a name when it has one, so that all its spellings meet; its sound code otherwise. */
	static String code(Token token) {
		return token.group() >= 0 ? "#" + token.group() : Names.soundCode(token.canonical());
	}
}
